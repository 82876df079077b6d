/**
 * Content-stream bytes per document (MAX_DOC_CONTENT_BYTES, src/extract/pdf-fast.ts): pages
 * sharing one content stream ask for it once each. pdf.js parses it again for every page (3,000
 * pages sharing 8 MB ran into the 120 s limit of a PDF thread, and in-thread had no limit): past
 * the bound the reader refuses the document (doc.corrupt) before pdf.js reads it.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../fixtures/build/pdf-office.js';
import { MAX_DOC_CONTENT_BYTES, contentBytes } from '../../src/extract/pdf-fast.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { why } from './pdf-fast-both.js';

type Objs = Map<number, string | { dict: string; stream: Buffer }>;

/** `pages` pages, each drawing `contents(p)` (object numbers), over the streams given. */
function pdfOf(pages: number, streams: Record<number, { dict: string; stream: Buffer }>, contents: (p: number) => string): Buffer {
  const objs: Objs = new Map();
  for (const [n, s] of Object.entries(streams)) objs.set(Number(n), s);
  const kids: string[] = [];
  for (let p = 0; p < pages; p++) {
    objs.set(1000 + p, `<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents ${contents(p)}>>`);
    kids.push(`${1000 + p} 0 R`);
  }
  objs.set(2, `<</Type/Pages/Kids[${kids.join(' ')}]/Count ${pages}>>`);
  objs.set(1, '<</Type/Catalog/Pages 2 0 R>>');
  return assemble(objs);
}

const plain = (bytes: number) => ({ dict: '<<>>', stream: Buffer.alloc(bytes, 0x20) });

describe('content bytes per document', () => {
  it('counts a shared stream for each page that draws it, decoded, and each distinct stream once', () => {
    // 1,000 plain bytes drawn by 5 pages: 5,000.
    const shared = pdfOf(5, { 3: plain(1000) }, () => '3 0 R');
    expect(contentBytes(shared)).toBe(5000);
    // Just inside, on and past a limit: counted up to just past it.
    expect(contentBytes(shared, 5000)).toBe(5000);
    expect(contentBytes(shared, 4999)).toBe(5000);
    expect(contentBytes(shared, 3999)).toBe(4000);
    // A FlateDecode stream counts its decoded bytes; an array of parts, each part.
    const flate = pdfOf(2, { 3: { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.alloc(70_000, 0x20)) }, 4: plain(10) }, () => '[3 0 R 4 0 R]');
    expect(contentBytes(flate)).toBe(2 * 70_010);
    // A filter the fast path does not decode: its raw bytes.
    const lzw = pdfOf(3, { 3: { dict: '<</Filter/LZWDecode>>', stream: Buffer.alloc(50, 0x80) } }, () => '3 0 R');
    expect(contentBytes(lzw)).toBe(150);
    // Not a document the fast path's reader opens: null (pdf.js reads it as before).
    expect(contentBytes(Buffer.from('%PDF-1.4\nnot a pdf'))).toBeNull();
  });

  it('past the bound the fast path declines and the reader refuses the document before pdf.js', async () => {
    // 8 MiB of spaces (8 KB deflated) drawn by 32 pages is the bound; by 33, past it.
    const eight = { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.alloc(8 * 1024 * 1024, 0x20)) };
    expect(32 * 8 * 1024 * 1024).toBe(MAX_DOC_CONTENT_BYTES);
    const on = pdfOf(32, { 3: eight }, () => '3 0 R');
    const past = pdfOf(33, { 3: eight }, () => '3 0 R');
    expect(contentBytes(on)).toBe(MAX_DOC_CONTENT_BYTES);
    expect(contentBytes(past)).toBe(MAX_DOC_CONTENT_BYTES + 8 * 1024 * 1024);
    expect(why(past)).toMatch(/too much (content|decoded)/);
    // On the bound: read (fast), not refused (a page of spaces is no text).
    expect(why(on)).toBeNull();
    const atBound = await parsePdf(on);
    expect(atBound.pages).toBe(32);
    expect(atBound.error?.code).toBe('scanned');
    const r = await parsePdf(past);
    expect(r.error?.code).toBe('corrupt');
    expect(r.error?.detail).toContain(String(MAX_DOC_CONTENT_BYTES));
    // Recorded as a reason code and a raw limit: the check reads these, never the detail.
    expect(r.error).toMatchObject({ reason: 'content-too-large', args: { limit: MAX_DOC_CONTENT_BYTES } });
    expect(r.pageTexts).toBeNull();
    // The same refusal with the fast path switched off (pdf.js alone is not handed the document either).
    process.env.LEDGER_CHECK_PDF_FAST = '0';
    try {
      expect((await parsePdf(past)).error?.code).toBe('corrupt');
    } finally {
      delete process.env.LEDGER_CHECK_PDF_FAST;
    }
  }, 120_000);

  it('well inside the bound the document is read (no text here: pages of spaces)', async () => {
    const one = { dict: '<<>>', stream: Buffer.alloc(1024 * 1024, 0x20) };
    const doc = pdfOf(4, { 3: one }, () => '3 0 R');
    expect(contentBytes(doc)).toBe(4 * 1024 * 1024);
    expect(why(doc)).toBeNull();
    const r = await parsePdf(doc);
    expect(r.pages).toBe(4);
    expect(r.error?.code).toBe('scanned');
  });
});
