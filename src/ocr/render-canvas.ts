/**
 * A bound on the canvases the OCR page renderer allocates while drawing one page. pdf.js draws a
 * pattern fill (a tiling cell, a mesh gradient) into a canvas of up to 3000 × 3000 made again for
 * every fill that uses it, besides the page and each image's own canvas; the memory is outside
 * JavaScript's heap, so the garbage is not collected in time. A 2 KB PDF painting one mesh pattern
 * in 200 fills took 3 min 30 s and 21.9 GB; 20 fills of one tiling pattern 45 s and 2.3 GB. Every
 * canvas made or resized is charged here (its pixels, at least MIN_CANVAS_CHARGE); past the page's
 * budget the canvas is refused (counted like an image left undrawn), the page's drawing stops, and
 * the page is read as blank (pages.ts).
 */
import { createRequire } from 'node:module';
import { RENDER_COUNTER } from '../extract/pdf-stream-cap.js';

/**
 * Canvas pixels a page may allocate: the page itself (1654 × 2339, ~3.9 MP), the largest image
 * drawn (64 MP, MAX_RENDER_IMAGE_PIXELS) and page-sized canvases for transparency groups.
 */
export const PAGE_CANVAS_PIXELS = 96_000_000;
/**
 * Canvas pixels one document's pages may allocate together (the garbage of pattern canvases is
 * freed late, so it adds up across pages): twenty pages of a 300 dpi A4 colour scan (~12.6 MP each, with the page) and room to spare.
 */
export const DOCUMENT_CANVAS_PIXELS = 320_000_000;
/** The least a canvas is charged, however small: each pattern fill's canvas costs at least this. */
export const MIN_CANVAS_CHARGE = 1_000_000;

let left = Infinity;

/** Sets the canvas pixels left for the page being drawn (Infinity: unbounded) and returns what was left before. */
export function setCanvasBudget(n: number): number {
  const before = left;
  left = n;
  return before;
}

function charge(width: number, height: number): void {
  left -= Math.max(MIN_CANVAS_CHARGE, width * height);
  if (left < 0) {
    const g = globalThis as Record<symbol, unknown>;
    const key = Symbol.for(RENDER_COUNTER);
    g[key] = (typeof g[key] === 'number' ? g[key] : 0) + 1;
    throw new Error(`ledger-check: a ${width} x ${height} canvas is past this page's canvas bound`);
  }
}

type Canvas = { width: number; height: number; getContext(kind: '2d', o?: object): unknown };
type CanvasAndContext = { canvas: Canvas | null; context: unknown };

let createCanvas: ((width: number, height: number) => Canvas) | null = null;

/** pdf.js's NodeCanvasFactory (the same @napi-rs/canvas), charging every canvas made or resized. */
export class BoundedCanvasFactory {
  constructor(_options?: object) {}

  create(width: number, height: number): CanvasAndContext {
    if (!(width > 0 && height > 0)) throw new Error('Invalid canvas size');
    charge(width, height);
    createCanvas ??= (createRequire(import.meta.url)('@napi-rs/canvas') as { createCanvas: typeof createCanvas }).createCanvas;
    const canvas = createCanvas!(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(c: CanvasAndContext, width: number, height: number): void {
    if (!c.canvas) throw new Error('Canvas is not specified');
    if (!(width > 0 && height > 0)) throw new Error('Invalid canvas size');
    charge(width, height);
    c.canvas.width = width;
    c.canvas.height = height;
  }

  destroy(c: CanvasAndContext): void {
    if (!c.canvas) throw new Error('Canvas is not specified');
    c.canvas.width = 0;
    c.canvas.height = 0;
    c.canvas = null;
    c.context = null;
  }
}
