/**
 * PDF text drawn in a blend mode that leaves a white backdrop white (Screen, Lighten, ColorDodge)
 * shows nothing on a bare page, yet it was read as evidence. It is now judged as white text
 * (`ledgerHidden: 6`): left out on a page that paints nothing else, read on one that does (over a
 * coloured band it shows); doc.hidden-text says 'blend'. The fast path declines any blend mode
 * but Normal/Compatible, so pdf.js's reader decides.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { renderMessage } from '../../src/messages/index.js';
import { why } from './pdf-fast-both.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY)] };
const n = (s: string) => s.replace(/\s/g, '').length;
const line = (y: number, text: string) => `BT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;
const pdf = (bm: string, extra = '') =>
  officePdf({ fonts: { F1: F }, resources: '/ExtGState<</GS1 1000 0 R>>', objects: [`<</Type/ExtGState/BM${bm}>>`], pages: [{ content: `${line(800, TITLE)}${extra}q /GS1 gs\n${line(780, BODY)}Q\n` }] });

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

describe('PDF text blended away on a white page', () => {
  it('Screen, Lighten, ColorDodge (a name or an array) on a bare page are left out; Normal, Multiply are read', async () => {
    for (const bm of ['/Screen', '/Lighten', '/ColorDodge', '[/Screen/Normal]']) {
      const raw = await parsePdf(pdf(bm));
      expect(raw.pageTexts?.join(''), bm).toContain(TITLE);
      expect(raw.pageTexts?.join(''), bm).not.toContain('主体责任');
      expect(raw.hidden, bm).toEqual({ chars: n(BODY), how: ['blend'] });
    }
    for (const bm of ['/Normal', '/Multiply']) expect((await parsePdf(pdf(bm))).pageTexts?.join(''), bm).toContain(BODY);
    expect(why(pdf('/Screen'))).toMatch(/blend mode/);
    expect(why(pdf('/Normal'))).toBeNull();
  });

  it('on a page that paints a coloured fill it shows, and is read; the message names it in both languages', async () => {
    expect((await parsePdf(pdf('/Screen', '0 0 1 rg 0 700 595 120 re f\n'))).pageTexts?.join('')).toContain(BODY);
    expect(renderMessage('doc.hidden-text', 'zh', { chars: 3, how: ['blend'] })).toContain('混合模式');
    expect(renderMessage('doc.hidden-text', 'en', { chars: 3, how: ['blend'] })).toContain('blended away on a white page');
  });
});
