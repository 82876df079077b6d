/**
 * Page images for OCR. An image-only PDF is rendered page by page with the pdf.js bundled in
 * pdf-parse (getScreenshot, drawn by @napi-rs/canvas) at about 200 dpi for an A4 page; a JPEG,
 * PNG or HEIC scan goes through sharp, turned upright by its EXIF orientation and brought to the
 * same scale. Pages come one at a time, in order, so at most one page image per file is in memory.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pLimit from 'p-limit';
import { RENDER_COUNTER, cappedStreams } from '../extract/pdf-stream-cap.js';
import { interlacedPngBytes, PROGRESSIVE_COEFFICIENT_LIMIT, progressiveCoefficientBytes } from '../extract/jpeg-integrity.js';
import { jpegLayout } from '../extract/photo-structure.js';
import { HEIF_DECODE_PIXEL_LIMIT } from '../extract/photo-fingerprint.js';
import { renderWorker } from './render-worker.js';
import { DOCUMENT_WORK, PAGE_WORK, setRenderWork } from './render-work.js';
import { BoundedCanvasFactory, DOCUMENT_CANVAS_PIXELS, PAGE_CANVAS_PIXELS, setCanvasBudget } from './render-canvas.js';

/** A4 is 595 pt wide: 1654 px is 200 dpi. Every rendered page gets this width (bounded pixels). */
export const PAGE_WIDTH_PX = 1654;
/** A photo or scan is scaled so its long side is at most this (A4 at ~200 dpi is 1654 × 2339). */
export const IMAGE_LONG_SIDE_PX = 2400;
/** sharp refuses images with more pixels than this (a decompression bomb is not a scan). */
const MAX_INPUT_PIXELS = 80_000_000;

const pdfjsDir = () => path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** An image with more pixels than this is not drawn (pdf.js skips it before decoding it). */
export const MAX_RENDER_IMAGE_PIXELS = 64_000_000;

export interface PageImage {
  page: number; // 1-based
  png: Buffer;
  /** Images or streams the renderer left out of this page (beyond its bounds): the page is drawn without them. */
  refused: number;
  /** Decoding work spent drawing it (render-work.ts). */
  work: number;
}

/**
 * The renderer's pdf.js works on this thread; one call at a time (opening a file, drawing a page) so
 * the images and streams it refuses (counted on RENDER_COUNTER) are known per page. Drawing is
 * synchronous work on this one thread anyway, so nothing is lost; OCR runs in its own threads.
 */
const renderOne = pLimit(1);

/**
 * Runs one renderer call alone, within `budget` units of decoding work (render-work.ts), and returns
 * its result with the number of refusals it counted and the work it spent.
 */
function counted<T>(
  work: () => Promise<T>,
  budget: number,
  canvas = PAGE_CANVAS_PIXELS,
): Promise<{ value: T; refused: number; spent: number; canvasSpent: number }> {
  return renderOne(async () => {
    const before = cappedStreams(RENDER_COUNTER);
    setRenderWork(budget);
    setCanvasBudget(canvas);
    let value: T | undefined;
    let failed: { error: unknown } | null = null;
    let left: number;
    let canvasLeft: number;
    try {
      value = await work();
    } catch (error) {
      failed = { error };
    } finally {
      left = setRenderWork(Infinity);
      canvasLeft = setCanvasBudget(Infinity);
    }
    const refused = cappedStreams(RENDER_COUNTER) - before;
    const spent = budget - Math.max(0, left);
    const canvasSpent = canvas - Math.max(0, canvasLeft);
    // A drawing stopped by a bound (a canvas past the page's canvas pixels) is a refusal, not a corrupt file.
    if (failed) throw refused > 0 ? new PageRefused(refused, spent, canvasSpent, failed.error) : failed.error;
    return { value: value as T, refused, spent, canvasSpent };
  });
}

/** A page whose drawing a bound stopped: it is read as blank, with its refusals counted. */
class PageRefused extends Error {
  constructor(
    readonly refused: number,
    readonly spent: number,
    readonly canvasSpent: number,
    cause: unknown,
  ) {
    super('ledger-check: drawing this page stopped at a bound', { cause });
  }
}

let blank: Promise<Buffer> | null = null;
/** A white page, what a page whose drawing was stopped is read as (OCR finds nothing on it). */
function blankPage(): Promise<Buffer> {
  blank ??= import('sharp').then(({ default: sharp }) =>
    sharp({ create: { width: PAGE_WIDTH_PX, height: Math.round((PAGE_WIDTH_PX * 842) / 595), channels: 3, background: '#ffffff' } })
      .withMetadata({ density: 200 })
      .png()
      .toBuffer(),
  );
  return blank.then((b) => Buffer.from(b));
}

/** Number of pages of a PDF and an iterator over the first `max` page images, in order. */
export async function pdfPages(
  data: Buffer,
  max: number,
  work: { page: number; document: number } = { page: PAGE_WORK, document: DOCUMENT_WORK },
): Promise<{ total: number; pages: AsyncGenerator<PageImage> }> {
  const { PDFParse } = await import('pdf-parse');
  const dir = pdfjsDir();
  const worker = await renderWorker();
  const parser = new PDFParse({
    data,
    ...(worker ? { worker } : {}),
    maxImageSize: MAX_RENDER_IMAGE_PIXELS,
    // Every canvas drawing makes is charged to the page's canvas bound (render-canvas.ts).
    CanvasFactory: BoundedCanvasFactory,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    // OpenJPEG as WebAssembly, for JPXDecode (JPEG 2000) scans: without it they are drawn blank.
    wasmUrl: path.join(dir, 'wasm') + path.sep,
    verbosity: 0,
  });
  let total: number;
  try {
    total = (await counted(() => parser.getInfo(), work.page)).value.total;
  } catch (e) {
    await parser.destroy().catch(() => undefined);
    throw e;
  }
  async function* gen(): AsyncGenerator<PageImage> {
    // One document's pages share its work budget, each at most a page's.
    let documentLeft = work.document;
    let documentCanvasLeft = DOCUMENT_CANVAS_PIXELS;
    try {
      for (let p = 1; p <= Math.min(total, max); p++) {
        let drawn;
        try {
          drawn = await counted(
            () => parser.getScreenshot({ partial: [p], desiredWidth: PAGE_WIDTH_PX, imageDataUrl: false, imageBuffer: true }),
            Math.min(work.page, documentLeft),
            Math.min(PAGE_CANVAS_PIXELS, documentCanvasLeft),
          );
        } catch (e) {
          if (!(e instanceof PageRefused)) throw e;
          documentLeft -= e.spent;
          documentCanvasLeft -= e.canvasSpent;
          yield { page: p, png: await blankPage(), refused: e.refused, work: e.spent };
          continue;
        }
        const { value: shot, refused } = drawn;
        documentLeft -= drawn.spent;
        documentCanvasLeft -= drawn.canvasSpent;
        const page = shot.pages[0];
        if (!page) continue;
        yield { page: p, png: Buffer.from(page.data.buffer, page.data.byteOffset, page.data.byteLength), refused, work: drawn.spent };
      }
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  }
  return { total, pages: gen() };
}

/**
 * What the OCR engine is given: the page on white (a canvas render is RGBA, and tesseract reads a
 * transparent page as empty), in grey. Colour is kept only for the seal.
 */
export async function ocrInput(png: Buffer): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(png).flatten({ background: '#ffffff' }).greyscale().png({ compressionLevel: 1 }).toBuffer();
}

/** One scan or photo of a page, upright (EXIF orientation applied), at OCR scale, as PNG. */
export async function imagePage(data: Buffer): Promise<PageImage> {
  // A progressive JPEG is decoded whole whatever the output size (libjpeg keeps every coefficient):
  // four 465 KB scans declaring 8900×8900 took a run to 2.0 GB. Beyond the photo check's bound the
  // page is read as blank and the image counted as refused (ocr.image-refused).
  const frame = data[0] === 0xff && data[1] === 0xd8 ? jpegLayout(data).frame : null;
  const whole = (frame ? progressiveCoefficientBytes(frame) : 0) || interlacedPngBytes(data);
  if (whole > PROGRESSIVE_COEFFICIENT_LIMIT) return { page: 1, png: await blankPage(), refused: 1, work: 0 };
  const { default: sharp } = await import('sharp');
  const meta = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS }).metadata().catch(() => null);
  if (meta?.format === 'heif' && (meta.width ?? 0) * (meta.height ?? 0) > HEIF_DECODE_PIXEL_LIMIT) return { page: 1, png: await blankPage(), refused: 1, work: 0 };
  const png = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width: IMAGE_LONG_SIDE_PX, height: IMAGE_LONG_SIDE_PX, fit: 'inside', withoutEnlargement: true })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { page: 1, png, refused: 0, work: 0 };
}
