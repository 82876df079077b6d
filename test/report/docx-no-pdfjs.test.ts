/** Reading a .docx never loads pdf.js (nor, with it, the native canvas library) on this thread. */
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { pdfjsLoaded } from '../../src/extract/pdfjs.js';
import { extracted } from './helpers.js';

describe('a .docx', () => {
  it('is read without loading pdf.js', async () => {
    const f = await extracted(await makeDocx({ paragraphs: [{ text: '县教育局说明报告', heading: 1 }, '正文。'] }), 'a.docx', 'docx');
    expect(f.error).toBeNull();
    expect(f.facts.type === 'document' && f.facts.textLength).toBeGreaterThan(0);
    expect(pdfjsLoaded()).toBe(false);
    expect((globalThis as { DOMMatrix?: unknown }).DOMMatrix).toBeUndefined();
  });
});
