/**
 * The OCR page renderer draws on the main thread with its own pdf.js. A composite font whose /W
 * array holds a range `0 4294967295 500` made pdf.js fill one array up to V8's limit: a fatal
 * error that ends the whole process, not an exception a check can turn into a finding. The
 * renderer's pdf.js now carries the text reader's cid-width-range patches (pdf-stream-cap.ts).
 */
import { describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { CID_WIDTH_RANGE_PATCHES } from '../../src/extract/pdf-stream-cap.js';
import { pdfPages } from '../../src/ocr/pages.js';
import { renderWorkerSource } from '../../src/ocr/render-worker.js';

const WIDE: OfficeFont = { kind: 'type0', chars: [...'县教育局说明'] };

describe('OCR page renderer: composite font width ranges', () => {
  it('carries both width-range patches', () => {
    const source = renderWorkerSource();
    expect(source).not.toBeNull();
    for (const p of CID_WIDTH_RANGE_PATCHES) expect(source!.includes(p.replace), p.name).toBe(true);
  });

  it('draws a page whose font has a /W range of four billion codes, and the run goes on', async () => {
    const pdf = officePdf({
      fonts: { F2: { ...WIDE, wPrefix: '0 4294967295 500 ' } },
      pages: [{ content: `BT /F2 12 Tf 72 700 Td ${show(WIDE, '县教育局')} Tj ET` }],
    });
    const { total, pages } = await pdfPages(pdf, 1);
    const drawn: number[] = [];
    for await (const p of pages) drawn.push(p.png.length);
    expect(total).toBe(1);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toBeGreaterThan(0);
  }, 120_000);
});
