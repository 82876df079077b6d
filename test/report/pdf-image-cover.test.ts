/**
 * hostile20: PDF text painted over by an opaque image drawn after it (an image XObject or an inline image,
 * square to the page, with no SMask, Mask, stencil or JPX alpha, opaque alpha and a Normal blend) was read
 * as if visible: a report could put its body under a picture of something else and pass. Now left out
 * ('covered', as under an opaque fill), except on a scan — a page whose images show half of it or more —
 * where text under the page image is its OCR layer (some OCR tools draw it under the image) and is read.
 * The fast path declines an opaque image over text drawn before it, so pdf.js's reader decides.
 */
import { describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { renderMessage } from '../../src/messages/index.js';
import { SCAN_PAGE_SHARE } from '../../src/extract/pdf-text.js';
import { MAX_PAGE_INK_TESTS } from '../../src/extract/pdf-fast-text.js';
import { both, why } from './pdf-fast-both.js';
import { ocrLayerCases } from './pdf-ordinary-shapes.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY + '第1页')] };
const n = (s: string) => s.replace(/\s/g, '').length;
const line = (y: number, text: string, tr = '') => `BT\n${tr}72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;
type Obj = string | { dict: string; stream: Buffer };
const img = (extra = '') => ({ dict: `<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8${extra}>>`, stream: Buffer.from([0x80]) });
const SMASK = img();
/** Im1 plain; Im2 with an SMask; Im3 with a colour-key Mask; Im4 a stencil mask; Fm1 a form drawing Im1. */
const RES = '/XObject<</Im1 1000 0 R/Im2 1001 0 R/Im3 1002 0 R/Im4 1003 0 R/Fm1 1004 0 R>>/ExtGState<</Half 1006 0 R>>';
const OBJS: Obj[] = [
  img(),
  img('/SMask 1005 0 R'),
  img('/Mask[0 200]'),
  { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ImageMask true/BitsPerComponent 1>>', stream: Buffer.from([0x00]) },
  { dict: '<</Type/XObject/Subtype/Form/BBox[0 0 1 1]/Resources<</XObject<</Im1 1000 0 R>>>>>>', stream: Buffer.from('/Im1 Do\n', 'latin1') },
  SMASK,
  '<</Type/ExtGState/ca 0.5>>',
];
const pdf = (content: string) => officePdf({ fonts: { F1: F }, resources: RES, objects: OBJS, pages: [{ content: line(800, TITLE) + content }] });
/** The body's line at y 780 (x 72 … 398, em box y 778.7 … 789.2), under a picture 500 × 30 pt at (60, 770). */
const OVER = '500 0 0 30 60 770 cm';

describe('text under an opaque image drawn after it', () => {
  it.each([
    ['an image XObject', `${line(780, BODY)}q ${OVER} /Im1 Do Q\n`],
    ['an inline image', `${line(780, BODY)}q ${OVER} BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n`],
    ['an image inside a form', `${line(780, BODY)}q ${OVER} /Fm1 Do Q\n`],
    ['an image flipped (negative height)', `${line(780, BODY)}q 500 0 0 -30 60 800 cm /Im1 Do Q\n`],
    ['an image turned a quarter (square to the page)', `${line(780, BODY)}q 0 30 -500 0 560 770 cm /Im1 Do Q\n`],
    ['the same image drawn earlier elsewhere, then over the text', `q 50 0 0 50 400 100 cm /Im1 Do Q ${line(780, BODY)}q ${OVER} /Im1 Do Q\n`],
    ['two images, each over half the line', `${line(780, BODY)}q 200 0 0 30 60 770 cm /Im1 Do Q q 300 0 0 30 250 770 cm /Im1 Do Q\n`],
    ['an image showing 40% of the page', `${line(780, BODY)}q 595.3 0 0 336 0 455 cm /Im1 Do Q\n`],
  ])('%s: the body is left out, the title read', async (_n, content) => {
    const f = pdf(content);
    const raw = await parsePdf(f);
    const text = (raw.pageTexts ?? []).join('');
    expect(text).toContain(TITLE);
    expect(text).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['covered'] });
    // The fast path leaves it to the reader (an inline image it never reads; a form it declines).
    expect(why(f)).toMatch(/painted over|inline image|BI|form XObject|operator/);
  });

  it.each([
    ['an image with an SMask (transparency)', `${line(780, BODY)}q ${OVER} /Im2 Do Q\n`],
    ['an image with a colour-key Mask', `${line(780, BODY)}q ${OVER} /Im3 Do Q\n`],
    ['a stencil mask (ImageMask)', `${line(780, BODY)}q ${OVER} /Im4 Do Q\n`],
    ['an image at alpha 0.5', `${line(780, BODY)}q /Half gs ${OVER} /Im1 Do Q\n`],
    ['an image drawn before the text (a picture behind it)', `q ${OVER} /Im1 Do Q ${line(780, BODY)}`],
    ['an image over the line\'s first half only', `${line(780, BODY)}q 150 0 0 30 60 770 cm /Im1 Do Q\n`],
    ['an image turned 45° (not judged)', `${line(780, BODY)}q 353.6 353.6 -21.2 21.2 100 600 cm /Im1 Do Q\n`],
    ['an image beside the line', `${line(780, BODY)}q 500 0 0 30 60 700 cm /Im1 Do Q\n`],
  ])('%s: read', async (_n, content) => {
    const raw = await parsePdf(pdf(content));
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
  });

  it('fast path and reader agree on a picture beside the text (the fast path takes it)', async () => {
    const f = pdf(`${line(780, BODY)}q 500 0 0 30 60 700 cm /Im1 Do Q\n`);
    const r = await both(f);
    expect(r.took).toBe(true);
    expect(r.fast.pageTexts).toEqual(r.slow.pageTexts);
  });
});

describe('a scan: text under its page image is its OCR layer, read', () => {
  const page = `${line(780, BODY)}`;
  it.each([
    ['under a whole-page image', `${page}q 595.3 0 0 841.9 0 0 cm /Im1 Do Q\n`],
    ['under a page image in 4 strips', `${page}${[0, 1, 2, 3].map((i) => `q 595.3 0 0 210.5 0 ${i * 210.5} cm /Im1 Do Q`).join('\n')}\n`],
    ['under a whole-page inline image', `${page}q 595.3 0 0 841.9 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n`],
    ['under a page image with a page number drawn over it', `${page}q 595.3 0 0 841.9 0 0 cm /Im1 Do Q\n${line(40, '第1页')}`],
    ['boundary: images showing half the page', `${page}q 595.3 0 0 ${841.9 * SCAN_PAGE_SHARE} 0 ${791 - 841.9 * SCAN_PAGE_SHARE} cm /Im1 Do Q\n`],
  ])('%s', async (_n, content) => {
    const raw = await parsePdf(pdf(content));
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
  });

  it('boundary: images showing just under half the page cover the text', async () => {
    const raw = await parsePdf(pdf(`${page}q 595.3 0 0 ${841.9 * SCAN_PAGE_SHARE - 2} 0 ${793 - 841.9 * SCAN_PAGE_SHARE} cm /Im1 Do Q\n`));
    expect((raw.pageTexts ?? []).join('')).not.toContain('主体责任');
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['covered'] });
  });

  it.each(ocrLayerCases())('a scan\'s invisible OCR layer over its image, %s: still read', async (_n, f) => {
    const raw = await parsePdf(f);
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
  });
});

describe('the fast path\'s cover tests are bounded', () => {
  // Strings shown, then as many fills or images beside them: each fill or image is tested against every string
  // before it (strings × fills; 20,000 of each ran 4 s). Past MAX_PAGE_INK_TESTS the page declines to the reader.
  const page = (k: number, paint: string) => {
    let c = '';
    for (let i = 0; i < k; i++) c += `BT /F1 10 Tf ${(i % 50) * 10} ${Math.floor(i / 50) * 0.5} Td ${show(F, '主')} Tj ET\n`;
    return officePdf({ fonts: { F1: F }, resources: RES, objects: OBJS, pages: [{ content: c + paint.repeat(k) }] });
  };
  it.each([
    ['fills', '2000 2000 1 1 re f\n'],
    ['images', 'q 1 0 0 1 2000 2000 cm /Im1 Do Q\n'],
  ])('%s beside 5,000 strings: past the bound the fast path declines', (_n, paint) => {
    expect(MAX_PAGE_INK_TESTS).toBeLessThan(5000 * 5000);
    expect(why(page(5000, paint))).toBe('too many cover tests');
    expect(why(page(1000, paint))).toBeNull();
  });
});

it('the warning names a picture as well as a fill', () => {
  expect(renderMessage('doc.hidden-text', 'zh', { chars: 3, how: ['covered'] })).toContain('色块或图片遮盖');
  expect(renderMessage('doc.hidden-text', 'en', { chars: 3, how: ['covered'] })).toContain('opaque fill or picture');
});
