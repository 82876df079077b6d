/**
 * hostile19: PDF text painted over by several opaque rectangles that each hide only part of a run
 * (two halves, a top and a bottom band, three strips, within one fill or over several) was read as
 * visible: only a single rectangle holding the run's em boxes counted as a cover. Now what the covers
 * leave showing is tracked (pdf-text.ts uncovered) and a run nothing of which shows is left out
 * ('covered'). Boundary rows: two bands meeting, a seam on the slack (0.01), a 0.5 pt gap (read).
 * Ordinary rows: an underline, a highlight band over half the line, table rules, a cell drawn before
 * its text stay read, and (final-review19) a dotted underline or emphasis dots drawn after the line.
 * Bounded: past COVER_PIECES pieces only the largest half are kept (the smallest taken as painted
 * over: read less), past COVER_WORK every run still under a cover is painted over (never hung).
 */
import { describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { COVER_PIECES, largestPieces, polygonCoversBox, uncovered, visibleItems } from '../../src/extract/pdf-text.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY)] };
const n = (s: string) => s.replace(/\s/g, '').length;
const line = (y: number, text: string) => `BT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;
const pdf = (content: string) => officePdf({ fonts: { F1: F }, pages: [{ content: line(800, TITLE) + content }] });

// The body line at y 780, 10.5 pt: its em box spans y 778.74 … 789.24, x 72 … 72 + 31 × 10.5 (397.5).
const EM_BOTTOM = 780 - 0.12 * 10.5;
const EM_TOP = 780 + 0.88 * 10.5;
const rect = (y0: number, y1: number, x0 = 60, x1 = 560) => `${x0} ${y0} ${x1 - x0} ${y1 - y0} re`;
// Square dots of side `side` from x0 to x1 every `step`, their foot at y.
const dots = (x0: number, x1: number, step: number, y: number, side: number) => {
  const out: string[] = [];
  for (let x = x0; x < x1; x += step) out.push(`${x} ${y} ${side} ${side} re`);
  return out;
};

describe('text painted over by several rectangles together', () => {
  it.each([
    ['a left and a right half (one path)', `${line(780, BODY)}1 g ${rect(770, 795, 60, 230)} ${rect(770, 795, 230, 560)} f\n`],
    ['a left and a right half (two fills, two colours)', `${line(780, BODY)}1 g ${rect(770, 795, 60, 230)} f 0.8 g ${rect(770, 795, 230, 560)} f\n`],
    ['the right half first, then the left (two fills)', `${line(780, BODY)}1 g ${rect(770, 795, 230, 560)} f ${rect(770, 795, 60, 230)} f\n`],
    ['a bottom and a top band meeting', `${line(780, BODY)}1 g ${rect(770, 784)} f ${rect(784, 795)} f\n`],
    ['boundary: a seam of 0.01 pt between them (on the slack)', `${line(780, BODY)}1 g ${rect(770, 784)} f ${rect(784.01, 795)} f\n`],
    ['three overlapping strips', `${line(780, BODY)}1 g ${rect(770, 795, 60, 200)} ${rect(770, 795, 150, 330)} f ${rect(770, 795, 300, 560)} f\n`],
    ['a grid of four quarters', `${line(780, BODY)}1 g ${rect(770, 784, 60, 230)} ${rect(784, 795, 60, 230)} ${rect(770, 784, 230, 560)} ${rect(784, 795, 230, 560)} f\n`],
  ])('%s: the body is left out, the title read', async (_n, content) => {
    const raw = await parsePdf(pdf(content));
    expect(raw.pageTexts?.join('')).toContain(TITLE);
    expect(raw.pageTexts?.join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['covered'] });
  });

  it.each([
    ['boundary: a 0.5 pt gap between the bands', `${line(780, BODY)}1 g ${rect(770, 784)} f ${rect(784.5, 795)} f\n`],
    ['two halves leaving 1 pt between them', `${line(780, BODY)}1 g ${rect(770, 795, 60, 230)} ${rect(770, 795, 231, 560)} f\n`],
    ['an underline and a strike-through', `${line(780, BODY)}0 g ${rect(779, 779.6, 72, 397.5)} f ${rect(783, 783.6, 72, 397.5)} f\n`],
    ['a highlight band over half the line', `${line(780, BODY)}1 1 0 rg ${rect(770, 795, 60, 230)} f\n`],
    ['table rules around the line', `${line(780, BODY)}0 g ${rect(776, 776.5)} f ${rect(792, 792.5)} f ${rect(60, 60.5, 770, 795)} f\n`],
    ['a cell filled before its text', `0.9 g ${rect(770, 795)} f 0 g ${line(780, BODY)}`],
    // final-review19: a dot per 2 pt across the em box's foot cut the box into more than COVER_PIECES pieces.
    ['a dotted underline drawn after the line (1 pt dots every 2 pt, one fill each)', `${line(780, BODY)}0 g ${dots(72, 397, 2, 778.5, 1).map((d) => `${d} f`).join('\n')}\n`],
    ['a dotted underline drawn after the line (one path)', `${line(780, BODY)}0 g ${dots(72, 397, 2, 778.5, 1).join(' ')} f\n`],
    ['emphasis dots under every glyph (着重号), drawn after the line', `${line(780, BODY)}${line(760, BODY)}0 g ${dots(76.5, 397, 10.5, 778, 1.5).join(' ')} ${dots(76.5, 397, 10.5, 758, 1.5).join(' ')} f\n`],
  ])('%s: the body is read', async (_n, content) => {
    const raw = await parsePdf(pdf(content));
    expect(raw.pageTexts?.join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden?.how ?? []).not.toContain('covered');
  });
});

describe('the pieces left showing', () => {
  it('one rectangle holding the box leaves nothing; one beside it leaves the box', () => {
    expect(uncovered([[0, 0, 10, 10]], [-1, -1, 11, 11])).toEqual([]);
    expect(uncovered([[0, 0, 10, 10]], [20, 0, 30, 10])).toEqual([[0, 0, 10, 10]]);
    expect(uncovered([[0, 0, 10, 10]], [0, 0, 5, 10])).toEqual([[5, 0, 10, 10]]);
    expect(uncovered([[0, 0, 10, 10]], [2, 2, 8, 8])).toHaveLength(4);
  });

  const item = { str: '字字字字', transform: [10, 0, 0, 10, 0, 0], width: 400, height: 10, hasEOL: false, ledgerHidden: 0 };
  // Narrow strips 0.5 apart, each cutting the run's em box into one more piece.
  const strips = (k: number) => ({ type: 'ledgerCover', rects: Array.from({ length: k }, (_, i) => [i + 1, -5, i + 1.5, 20]) });
  it(`a run cut into more than ${COVER_PIECES} pieces keeps its largest: read while they show`, () => {
    expect(visibleItems([item, strips(COVER_PIECES - 1)], { chars: 0, how: [] })).toHaveLength(1);
    // final-review19: was taken as painted over whole (most of the line showing).
    expect(visibleItems([item, strips(COVER_PIECES)], { chars: 0, how: [] })).toHaveLength(1);
    expect(visibleItems([item, strips(10 * COVER_PIECES)], { chars: 0, how: [] })).toHaveLength(1);
    // The part right of the strips covered too: what is kept of the slits between them still shows.
    expect(visibleItems([item, strips(2 * COVER_PIECES), { type: 'ledgerCover', rects: [[2 * COVER_PIECES + 0.5, -5, 500, 20], [-5, -5, 1, 20]] }], { chars: 0, how: [] })).toHaveLength(1);
    // Everything covered in the end: left out.
    expect(visibleItems([item, strips(2 * COVER_PIECES), { type: 'ledgerCover', rects: [[-5, -5, 200, 20]] }, { type: 'ledgerCover', rects: [[150, -5, 500, 20]] }], { chars: 0, how: [] })).toHaveLength(0);
  });

  it(`past ${COVER_PIECES} pieces, the ${COVER_PIECES / 2} largest are kept`, () => {
    const pieces = Array.from({ length: 3 * COVER_PIECES }, (_, i) => [i, 0, i + 0.5, 1]);
    pieces.push([1000, 0, 1100, 10]);
    const kept = largestPieces(pieces);
    expect(kept).toHaveLength(COVER_PIECES / 2);
    expect(kept[0]).toEqual([1000, 0, 1100, 10]);
    expect(largestPieces(pieces.slice(0, COVER_PIECES))).toHaveLength(COVER_PIECES);
  });
});

describe('text painted over by a shading (sh) or a shading pattern', () => {
  const AXIAL = (extend = '[true true]', extra = '') => `<</ShadingType 2/ColorSpace/DeviceRGB/Coords[0 0 595 0]/Function<</FunctionType 2/Domain[0 1]/C0[1 0 0]/C1[0 0 1]/N 1>>/Extend${extend}${extra}>>`;
  const RADIAL = (coords: string) => `<</ShadingType 3/ColorSpace/DeviceRGB/Coords[${coords}]/Function<</FunctionType 2/Domain[0 1]/C0[1 1 1]/C1[0.8 0.8 1]/N 1>>/Extend[true true]>>`;
  const withShading = (content: string, shading: string, gs = '') =>
    officePdf({ fonts: { F1: F }, resources: `/Shading<</Sh0 1000 0 R>>${gs ? '/ExtGState<</GS1 1001 0 R>>' : ''}`, objects: gs ? [shading, gs] : [shading], pages: [{ content: line(800, TITLE) + content }] });
  const withPattern = (content: string, shading: string) =>
    officePdf({ fonts: { F1: F }, resources: '/Pattern<</P0 1000 0 R>>', objects: [`<</PatternType 2/Shading ${shading}>>`], pages: [{ content: line(800, TITLE) + content }] });

  it.each([
    ['an axial shading, both ends extended, over the whole page', withShading(`${line(780, BODY)}/Sh0 sh\n`, AXIAL())],
    ['an axial shading in a rectangular clip holding the line', withShading(`${line(780, BODY)}q ${rect(770, 795)} W n /Sh0 sh Q\n`, AXIAL())],
    ['a radial shading, one circle inside the other, extended', withShading(`${line(780, BODY)}/Sh0 sh\n`, RADIAL('300 400 0 300 400 50'))],
    ['a rectangle filled with an extended axial shading pattern', withPattern(`${line(780, BODY)}/Pattern cs /P0 scn ${rect(770, 795)} f\n`, AXIAL())],
  ])('%s: the body is left out, the title read', async (_n, f) => {
    const raw = await parsePdf(f);
    expect(raw.pageTexts?.join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY) + (raw.hidden!.chars - n(BODY)), how: ['covered'] });
    expect(raw.hidden!.chars).toBeGreaterThanOrEqual(n(BODY));
  });

  it.each([
    ['a shading drawn before the text (a gradient background)', withShading(`q ${rect(770, 795)} W n /Sh0 sh Q 0 g ${line(780, BODY)}`, AXIAL())],
    ['a clip cutting the shading short of the line', withShading(`${line(780, BODY)}q ${rect(770, 795, 60, 300)} W n /Sh0 sh Q\n`, AXIAL())],
    ['an axial shading not extended (it paints a band only)', withShading(`${line(780, BODY)}/Sh0 sh\n`, AXIAL('[false false]'))],
    ['a shading with a BBox', withShading(`${line(780, BODY)}/Sh0 sh\n`, AXIAL('[true true]', '/BBox[0 0 10 10]'))],
    ['two radial circles apart (a cone)', withShading(`${line(780, BODY)}/Sh0 sh\n`, RADIAL('100 400 10 400 400 20'))],
    ['a shading at alpha 0.5', withShading(`${line(780, BODY)}/GS1 gs /Sh0 sh\n`, AXIAL(), '<</Type/ExtGState/ca 0.5>>')],
    ['a rectangle beside the line filled with the pattern', withPattern(`${line(780, BODY)}/Pattern cs /P0 scn ${rect(700, 760)} f\n`, AXIAL())],
  ])('%s: the body is read', async (_n, f) => {
    const raw = await parsePdf(f);
    expect(raw.pageTexts?.join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden?.how ?? []).not.toContain('covered');
  });
});

describe('text painted over by a curved or rotated shape', () => {
  // A rounded rectangle around the line (corners of radius r as Word draws them: one cubic each).
  const k = 0.5523;
  const rounded = (x0: number, y0: number, x1: number, y1: number, r: number) =>
    `${x0 + r} ${y0} m ${x1 - r} ${y0} l ${x1 - r + k * r} ${y0} ${x1} ${y0 + r - k * r} ${x1} ${y0 + r} c ${x1} ${y1 - r} l ${x1} ${y1 - r + k * r} ${x1 - r + k * r} ${y1} ${x1 - r} ${y1} c ` +
    `${x0 + r} ${y1} l ${x0 + r - k * r} ${y1} ${x0} ${y1 - r + k * r} ${x0} ${y1 - r} c ${x0} ${y0 + r} l ${x0} ${y0 + r - k * r} ${x0 + r - k * r} ${y0} ${x0 + r} ${y0} c h`;
  const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
    `${cx + rx} ${cy} m ${cx + rx} ${cy + k * ry} ${cx + k * rx} ${cy + ry} ${cx} ${cy + ry} c ${cx - k * rx} ${cy + ry} ${cx - rx} ${cy + k * ry} ${cx - rx} ${cy} c ` +
    `${cx - rx} ${cy - k * ry} ${cx - k * rx} ${cy - ry} ${cx} ${cy - ry} c ${cx + k * rx} ${cy - ry} ${cx + rx} ${cy - k * ry} ${cx + rx} ${cy} c h`;
  it.each([
    ['a rounded rectangle (Word\'s shape) around the line', `${line(780, BODY)}1 g ${rounded(60, 770, 560, 795, 5)} f\n`],
    ['an ellipse around the line', `${line(780, BODY)}1 g ${ellipse(235, 784, 240, 20)} f\n`],
    ['boundary: a pill whose round end (radius 12.5) just holds the line\'s first glyph', `${line(780, BODY)}1 g ${rounded(69, 770, 560, 795, 12.5)} f\n`],
    ['a rectangle rotated 2 degrees around the line', `${line(780, BODY)}q 0.99939 0.0349 -0.0349 0.99939 0 0 cm 1 g 80 750 500 40 re f Q\n`],
    ['a closed polygon of lines (a banner)', `${line(780, BODY)}0.8 0 0 rg 50 765 m 580 765 l 570 784 l 580 800 l 50 800 l 60 784 l h f\n`],
    ['a rounded rectangle in a rectangular clip holding the line', `${line(780, BODY)}q 0 700 595 120 re W n 1 g ${rounded(60, 770, 560, 795, 5)} f Q\n`],
  ])('%s: the body is left out, the title read', async (_n, content) => {
    const raw = await parsePdf(pdf(content));
    expect(raw.pageTexts?.join('')).toContain(TITLE);
    expect(raw.pageTexts?.join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['covered'] });
  });

  it.each([
    ['boundary: a pill whose round end (radius 12.5) cuts the first glyph\'s corner', `${line(780, BODY)}1 g ${rounded(71, 770, 560, 795, 12.5)} f\n`],
    ['an ellipse too small for the line', `${line(780, BODY)}1 g ${ellipse(235, 784, 150, 20)} f\n`],
    ['a rectangle rotated 10 degrees (the line\'s end out of it)', `${line(780, BODY)}q 0.9848 0.1736 -0.1736 0.9848 0 0 cm 1 g 200 700 500 40 re f Q\n`],
    ['a rounded cell filled before its text', `0.9 g ${rounded(60, 770, 560, 795, 5)} f 0 g ${line(780, BODY)}`],
    ['a ring around the line (two outlines, even-odd)', `${line(780, BODY)}1 0 0 rg ${ellipse(235, 784, 260, 30)} ${ellipse(235, 784, 250, 25)} f*\n`],
    ['an ellipse at alpha 0.5 (a seal drawn translucent)', `${line(780, BODY)}/GS1 gs 1 0 0 rg ${ellipse(235, 784, 240, 20)} f\n`],
  ])('%s: the body is read', async (_n, content) => {
    const f = content.includes('/GS1')
      ? officePdf({ fonts: { F1: F }, resources: '/ExtGState<</GS1 1000 0 R>>', objects: ['<</Type/ExtGState/ca 0.5>>'], pages: [{ content: line(800, TITLE) + content }] })
      : pdf(content);
    const raw = await parsePdf(f);
    expect(raw.pageTexts?.join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden?.how ?? []).not.toContain('covered');
  });

  it('the outline test: corners inside, no edge through the box; even-odd and nonzero', () => {
    const square = [[0, 0], [10, 0], [10, 10], [0, 10]];
    expect(polygonCoversBox(square, [1, 1, 9, 9])).toBe(true);
    expect(polygonCoversBox(square, [0, 0, 10, 10])).toBe(true); // on the edge: within the slack
    expect(polygonCoversBox(square, [1, 1, 11, 9])).toBe(false);
    // A notch cutting into the box from the top: every corner inside, an edge through it.
    const notched = [[0, 0], [10, 0], [10, 10], [6, 10], [5, 5], [4, 10], [0, 10]];
    expect(polygonCoversBox(notched, [1, 1, 9, 9])).toBe(false);
    // A star drawn in one stroke: its centre is inside by nonzero winding, outside by even-odd.
    const star = [[5, 10], [8, 0], [0, 6], [10, 6], [2, 0]];
    expect(polygonCoversBox(star, [4.8, 4, 5.2, 4.4])).toBe(true);
    expect(polygonCoversBox(star, [4.8, 4, 5.2, 4.4], true)).toBe(false);
  });
});
