/**
 * A thread that only meets PDFs the fast path reads never loads pdf.js (nor pays V8's warm-up of
 * it); the first PDF it declines loads pdf.js as before.
 */
import { describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { pdfjsLoaded } from '../../src/extract/pdfjs.js';

const F: OfficeFont = { kind: 'simple', chars: [...'县教育局说明报告'] };

describe('pdf.js is loaded only for a PDF the fast path declines', () => {
  it('office-suite PDFs leave it unloaded; an encrypted one loads it', async () => {
    const r = await parsePdf(officePdf({ fonts: { F1: F }, pages: [{ content: `BT /F1 12 Tf 72 700 Td ${show(F, '县教育局说明报告')} Tj ET` }] }));
    expect(r.pageTexts).toEqual(['县教育局说明报告']);
    expect(pdfjsLoaded()).toBe(false);
    const s = await parsePdf(makePdf({ pages: [['县教育局']], encrypt: { userPassword: '' } }));
    expect(s.pageTexts).toEqual(['县教育局']);
    expect(pdfjsLoaded()).toBe(true);
  });
});
