/**
 * Decompression bombs inside PDFs (src/extract/pdf-stream-cap.ts): every decoded stream is bounded
 * in the text reader (one FlateDecode layer by zlib's own bound, a filter chain and every other
 * decoder by the `stream-cap` patch) and in the OCR page renderer (its own, larger bound); a
 * document with a capped stream is refused whole (`zip-bomb`, reason `stream`), never read as
 * the text around the bomb. Boundaries: just inside the bound (read), just outside (refused).
 */
import { describe, expect, it } from 'vitest';
import { flateBombPdf, imageBombPdf } from '../../fixtures/build/pdf-bomb.js';
import { rawPdf } from '../../fixtures/build/pdf-text-cases.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { PDF_RENDER_STREAM_MAX_BYTES, PDF_STREAM_MAX_BYTES, applyOnce, cappedStreams, streamCapPatch } from '../../src/extract/pdf-stream-cap.js';
import { renderWorkerSource } from '../../src/ocr/render-worker.js';
import { pdfPages } from '../../src/ocr/pages.js';

const MB = 1 << 20;
const refused = { code: 'zip-bomb', args: { reason: 'stream', entry: '', seen: 1, limit: PDF_STREAM_MAX_BYTES } };

describe('text reader: a stream beyond the bound refuses the document', () => {
  it('one FlateDecode layer: 1 GB is refused (zlib stops at the bound), the text before it is not kept', async () => {
    const r = await parsePdf(flateBombPdf(1024));
    expect(r.error).toMatchObject(refused);
    expect(r.pageTexts).toBeNull();
  });

  it('a chain of two FlateDecode layers (a few KB of file, 1 GB of text) is refused by the cap on pdf.js decoders', async () => {
    const pdf = flateBombPdf(1024, 2);
    expect(pdf.length).toBeLessThan(64 * 1024);
    const before = cappedStreams();
    const r = await parsePdf(pdf);
    expect(cappedStreams() - before).toBe(1);
    expect(r.error).toMatchObject(refused);
  });

  it('a chain just inside the bound is read; on the bound and beyond, refused', async () => {
    // contentBomb(n) is a text line + n MB of spaces + a newline: (bound/MB − 1) MB stays inside.
    const inside = await parsePdf(flateBombPdf(PDF_STREAM_MAX_BYTES / MB - 1, 2));
    expect(inside.error).toBeNull();
    expect(inside.pageTexts![0]).toContain('县教育局关于我们的节日工作情况的说明报告');
    const outside = await parsePdf(flateBombPdf(PDF_STREAM_MAX_BYTES / MB, 2));
    expect(outside.error).toMatchObject(refused);
  }, 60_000);

  it('counts the capped streams of each document only: the next document reads as usual', async () => {
    const [bomb, plain] = await Promise.all([parsePdf(flateBombPdf(200, 2)), parsePdf(rawPdf(`BT /F1 12 Tf 72 700 Td <${Buffer.from('说明报告', 'utf16le').swap16().toString('hex')}> Tj ET`))]);
    expect(bomb.error).toMatchObject(refused);
    expect(plain.error).toBeNull();
    expect(plain.pageTexts![0]).toContain('说明报告');
  });
});

describe('the patch itself', () => {
  it('throws above the bound, counts it, and leaves a stream on the bound alone', () => {
    const src = '  ensureBuffer(requested) {\n    const buffer = this.buffer;\n    if (requested <= buffer.byteLength) {\n      return buffer;\n    }\n    return null;\n  }\n';
    const patched = applyOnce(`class D {\n${src}}\nglobalThis.D = D;`, streamCapPatch(1000))!;
    expect(patched).not.toBeNull();
    new Function(patched)();
    const D = (globalThis as unknown as { D: new () => { buffer: Uint8Array; ensureBuffer(n: number): unknown } }).D;
    const d = new D();
    d.buffer = new Uint8Array(10);
    const before = cappedStreams();
    expect(d.ensureBuffer(1000)).toBeNull(); // on the bound: pdf.js's own growth
    expect(() => d.ensureBuffer(1001)).toThrow(/beyond 1000 bytes/);
    expect(cappedStreams() - before).toBe(1);
    expect(applyOnce(`${src}${src}`, streamCapPatch(1000))).toBeNull(); // must match exactly once
  });

  it("matches the installed legacy build the OCR renderer draws with", () => {
    expect(renderWorkerSource()).toContain(`if (requested > ${PDF_RENDER_STREAM_MAX_BYTES})`);
  });
});

describe('OCR page renderer: an image beyond its bound is not decoded', () => {
  it('a page whose image would decode to more than the bound renders (blank) and counts the capped stream; a smaller one does not', async () => {
    // 6 bytes a pixel: 7000 × 7000 is 294 MB, above the renderer's 256 MB; 1000 × 1000 is 6 MB.
    const big = imageBombPdf(7000, 7000);
    expect((await parsePdf(big)).error?.code).toBe('scanned'); // text extraction never decodes images
    for (const [pdf, capped] of [[big, 1], [imageBombPdf(1000, 1000), 0]] as const) {
      const before = cappedStreams();
      const { total, pages } = await pdfPages(pdf, 1);
      expect(total).toBe(1);
      const got = [];
      for await (const p of pages) got.push(p);
      expect(got).toHaveLength(1);
      expect(cappedStreams() - before).toBe(capped);
    }
  }, 60_000);
});

describe('page bound: a PDF with more pages than any 台账 document is refused before its pages are read', () => {
  it('on the bound every page is read; one page more is refused with its count', async () => {
    const { MAX_PDF_PAGES } = await import('../../src/extract/limits.js');
    const { manyPagesPdf } = await import('../../fixtures/build/pdf-bomb.js');
    const on = await parsePdf(manyPagesPdf(MAX_PDF_PAGES));
    expect(on.error?.code).not.toBe('too-many-pages');
    expect(on.pageTexts).toHaveLength(MAX_PDF_PAGES);
    const over = await parsePdf(manyPagesPdf(MAX_PDF_PAGES + 1));
    expect(over.error).toMatchObject({ code: 'too-many-pages', args: { seen: MAX_PDF_PAGES + 1, limit: MAX_PDF_PAGES } });
    expect(over.pageTexts).toBeNull();
  }, 120_000);
});
