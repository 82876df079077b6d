/**
 * PDF text outside the clipping path is never drawn: a report could hide its five elements' evidence
 * under a zero-area clip (`0 0 0 0 re W n`), a clip beside the text, or a form whose /BBox is empty,
 * and every word was read as evidence. The text reader keeps a box holding the clip region (each
 * path set as a clip, intersected through q/Q and forms' /BBox) and leaves out a glyph whose box
 * lies outside it (`clippedGlyph`), whatever the page paints; doc.hidden-text says 'clipped'. The fast
 * path declines such a glyph, so pdf.js's reader decides. An image that shows less than 1% of the
 * page (a speck, or drawn under an empty clip) is no scan for invisible text to be the OCR layer of.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont, type OfficePage } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { clippedGlyph, IMAGE_PAGE_SHARE } from '../../src/extract/pdf-text.js';
import { renderMessage } from '../../src/messages/index.js';
import { both, why } from './pdf-fast-both.js';
import { extracted } from './helpers.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const MORE = '二、部署文件：印发《志愿服务工作方案》。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY + MORE + '三、具体措施四、数据实例')] };
const IMAGE = { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', stream: Buffer.from([0x80]) };
const form = (bbox: string, text: string) => ({
  dict: `<</Type/XObject/Subtype/Form/BBox[${bbox}]>>`,
  stream: Buffer.from(`BT\n72 780 Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`, 'latin1'),
});
const n = (s: string) => s.replace(/\s/g, '').length;

/** A line of text at y after `state` (a clip, a cm …), inside q … Q. */
const line = (y: number, text: string, state = '') => `q ${state}\nBT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\nQ\n`;
const pdf = (pages: OfficePage[], bbox = '0 0 0 0') =>
  officePdf({ fonts: { F1: F }, pages, resources: '/XObject<</Im1 1000 0 R/Fm1 1001 0 R>>', objects: [IMAGE, form(bbox, MORE)] });
const textOf = async (file: Buffer) => {
  const raw = await parsePdf(file);
  return { text: raw.pageTexts?.join('') ?? '', hidden: raw.hidden, error: raw.error };
};

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

describe('PDF text outside the clipping path', () => {
  it('clippedGlyph: the glyph box overlaps the clip by at least half a point both ways (boundary rows)', () => {
    const t = [10, 0, 0, 10, 100, 100]; // a 10-pt glyph at (100, 100): box x 97.5…112.5, y 95…112.5
    expect(clippedGlyph(t, 0.5, [0, 0, 595, 842])).toBe(false);
    expect(clippedGlyph(t, 0.5, [0, 0, 0, 0])).toBe(true);
    expect(clippedGlyph(t, 0.5, [100, 100, 100, 100])).toBe(true); // zero area inside the glyph
    expect(clippedGlyph(t, 0.5, [112, 0, 595, 842])).toBe(false); // 0.5 pt of overlap
    expect(clippedGlyph(t, 0.5, [112.01, 0, 595, 842])).toBe(true); // 0.49
    expect(clippedGlyph(t, 0.5, [0, 0, 595, 95.5])).toBe(false);
    expect(clippedGlyph(t, 0.5, [0, 0, 595, 95.49])).toBe(true);
    expect(clippedGlyph(t, 3, [120, 0, 595, 842])).toBe(false); // a wide glyph reaches 132.5
    expect(clippedGlyph(t, 0.5, [300, 300, 200, 200])).toBe(true); // an empty intersection
    expect(IMAGE_PAGE_SHARE).toBe(0.01);
  });

  it('a zero-area clip, a clip beside the text and a form with an empty BBox hide text; q/Q restores the clip', async () => {
    const file = pdf([
      {
        content:
          line(800, TITLE) +
          line(780, BODY, '0 0 0 0 re W n') +
          `q 300 300 m 310 300 l 310 310 l h W* n\nBT\n72 760 Td /F1 10.5 Tf ${show(F, '四、数据实例')} Tj\nET\nQ\n` +
          'q /Fm1 Do Q\n' +
          `q 0 0 0 0 re W n Q\n${line(740, '三、具体措施')}`,
      },
    ]);
    expect(why(file)).toMatch(/clipped/);
    const { text, hidden } = await textOf(file);
    expect(text).toContain(TITLE);
    expect(text).toContain('三、具体措施');
    expect(text).not.toContain('主体责任');
    expect(text).not.toContain('数据实例');
    expect(text).not.toContain('部署文件');
    expect(hidden).toEqual({ chars: n(BODY) + n('四、数据实例') + n(MORE), how: ['clipped'] });
  });

  it('text inside a page-sized clip (as office exports draw) is read, and the fast path takes it', async () => {
    const file = pdf([{ content: `0 0 595 842 re W n\n${line(800, TITLE)}${line(780, BODY, '50 700 500 100 re W n')}q /Fm1 Do Q\n` }], '0 0 595 842');
    const { fast, slow, took } = await both(file);
    expect(took).toBe(false); // the form
    expect(slow.pageTexts?.join('')).toContain(BODY);
    expect(slow.pageTexts?.join('')).toContain(MORE);
    expect(slow.hidden).toBeUndefined();
    expect(fast.pageTexts).toEqual(slow.pageTexts);
    const plain = pdf([{ content: `0 0 595 842 re W n\n${line(800, TITLE)}${line(780, BODY, '50 700 500 100 re W n')}` }]);
    expect(why(plain)).toBeNull();
  });

  it('clipped text is left out over a page image too; invisible text over a speck of an image or an image clipped away is no OCR layer', async () => {
    const scan = (img: string, body: string) => pdf([{ content: `q ${img} /Im1 Do Q\n${line(800, TITLE)}${body}` }]);
    const clipped = await textOf(scan('595 0 0 842 0 0 cm', line(780, BODY, '0 0 0 0 re W n')));
    expect(clipped.text).not.toContain('主体责任');
    expect(clipped.hidden?.how).toEqual(['clipped']);
    // Invisible (Tr 3) text: kept over a full-page image (a scan's OCR layer) …
    const layer = line(780, BODY, '3 Tr');
    expect((await textOf(scan('595 0 0 842 0 0 cm', layer))).text).toContain(BODY);
    // … not over a 2-pt image, nor a full-page image under a zero-area clip, nor one off the page.
    for (const img of ['2 0 0 2 72 72 cm', '0 0 0 0 re W n 595 0 0 842 0 0 cm', '595 0 0 842 2000 2000 cm']) {
      const r = await textOf(scan(img, layer));
      expect(r.text, img).not.toContain('主体责任');
      expect(r.hidden?.how, img).toEqual(['invisible']);
    }
  });

  it('a report whose body is clipped away reads as its title; doc.hidden-text says how, in both languages', async () => {
    const f = await extracted(pdf([{ content: line(800, TITLE) + line(780, BODY, '0 0 0 0 re W n') }]), '说明报告.pdf', 'pdf');
    expect(f.facts.type === 'document' && f.facts.text.trim()).toBe(TITLE);
    expect(f.facts.type === 'document' && f.facts.hiddenText).toEqual({ chars: n(BODY), how: ['clipped'] });
    expect(renderMessage('doc.hidden-text', 'zh', { chars: n(BODY), how: ['clipped'] })).toContain('被裁剪在显示区域之外的文字');
    expect(renderMessage('doc.hidden-text', 'en', { chars: n(BODY), how: ['clipped'] })).toContain('clipped out of view');
  });
});
