/**
 * hostile18: ordinary drawing keeps its text under the cover, soft-mask and pattern rules — fills
 * drawn before the text (page backgrounds, shaded table cells, highlights, a text box's fill), thin
 * rules and borders after it, a shaded next row, a translucent watermark or a seal over it, images
 * over it (a scan's text under its image), and final-review17's third-party shapes (clipping,
 * optional content, OCR layers) with a page background before and table drawing after.
 */
import { describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { both } from './pdf-fast-both.js';
import { BODY, clipCases, layerCases, ocrLayerCases } from './pdf-ordinary-shapes.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY)] };
const line = (y: number, text: string) => `BT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;
type Obj = string | { dict: string; stream: Buffer };
const RES = '/ExtGState<</GSW 1000 0 R/GSM 1001 0 R/GSN 1003 0 R>>/XObject<</Seal 1002 0 R>>';
const OBJS: Obj[] = [
  '<</Type/ExtGState/ca 0.3/CA 0.3>>',
  '<</Type/ExtGState/BM/Multiply>>',
  // A seal: a red image with its own soft mask (the transparency of a PNG stamp).
  { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceRGB/BitsPerComponent 8/SMask 1004 0 R>>', stream: Buffer.from([0xe0, 0x20, 0x20]) },
  '<</Type/ExtGState/SMask/None/ca 1>>',
  { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', stream: Buffer.from([0x80]) },
];
// A row's content starting '!' is drawn before the title (a page background).
const page = (content: string) => (content.startsWith('!') ? content.slice(1).replace('0 g ', `0 g ${line(800, TITLE)}`) : line(800, TITLE) + content);
const pdf = (content: string) => officePdf({ fonts: { F1: F }, resources: RES, objects: OBJS, pages: [{ content: page(content) }] });

const rows: [string, string][] = [
  ['a page background drawn first', `!0.97 g 0 0 595 842 re f 0 g ${line(780, BODY)}`],
  ['a shaded table cell, then its text', `q 0.85 0.9 1 rg 60 772 480 20 re f Q ${line(780, BODY)}`],
  ['a highlight behind a run (m/l path)', `q 1 1 0 rg 70 777 m 400 777 l 400 791 l 70 791 l h f Q ${line(780, BODY)}`],
  ['a text box: white fill, border, then its text', `q 1 g 0 G 60 770 480 25 re B Q ${line(780, BODY)}`],
  ['table borders as thin filled rectangles after the text', `${line(780, BODY)}q 0 g 60 776 480 0.5 re f 60 776 0.5 20 re f 539.5 776 0.5 20 re f 60 795.5 480 0.5 re f Q\n`],
  ['the next row shaded after this row', `${line(780, BODY)}q 0.9 g 60 745 480 30 re f Q\n`],
  ['a translucent watermark over the page', `${line(780, BODY)}q /GSW gs 0.8 g 0 0 595 842 re f Q\n`],
  ['a Multiply highlight drawn over the text', `${line(780, BODY)}q /GSM gs 1 1 0 rg 60 770 480 25 re f Q\n`],
  ['a seal image over the 落款', `${line(780, BODY)}q 120 0 0 120 400 720 cm /Seal Do Q\n`],
  ['an opaque picture over the text (its text layer)', `${line(780, BODY)}q 595 0 0 842 0 0 cm /Im1 Do Q\n`],
  ['SMask /None, then a fill beside the text', `/GSN gs ${line(780, BODY)}q 0.5 g 300 100 100 100 re f Q\n`],
  ['a cover that stops before the line', `${line(780, BODY)}q 1 g 60 700 480 75 re f Q\n`],
];
// The picture row refers to /Im1: add it to the resources of that page.
const withIm1 = (f: string) => officePdf({ fonts: { F1: F }, resources: `${RES.replace('/XObject<<', '/XObject<</Im1 1004 0 R')}`, objects: OBJS, pages: [{ content: page(f) }] });

describe('ordinary drawing around text: the text is read', () => {
  it.each(rows)('%s', async (name, content) => {
    const file = name.includes('opaque picture') ? withIm1(content) : pdf(content);
    const raw = await parsePdf(file);
    expect(raw.error).toBeNull();
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
    const { fast, slow } = await both(file);
    expect(fast.pageTexts ?? slow.pageTexts).toEqual(slow.pageTexts);
  });
});

const BEFORE = 'q 0.97 g 0 0 595 842 re f Q\n';
const AFTER = 'q 0 g 60 100 480 0.5 re f 0.9 g 60 200 480 40 re f Q\n';
describe("final-review17's third-party shapes with a page background before and table drawing after", () => {
  it.each([...clipCases(BEFORE, AFTER), ...layerCases(BEFORE, AFTER)])('%s', async (_n, file) => {
    const raw = await parsePdf(file);
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
    const { fast, slow } = await both(file);
    expect(fast.pageTexts ?? slow.pageTexts).toEqual(slow.pageTexts);
  });
  it.each(ocrLayerCases('', AFTER))('OCR layer: %s', async (_n, file) => {
    const raw = await parsePdf(file);
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
  });
});
