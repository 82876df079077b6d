/**
 * The pdf.js "worker" (parser) the OCR page renderer uses: the legacy build pdf-parse draws with,
 * with these changes: every decoded stream is bounded (pdf-stream-cap.ts, at the renderer's larger
 * bound), so a decompression bomb in a stream only drawing reads (a colour profile, a function, a
 * Type 3 glyph, an image) cannot exhaust memory. A capped stream is counted on the renderer's own
 * counter (RENDER_COUNTER), never on the text reader's. Made once per thread, behind a port on the same
 * thread that structured-clones every message as pdf.js's own in-thread port does (drawing's
 * operator lists are reused by the sender after sending, unlike the text reader's chunks). Null
 * when the patch does not match the installed pdf.js (then pdf-parse's own worker is used; a test
 * checks it matches).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CID_WIDTH_RANGE_PATCHES, PDF_RENDER_STREAM_MAX_BYTES, RENDER_COUNTER, applyOnce, streamCapPatch } from '../extract/pdf-stream-cap.js';
import { evaluateWorkerModule } from '../extract/pdfjs.js';
import {
  MAX_MESH_VERTICES,
  decodeFailedCountPatch,
  decodeFailedReuseCountPatches,
  imagePixelsCapPatch,
  imageSizeCountPatch,
  jbig2CapPatches,
  jpegFrameCapPatch,
  meshCapPatches,
} from './render-image-cap.js';
import { MAX_RENDER_IMAGE_PIXELS } from './pages.js';
import { WORK_PRELUDE, workPatches } from './render-work.js';

type Legacy = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Listener = (event: { data: unknown }) => void;
type WorkerModule = { WorkerMessageHandler: { initializeFromPort(port: ClonePort): void } };

/** pdf.js's LoopbackPort: messages cloned (transfers moved), delivered in order one microtask later. */
class ClonePort {
  private listeners = new Set<Listener>();
  private deferred = Promise.resolve();
  postMessage(message: unknown, transfer?: Transferable[]): void {
    const event = { data: structuredClone(message, transfer ? { transfer } : undefined) };
    void this.deferred.then(() => {
      for (const listener of this.listeners) listener.call(this, event);
    });
  }
  addEventListener(_name: string, listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_name: string, listener: Listener): void {
    this.listeners.delete(listener);
  }
  terminate(): void {
    this.listeners.clear();
  }
}

/** The legacy worker's source with the stream and image bounds, or null when a patch does not apply. */
export function renderWorkerSource(): string | null {
  const file = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // The decoding-work budget (render-work.ts) is declared first, charged by its patches after the others.
  let source: string | null = WORK_PRELUDE + readFileSync(file, 'utf8');
  for (const p of [
    streamCapPatch(PDF_RENDER_STREAM_MAX_BYTES, RENDER_COUNTER),
    jpegFrameCapPatch(MAX_RENDER_IMAGE_PIXELS),
    ...jbig2CapPatches(MAX_RENDER_IMAGE_PIXELS),
    imagePixelsCapPatch(MAX_RENDER_IMAGE_PIXELS),
    ...meshCapPatches(MAX_MESH_VERTICES),
    imageSizeCountPatch(),
    decodeFailedCountPatch(),
    ...decodeFailedReuseCountPatches(),
    ...workPatches(),
    // A /W range to 2^32 aborts the process (V8 fatal): the renderer draws on the main thread.
    ...CID_WIDTH_RANGE_PATCHES,
  ]) {
    source = source === null ? null : applyOnce(source, p);
  }
  return source;
}

let made: Promise<InstanceType<Legacy['PDFWorker']> | null> | null = null;

export function renderWorker(): Promise<InstanceType<Legacy['PDFWorker']> | null> {
  made ??= (async () => {
    const source = renderWorkerSource();
    if (source === null) return null;
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as Legacy;
    const mod = await evaluateWorkerModule(async () => (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as WorkerModule);
    const port = new ClonePort();
    mod.WorkerMessageHandler.initializeFromPort(port);
    return new pdfjs.PDFWorker({ port: port as unknown as null, verbosity: 0 });
  })();
  return made;
}
