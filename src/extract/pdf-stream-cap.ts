/**
 * A bound on every decoded PDF stream (a decompression bomb: 3 KB of nested FlateDecode → 2 GB).
 * pdf.js's decoders (Flate, LZW, RunLength, ASCII85/Hex, and chains of them) grow one buffer per
 * stream with no limit; the patch below, applied to pdf.js's worker source where it is loaded,
 * makes a stream that would grow past the bound throw instead, and counts it in a per-thread
 * counter. The document reader reads the counter after each document (one document at a time per
 * thread: pdf.ts), and a document with a capped stream is refused as a whole (`zip-bomb`, reason
 * `stream`): text that was cut can never pass as read.
 */

/** Largest decoded stream the text reader accepts (a real report's largest stream is ~1 MB). */
export const PDF_STREAM_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Largest decoded stream the page renderer (OCR) accepts: a page image is decoded whole, and the
 * largest image it draws (64 MP, MAX_RENDER_IMAGE_PIXELS: a 600 dpi A4 colour scan is ~35 MP) is
 * 64 MP × 3 bytes in colour; larger images are skipped before they are decoded (maxImageSize), so
 * a 600 dpi A3 scan (~70 MP) is drawn without its image and its page is reported unreadable.
 */
export const PDF_RENDER_STREAM_MAX_BYTES = 256 * 1024 * 1024;

const KEY = 'ledger-check.pdf.capped-streams';

/**
 * The OCR page renderer's own counter. The renderer draws on the thread that runs OCR, which is
 * also the text reader's thread when PDFs are read in-thread (no worker threads): a stream capped
 * while drawing one file must never be counted against another document being read there.
 */
export const RENDER_COUNTER = 'ledger-check.pdf.capped-render-streams';

const counting = (key: string) => `(globalThis[Symbol.for(${JSON.stringify(key)})] = (globalThis[Symbol.for(${JSON.stringify(key)})] || 0) + 1)`;

/** The JavaScript the patched worker runs when a stream was capped (the counter lives in globalThis). */
export const countCappedStream = counting(KEY);

/** The same, on the OCR page renderer's counter (RENDER_COUNTER). */
export const countCappedRenderStream = counting(RENDER_COUNTER);

/** How many streams were capped on this thread so far (by the text reader, or on another counter). */
export function cappedStreams(key = KEY): number {
  const n = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof n === 'number' ? n : 0;
}

export interface SourcePatch {
  name: string;
  find: string;
  replace: string;
}

const ENSURE_BUFFER = '  ensureBuffer(requested) {\n    const buffer = this.buffer;\n    if (requested <= buffer.byteLength) {\n      return buffer;\n    }\n';

/** The patch of DecodeStream.ensureBuffer (every decoder's one way to grow its output). */
export function streamCapPatch(max: number, key = KEY): SourcePatch {
  return {
    name: 'stream-cap',
    find: ENSURE_BUFFER,
    replace:
      '  ensureBuffer(requested) {\n' +
      `    if (requested > ${max}) {\n` +
      `      ${counting(key)};\n` +
      `      throw new Error("ledger-check: a stream expands beyond ${max} bytes");\n` +
      '    }\n' +
      ENSURE_BUFFER.slice('  ensureBuffer(requested) {\n'.length),
  };
}

/**
 * The patches of a composite font's /W (and /W2) width ranges: `first last width` is filled one
 * CID at a time, and `0 4294967295 500` grew one array to V8's limit and aborted the whole process
 * (a fatal error, not an exception). CIDs are 16-bit (0–65535), so nothing past 0xFFFF is filled:
 * no real font's widths change. Applied to the text reader's pdf.js and to the OCR renderer's
 * (which draws on the main thread, where the abort would end the whole run).
 */
export const CID_WIDTH_RANGE_PATCHES: readonly SourcePatch[] = [
  {
    name: 'cid-width-range',
    find: '            for (let j = start; j <= code; j++) {\n              glyphsWidths[j] = width;\n',
    replace: '            for (let j = start; j <= code && j <= 0xffff; j++) {\n              glyphsWidths[j] = width;\n',
  },
  {
    name: 'cid-width-range-2',
    find: '              for (let j = start; j <= code; j++) {\n                glyphsVMetrics[j] = vmetric;\n',
    replace: '              for (let j = start; j <= code && j <= 0xffff; j++) {\n                glyphsVMetrics[j] = vmetric;\n',
  },
];

/**
 * Apply one patch that must match exactly once; null when it does not. indexOf, not split or a
 * RegExp: a pdf.js worker is 2 MB and this runs in every PDF thread.
 */
export function applyOnce(source: string, p: SourcePatch): string | null {
  const at = source.indexOf(p.find);
  if (at < 0 || source.indexOf(p.find, at + 1) >= 0) return null;
  return source.slice(0, at) + p.replace + source.slice(at + p.find.length);
}
