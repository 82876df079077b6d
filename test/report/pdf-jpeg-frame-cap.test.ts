/**
 * The OCR renderer's bound on JPEG frames (src/ocr/render-jpeg-cap.ts): pdf.js allocates a JPEG's
 * buffers from the frame header inside the data, not from the image dictionary that its
 * maxImageSize checks. A PDF whose image says 200 × 283 and whose JPEG frame says 30000 × 30000 is
 * left undrawn (counted as capped) instead of allocated; an honest scan is drawn as before.
 */
import { describe, expect, it } from 'vitest';
import { makePdf, makeScanJpeg } from '../../fixtures/build/pdf.js';
import { jpegSegments } from '../hostile/photos.js';
import { RENDER_COUNTER, applyOnce, cappedStreams } from '../../src/extract/pdf-stream-cap.js';
import { jpegFrameCapPatch } from '../../src/ocr/render-jpeg-cap.js';
import { renderWorkerSource } from '../../src/ocr/render-worker.js';
import { MAX_RENDER_IMAGE_PIXELS, pdfPages } from '../../src/ocr/pages.js';

/** The same JPEG whose frame header (SOF) claims another size; the image dictionary keeps the true one. */
function lyingFrame(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  const sof = jpegSegments(out).find((s) => s.marker >= 0xc0 && s.marker <= 0xc2)!;
  out.writeUInt16BE(height, sof.at + 5);
  out.writeUInt16BE(width, sof.at + 7);
  return out;
}

async function render(pdf: Buffer): Promise<{ pages: number; capped: number }> {
  const before = cappedStreams(RENDER_COUNTER);
  const textBefore = cappedStreams();
  const { pages } = await pdfPages(pdf, 1);
  let n = 0;
  for await (const _ of pages) n++;
  // Counted on the renderer's own counter: never against a document the text reader reads on this thread.
  expect(cappedStreams() - textBefore).toBe(0);
  return { pages: n, capped: cappedStreams(RENDER_COUNTER) - before };
}

describe('the patch itself', () => {
  const src = 'function prepareComponents(frame) {\n  return "prepared";\n}\nglobalThis.prepareForTest = prepareComponents;\n';
  it('a frame just inside and on the bound is prepared; one pixel more throws and is counted', () => {
    const patched = applyOnce(src, jpegFrameCapPatch(100))!;
    expect(patched).not.toBeNull();
    new Function(patched)();
    const prepare = (globalThis as unknown as { prepareForTest: (f: object) => string }).prepareForTest;
    const before = cappedStreams(RENDER_COUNTER);
    expect(prepare({ samplesPerLine: 11, scanLines: 9 })).toBe('prepared'); // 99: inside
    expect(prepare({ samplesPerLine: 10, scanLines: 10 })).toBe('prepared'); // 100: on
    expect(cappedStreams(RENDER_COUNTER) - before).toBe(0);
    expect(() => prepare({ samplesPerLine: 101, scanLines: 1 })).toThrow(/101 x 1 pixels is above 100/); // 101: outside
    expect(() => prepare({ samplesPerLine: 65535, scanLines: 65535 })).toThrow();
    expect(cappedStreams(RENDER_COUNTER) - before).toBe(2);
    expect(applyOnce(src + src, jpegFrameCapPatch(100))).toBeNull(); // must match exactly once
  });

  it('matches the installed legacy build the OCR renderer draws with, beside the stream bound', () => {
    const source = renderWorkerSource();
    expect(source).toContain(`if (frame.samplesPerLine * frame.scanLines > ${MAX_RENDER_IMAGE_PIXELS})`);
    expect(source).toContain('if (requested > ');
  });
});

describe('OCR page renderer: a JPEG whose frame claims more pixels than its dictionary', () => {
  it('is not decoded (the page renders without it); the honest scan is drawn without a cap', async () => {
    const img = await makeScanJpeg(200, 283, 5);
    const honest = await render(makePdf({ pages: [{ image: img }] }));
    expect(honest).toEqual({ pages: 1, capped: 0 });
    const lying = await render(makePdf({ pages: [{ image: { ...img, jpeg: lyingFrame(img.jpeg, 30000, 30000) } }] }));
    expect(lying).toEqual({ pages: 1, capped: 1 });
    // 8001 × 8000 is 64,008,000 pixels: just above the bound (the boundaries are the patch's test above).
    const wide = await render(makePdf({ pages: [{ image: { ...img, jpeg: lyingFrame(img.jpeg, 8001, 8000) } }] }));
    expect(wide.capped).toBe(1);
  }, 60_000);
});
