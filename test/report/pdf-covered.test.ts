/**
 * hostile18: PDF text a reader cannot see although it is drawn — painted over afterwards by an
 * opaque rectangle, under a soft mask that shows nothing, filled with a white (or empty) pattern,
 * or black under /Difference and /Exclusion (and white-keeping modes beyond Screen/Lighten/ColorDodge)
 * on a white page — was read as evidence: a report whose body is hidden so passed its elements.
 * Now left out (doc.hidden-text 'covered', 'masked', 'white'/'invisible', 'blend'); the fast path
 * declines each case so pdf.js's reader decides. Boundary rows: a cover just short of the em box
 * (−0.12 … 0.88 em), on it, just past it; alpha 0.93 / 0.94.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { COVER_WORK, visibleItems } from '../../src/extract/pdf-text.js';
import { renderMessage } from '../../src/messages/index.js';
import { both, why } from './pdf-fast-both.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY)] };
const n = (s: string) => s.replace(/\s/g, '').length;
const line = (y: number, text: string) => `BT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;
type Obj = string | { dict: string; stream: Buffer };
const stream = (dict: string, content: string): Obj => ({ dict, stream: Buffer.from(content, 'latin1') });
const pdf = (content: string, resources = '', objects: Obj[] = []) =>
  officePdf({ fonts: { F1: F }, resources, objects, pages: [{ content: line(800, TITLE) + content }] });
const text = async (f: Buffer) => ((await parsePdf(f)).pageTexts ?? []).join('').replace(/\s/g, '');

// The body line at y 780, 10.5 pt: its em box spans y 778.74 … 789.24 (x 72 … 72 + 31 × 10.5).
const EM_BOTTOM = 780 - 0.12 * 10.5;
const EM_TOP = 780 + 0.88 * 10.5;
const rect = (y0: number, y1: number, x0 = 60, x1 = 560) => `${x0} ${y0} ${x1 - x0} ${y1 - y0} re`;

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

describe('text painted over by an opaque rectangle drawn after it', () => {
  it.each([
    ['a white rectangle', `${line(780, BODY)}1 g ${rect(770, 795)} f\n`],
    ['a blue rectangle', `${line(780, BODY)}0 0 1 rg ${rect(770, 795)} f\n`],
    ['a closed m/l path', `${line(780, BODY)}1 g 60 770 m 560 770 l 560 795 l 60 795 l h f\n`],
    ['a CMYK fill, fill-and-stroke', `${line(780, BODY)}0 0 0 0 k ${rect(770, 795)} B\n`],
    ['inside a rectangular clip', `${line(780, BODY)}q 0 700 595 120 re W n 1 g ${rect(770, 795)} f Q\n`],
    ['under a scaled CTM', `${line(780, BODY)}q 2 0 0 2 0 0 cm 1 g 30 385 250 12.5 re f Q\n`],
    ['two rectangles in one path, the body under one', `${line(780, BODY)}1 g ${rect(770, 795)} ${rect(100, 120)} f\n`],
    ['the cover on the em box exactly', `${line(780, BODY)}1 g ${rect(EM_BOTTOM, EM_TOP)} f\n`],
    ['the cover 0.5 pt past the em box', `${line(780, BODY)}1 g ${rect(EM_BOTTOM - 0.5, EM_TOP + 0.5)} f\n`],
    ['alpha 0.94', `${line(780, BODY)}/GS1 gs 1 g ${rect(770, 795)} f\n`, '/ExtGState<</GS1 1000 0 R>>', ['<</Type/ExtGState/ca 0.94>>']],
  ] as [string, string, string?, Obj[]?][])('%s: the body is left out, the title read', async (_n, content, res = '', objs = []) => {
    const f = pdf(content, res, objs);
    const raw = await parsePdf(f);
    expect(raw.pageTexts?.join('')).toContain(TITLE);
    expect(raw.pageTexts?.join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['covered'] });
    expect(why(f)).toMatch(/painted over/);
  });

  it.each([
    ['drawn before the text (a shaded cell)', `0.9 g ${rect(770, 795)} f 0 g ${line(780, BODY)}`],
    ['the cover 0.5 pt short of the em box (bottom)', `${line(780, BODY)}1 g ${rect(EM_BOTTOM + 0.5, EM_TOP)} f\n`],
    ['the cover 0.5 pt short of the em box (top)', `${line(780, BODY)}1 g ${rect(EM_BOTTOM, EM_TOP - 0.5)} f\n`],
    ['the cover short of the line end', `${line(780, BODY)}1 g ${rect(770, 795, 60, 300)} f\n`],
    ['alpha 0.93', `${line(780, BODY)}/GS1 gs 1 g ${rect(770, 795)} f\n`, '/ExtGState<</GS1 1000 0 R>>', ['<</Type/ExtGState/ca 0.93>>']],
    ['a Multiply fill (the text shows through)', `${line(780, BODY)}/GS1 gs 1 1 0 rg ${rect(770, 795)} f\n`, '/ExtGState<</GS1 1000 0 R>>', ['<</Type/ExtGState/BM/Multiply>>']],
    // hostile19: a rounded (curved) rectangle holding the line covers it now (pdf-covered-pieces.test.ts).
    ['a rounded rectangle whose corner cuts into the line', `${line(780, BODY)}1 g 80 770 m 560 770 l 560 795 l 90 795 l 80 795 80 785 80 770 c f\n`],
    ['a clip that cuts the cover short', `${line(780, BODY)}q 0 700 300 120 re W n 1 g ${rect(770, 795)} f Q\n`],
    ['a curved clip (its region not a box)', `${line(780, BODY)}q 0 700 m 595 700 l 595 820 l 0 820 300 760 0 700 c h W n 1 g ${rect(770, 795)} f Q\n`],
    ['an even-odd frame around the text', `${line(780, BODY)}1 g ${rect(760, 805)} ${rect(770, 795)} f*\n`],
    ['a pattern fill (may be transparent)', `${line(780, BODY)}/Pattern cs /P0 scn ${rect(770, 795)} f\n`, '/Pattern<</P0 1000 0 R>>', [stream('<</PatternType 1/PaintType 1/TilingType 1/BBox[0 0 10 10]/XStep 10/YStep 10/Resources<<>>>>', '1 g 0 0 5 5 re f')]],
    ['a thin rule under the line', `${line(780, BODY)}0 g ${rect(776, 776.5)} f\n`],
    // final-review18: a fill after text shown in render modes 4–7 paints through those letters (the
    // clip), as gradient or filled titles are drawn: no rectangle over the text drawn before it.
    ['a fill through a title drawn as a text clip (7 Tr)', `${line(780, BODY)}q BT 7 Tr 72 760 Td /F1 10.5 Tf ${show(F, '主体')} Tj ET 0.2 0.3 0.8 rg 0 0 595 842 re f Q\n`],
    ['a fill through its own letters (4 Tr: fill, then clip)', `q BT 4 Tr 72 780 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET 0.5 0 0 rg ${rect(770, 795)} f Q\n`],
  ] as [string, string, string?, Obj[]?][])('%s: the body is read', async (_n, content, res = '', objs = []) => {
    const raw = await parsePdf(pdf(content, res, objs));
    expect(raw.pageTexts?.join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden?.how ?? []).not.toContain('covered');
  });

  it('a text clip (render mode 7) ends at its Q: a cover drawn after that paints over (final-review18)', async () => {
    const raw = await parsePdf(pdf(`${line(780, BODY)}q BT 7 Tr 72 700 Td /F1 10.5 Tf ${show(F, '主体')} Tj ET Q 1 g ${rect(770, 795)} f\n`));
    expect(raw.pageTexts?.join('')).not.toContain('领导小组');
    expect(raw.hidden?.how).toContain('covered');
  });

  it('an image drawn over text is its text layer (a scan with the text under its image) and is read', async () => {
    const img = stream('<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', '\xff');
    const raw = await parsePdf(pdf(`${line(780, BODY)}q 595 0 0 842 0 0 cm /Im1 Do Q\n`, '/XObject<</Im1 1000 0 R>>', [img]));
    expect(raw.pageTexts?.join('').replace(/\s/g, '')).toContain(BODY);
  });

  it('the message names it in both languages', () => {
    expect(renderMessage('doc.hidden-text', 'zh', { chars: 3, how: ['covered'] })).toContain('遮盖');
    expect(renderMessage('doc.hidden-text', 'en', { chars: 3, how: ['covered'] })).toContain('painted over');
    expect(renderMessage('doc.hidden-text', 'zh', { chars: 3, how: ['masked'] })).toContain('软蒙版');
    expect(renderMessage('doc.hidden-text', 'en', { chars: 3, how: ['masked'] })).toContain('soft mask');
  });
});

describe('text under a soft mask', () => {
  const gs = (smask: string, group: string) =>
    pdf(`q /GS1 gs ${line(780, BODY)}Q\n`, '/ExtGState<</GS1 1000 0 R>>', [
      `<</Type/ExtGState/SMask ${smask}>>`,
      stream('<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/Group<</S/Transparency/CS/DeviceGray>>>>', group),
    ]);
  it.each([
    ['luminosity, the group painting nothing (black backdrop)', '<</S/Luminosity/G 1001 0 R>>', ''],
    ['luminosity, the group painting black', '<</S/Luminosity/G 1001 0 R>>', '0 g 0 0 595 842 re f'],
    ['luminosity, BC black, a black CMYK fill', '<</S/Luminosity/G 1001 0 R/BC[0]>>', '0 0 0 1 k 0 0 595 842 re f'],
    ['luminosity, white in q/Q, then black over the page', '<</S/Luminosity/G 1001 0 R>>', 'q 1 g Q 0 0 595 842 re f'],
    ['alpha, the group painting nothing', '<</S/Alpha/G 1001 0 R>>', ''],
  ])('%s: left out', async (_n, smask, group) => {
    const f = gs(smask, group);
    const raw = await parsePdf(f);
    expect(raw.pageTexts?.join('')).toContain(TITLE);
    expect(raw.pageTexts?.join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['masked'] });
    expect(why(f)).toMatch(/soft mask/);
  });
  it.each([
    ['luminosity, the group painting white', '<</S/Luminosity/G 1001 0 R>>', '1 g 0 0 595 842 re f'],
    ['luminosity, a white backdrop', '<</S/Luminosity/G 1001 0 R/BC[1]>>', ''],
    ['luminosity, a gradient (shading)', '<</S/Luminosity/G 1001 0 R>>', '/Sh0 sh'],
    ['luminosity, a transfer function', '<</S/Luminosity/G 1001 0 R/TR 1002 0 R>>', ''],
    ['alpha, the group painting a rectangle', '<</S/Alpha/G 1001 0 R>>', '0 g 0 0 595 842 re f'],
    // final-review18: q / Q restore the colour: the white fill after `q 0 g … Q` shows the text.
    ['luminosity, a black corner in q/Q, then white over the page', '<</S/Luminosity/G 1001 0 R>>', '1 g q 0 g 0 0 10 10 re f Q 0 0 595 842 re f'],
    ['/SMask /None', '/None', ''],
  ])('%s: read', async (_n, smask, group) => {
    expect(await text(gs(smask, group))).toContain(BODY);
  });
});

describe('text filled with a pattern', () => {
  const tiling = (cell: string, paintType = 1) => stream(`<</PatternType 1/PaintType ${paintType}/TilingType 1/BBox[0 0 10 10]/XStep 10/YStep 10/Resources<<>>>>`, cell);
  const axial = (c0: string, c1: string) => `<</PatternType 2/Shading<</ShadingType 2/ColorSpace/DeviceRGB/Coords[0 0 595 0]/Function<</FunctionType 2/Domain[0 1]/C0[${c0}]/C1[${c1}]/N 1>>>>>>`;
  const withPattern = (p: Obj, scn = '/P0 scn', before = '') =>
    pdf(`${before}q /Pattern cs ${scn} ${line(780, BODY)}Q\n`, '/Pattern<</P0 1000 0 R>>', [p]);
  it.each([
    ['a tiling cell painting white', withPattern(tiling('1 g 0 0 10 10 re f')), 'white'],
    ['a tiling cell painting nothing', withPattern(tiling('')), 'invisible'],
    ['an uncoloured cell given white', withPattern(tiling('0 0 10 10 re f', 2), '1 1 1 /P0 scn'), 'white'],
    ['an axial shading white to white', withPattern(axial('1 1 1', '0.95 0.95 0.95')), 'white'],
  ])('%s on a bare page: left out', async (_n, f, how) => {
    const raw = await parsePdf(f);
    expect(raw.pageTexts?.join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: [how] });
    expect(why(f)).toMatch(/pattern/);
  });
  it.each([
    ['a tiling cell painting black', withPattern(tiling('0 g 0 0 10 10 re f'))],
    ['an uncoloured cell given black', withPattern(tiling('0 0 10 10 re f', 2), '0 0 0 /P0 scn')],
    ['an axial shading black to white', withPattern(axial('0 0 0', '1 1 1'))],
    ['white pattern text over a coloured band', withPattern(tiling('1 g 0 0 10 10 re f'), '/P0 scn', `0 0 1 rg ${rect(770, 795)} f\n`)],
  ])('%s: read', async (_n, f) => {
    expect(await text(f)).toContain(BODY);
  });
});

describe('blend modes on a white page', () => {
  const blended = (bm: string, colour = '0 g') => pdf(`q /GS1 gs ${colour} ${line(780, BODY)}Q\n`, '/ExtGState<</GS1 1000 0 R>>', [`<</Type/ExtGState/BM/${bm}>>`]);
  it.each(['Overlay', 'SoftLight', 'ColorBurn', 'Hue', 'Saturation', 'Color', 'Difference', 'Exclusion'])('black text under /%s: left out', async (bm) => {
    const raw = await parsePdf(blended(bm));
    expect(raw.pageTexts?.join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['blend'] });
  });
  it.each([
    ['Difference', '1 0 0 rg'],
    ['Exclusion', '0 0 1 rg'],
    ['Difference', '0.07 g'],
    ['HardLight', '0 g'],
    ['Luminosity', '0 g'],
    ['Multiply', '0 g'],
    ['Darken', '0 g'],
  ])('/%s, %s: read', async (bm, colour) => {
    expect(await text(blended(bm, colour))).toContain(BODY);
  });
  it('/Difference black text over a coloured fill is read', async () => {
    expect(await text(pdf(`0 0 1 rg ${rect(770, 795)} f q /GS1 gs 0 g ${line(780, BODY)}Q\n`, '/ExtGState<</GS1 1000 0 R>>', ['<</Type/ExtGState/BM/Difference>>']))).toContain(BODY);
  });
});

describe('the fast path', () => {
  it('reads as pdf.js does when a fill after the text covers none of it', async () => {
    const f = pdf(`${line(780, BODY)}0.9 g ${rect(700, 760)} f\n`);
    const { fast, slow, took } = await both(f);
    expect(took).toBe(true);
    expect(fast.pageTexts).toEqual(slow.pageTexts);
  });
});

describe('the cover judgement is bounded', () => {
  const item = (k: number) => ({ str: '字', transform: [10, 0, 0, 10, 10 + (k % 50) * 11, 20 + Math.floor(k / 50) * 12], width: 10, height: 10, hasEOL: false, ledgerHidden: 0 });
  const cover = { type: 'ledgerCover', rects: [[0, 0, 1, 1]] };
  const run = (n: number) => visibleItems([...Array.from({ length: n }, (_, k) => item(k)), ...Array.from({ length: n }, () => cover)], { chars: 0, how: [] });
  it('within COVER_WORK box tests runs no cover holds are read; past it, runs drawn before later covers are taken as painted over', () => {
    const n = Math.floor(Math.sqrt(COVER_WORK));
    expect(run(n - 1)).toHaveLength(n - 1);
    expect(run(n + 1)).toHaveLength(0);
  });
});
