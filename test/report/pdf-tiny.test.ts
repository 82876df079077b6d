/**
 * PDF text of 1 pt or less is text nobody can see (as a .docx run of w:sz ≤ 2): a speck on paper
 * and on screen. It was read as evidence: a report's five elements could sit in 0.5-pt text (or 12-pt
 * text under a CTM scaling it by 0.05) under a visible title and pass. The size is the text
 * rendering matrix's (font size, text matrix and CTM together); on a page that paints an image it
 * is kept (a scan's OCR layer: the image is what it says). The fast path declines such a page, so
 * pdf.js's reader decides; doc.hidden-text says how much was left out ('tiny').
 */
import { afterEach, describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont, type OfficePage } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { tinyGlyphs } from '../../src/extract/pdf-text.js';
import { renderMessage } from '../../src/messages/index.js';
import { why } from './pdf-fast-both.js';
import { extracted } from './helpers.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY + '二、部署文件三、具体措施四、数据实例')] };
const IMAGE = { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', stream: Buffer.from([0x80]) };
const n = (s: string) => s.replace(/\s/g, '').length;

/** A line of text at y: `size` Tf, in an optional matrix state (`cm` / `Tm` before it). */
const line = (y: number, text: string, size = 10.5, state = '') => `q ${state}\nBT\n72 ${y} Td /F1 ${size} Tf ${show(F, text)} Tj\nET\nQ\n`;
const pdf = (pages: OfficePage[]) => officePdf({ fonts: { F1: F }, pages, resources: '/XObject<</Im1 1000 0 R>>', objects: [IMAGE] });

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

describe('PDF text of 1 pt or less', () => {
  it('tinyGlyphs: the em of the whole matrix, in both directions, at most 1 pt', () => {
    expect(tinyGlyphs([0.5, 0, 0, 0.5, 72, 800])).toBe(true);
    expect(tinyGlyphs([1, 0, 0, 1, 0, 0])).toBe(true);
    expect(tinyGlyphs([0, 0, 0, 0, 0, 0])).toBe(true);
    expect(tinyGlyphs([1.2, 0, 0, 1.2, 0, 0])).toBe(false);
    // Rotated 10.5-pt text, and text squeezed sideways only (still 10.5 pt high), are seen.
    expect(tinyGlyphs([0, 10.5, -10.5, 0, 0, 0])).toBe(false);
    expect(tinyGlyphs([0.1, 0, 0, 10.5, 0, 0])).toBe(false);
  });

  it('0.5-pt text, 12-pt text under a 0.05 CTM and Tf 0 are left out and counted; 1 Tf under a 12× text matrix is read', async () => {
    const file = pdf([
      {
        content:
          line(800, TITLE) +
          line(780, BODY, 0.5) +
          line(760, '二、部署文件', 12, '0.05 0 0 0.05 30 700 cm') +
          line(740, '三、具体措施', 0) +
          `q\nBT\n/F1 1 Tf 12 0 0 12 72 720 Tm ${show(F, '四、数据实例')} Tj\nET\nQ\n`,
      },
    ]);
    expect(why(file)).toMatch(/hidden/);
    const raw = await parsePdf(file);
    const text = raw.pageTexts?.join('') ?? '';
    expect(text).toContain(TITLE);
    expect(text).toContain('四、数据实例');
    expect(text).not.toContain(BODY);
    expect(text).not.toContain('二、部署文件');
    expect(text).not.toContain('三、具体措施');
    expect(raw.hidden).toEqual({ chars: n(BODY) + n('二、部署文件') + n('三、具体措施'), how: ['tiny'] });
  });

  it('tiny text over a page image (an OCR layer drawn small) stays read; ordinary text keeps the fast path', async () => {
    const scan = await parsePdf(pdf([{ content: `q 595 0 0 842 0 0 cm /Im1 Do Q\n${line(800, TITLE, 0.8)}${line(780, BODY, 0.8)}` }]));
    expect(scan.pageTexts?.join('')).toContain(BODY);
    expect(scan.hidden).toBeUndefined();
    expect(why(pdf([{ content: line(800, TITLE) + line(780, BODY, 1.5) }]))).toBeNull();
  });

  it('a report whose body is 0.5 pt reads as its title; doc.hidden-text names the size', async () => {
    const f = await extracted(pdf([{ content: line(800, TITLE) + line(780, BODY, 0.5) }]), '说明报告.pdf', 'pdf');
    expect(f.facts.type === 'document' && f.facts.text.trim()).toBe(TITLE);
    expect(f.facts.type === 'document' && f.facts.hiddenText).toEqual({ chars: n(BODY), how: ['tiny'] });
    expect(renderMessage('doc.hidden-text', 'zh', { chars: n(BODY), how: ['tiny'] })).toContain('1 磅及以下的字号');
    // All of it tiny, no image: no visible text (doc.empty), not a scan for OCR.
    const all = await parsePdf(pdf([{ content: line(800, TITLE, 0.5) + line(780, BODY, 0.5) }]));
    expect(all.error).toMatchObject({ code: 'empty', args: { reason: 'hidden' } });
  });
});
