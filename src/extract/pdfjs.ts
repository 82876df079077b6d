/**
 * pdf.js (pdfjs-dist) for text, loaded on first use only (a run with no PDF never loads it).
 *
 * The MODERN build, not the legacy one: the legacy build installs core-js replacements for
 * built-ins in every thread that loads it — `Array.prototype.push` among them, about 8× slower
 * than V8's own and called for every glyph — for browsers Node ≥ 20.19 does not need. What the
 * modern build uses that Node 20 lacks (Promise.withResolvers,
 * ArrayBuffer.prototype.transferToFixedLength) is added here, only where absent.
 *
 * Predefined CJK CMaps (UniGB-UTF16-H, GBK-EUC-H …) always need cMapUrl/cMapPacked: without
 * them pdf.js silently yields empty text. Their files are read once per thread (cachedCMaps).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { loadModuleScript, loadPreparedScript, preparedKey } from './pdfjs-scripts.js';
import { notePreparedPatches, textWorker, textWorkerFile, textWorkerKey } from './pdfjs-text-worker.js';

type Pdfjs = typeof import('pdfjs-dist');

const pdfjsDir = () => path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Add what pdf.js's modern build calls and this Node lacks. Never replaces an existing built-in. */
export function installPolyfills(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers !== 'function') {
    Object.defineProperty(Promise, 'withResolvers', {
      configurable: true,
      writable: true,
      value: function withResolvers<T>() {
        let resolve!: (v: T | PromiseLike<T>) => void;
        let reject!: (e?: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        return { promise, resolve, reject };
      },
    });
  }
  const AB = ArrayBuffer.prototype as unknown as { transferToFixedLength?: unknown };
  if (typeof AB.transferToFixedLength !== 'function') {
    Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
      configurable: true,
      writable: true,
      value: function transferToFixedLength(this: ArrayBuffer, length?: number) {
        return this.slice(0, length ?? this.byteLength);
      },
    });
  }
}

/**
 * The modern build makes a DOMMatrix when it loads (for drawing; text never uses it). Node has
 * none. A PDF worker thread (pdf-worker.ts) only ever extracts text: an empty class will do, and
 * the native canvas library (~25 MB per thread) is not loaded. Any other thread may later render
 * pages (OCR): it gets @napi-rs/canvas's DOMMatrix (pdf.js's own optional dependency, what its
 * legacy build installs).
 */
function installDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return;
  if (!isMainThread && process.env.LEDGER_CHECK_PDF_WORKER === '1') {
    g.DOMMatrix = class DOMMatrix {};
    return;
  }
  try {
    const req = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    g.DOMMatrix = (req('@napi-rs/canvas') as { DOMMatrix: unknown }).DOMMatrix;
  } catch {
    // No canvas on this platform: text extraction still works, page rendering does not.
    g.DOMMatrix = class DOMMatrix {};
  }
}

type Listener = (event: { data: unknown }) => void;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** A message and its payload one level deep: what the sender may reassign after sending. */
function handOver(message: unknown): unknown {
  if (!isPlainObject(message)) return message;
  const out = { ...message };
  for (const key of ['data', 'chunk'] as const) if (isPlainObject(out[key])) out[key] = { ...out[key] };
  return out;
}

/**
 * The channel between pdf.js's API and its parser when both run on this thread. pdf.js's own
 * in-thread channel (LoopbackPort) structured-clones every message, every chunk of text items
 * included (a tenth of all PDF time); here a message is handed over as a shallow copy, in order,
 * one microtask later (as LoopbackPort does). The copy matters: the parser reuses the object it
 * sends a chunk of text in, reassigning its `items` right after sending. Nothing deeper is
 * changed after sending, each side only reads what it receives, and the document bytes pdf.js
 * takes are always our own copy.
 */
export class DirectPort {
  private listeners = new Map<Listener, (() => void) | null>();
  private deferred = Promise.resolve();
  postMessage(message: unknown): void {
    const event = { data: handOver(message) };
    void this.deferred.then(() => {
      for (const [listener] of this.listeners) listener.call(this, event);
    });
  }
  addEventListener(_name: string, listener: Listener, options: { signal?: AbortSignal } | null = null): void {
    let remove: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_name, listener);
      signal.addEventListener('abort', onAbort);
      remove = () => signal.removeEventListener('abort', onAbort);
    }
    this.listeners.set(listener, remove);
  }
  removeEventListener(_name: string, listener: Listener): void {
    this.listeners.get(listener)?.();
    this.listeners.delete(listener);
  }
  terminate(): void {
    for (const [, remove] of this.listeners) remove?.();
    this.listeners.clear();
  }
}

/**
 * Evaluate a pdf.js worker module (the text reader's or the OCR renderer's) without leaving the
 * globalThis.pdfjsWorker it sets behind: put back as it was, so neither picks up the other's.
 */
export async function evaluateWorkerModule<T>(load: () => Promise<T>): Promise<T> {
  const g = globalThis as { pdfjsWorker?: unknown };
  const before = g.pdfjsWorker;
  try {
    return await load();
  } finally {
    if (before === undefined) delete g.pdfjsWorker;
    else g.pdfjsWorker = before;
  }
}

/**
 * The text worker (pdfjs-text-worker.ts) started once on this thread, behind a DirectPort: every
 * document of the thread goes through this one pdf.js "worker", as in a browser. Nothing is put in
 * globalThis.pdfjsWorker, so a page renderer loaded later on this thread (OCR, with its own
 * pdf.js) never picks up the text-only parser.
 */
async function startTextWorker(pdfjs: Pdfjs): Promise<InstanceType<Pdfjs['PDFWorker']>> {
  type WorkerModule = { WorkerMessageHandler: { initializeFromPort(port: DirectPort): void } };
  const mod = await evaluateWorkerModule(async () => {
    const file = textWorkerFile();
    const key = textWorkerKey(file);
    const prepared = loadPreparedScript('pdf.worker', file, key);
    if (prepared) {
      notePreparedPatches(prepared.meta);
      return prepared.exports as WorkerModule;
    }
    const { source } = textWorker();
    const loaded = loadModuleScript('pdf.worker', file, source, undefined, key);
    return (loaded ? loaded.exports : await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as WorkerModule;
  });
  const port = new DirectPort();
  mod.WorkerMessageHandler.initializeFromPort(port);
  return new pdfjs.PDFWorker({ port: port as unknown as null, verbosity: 0 });
}

/** pdf.js's API (build/pdf.mjs): as a script with its code cache (pdfjs-scripts.ts), else imported. */
async function loadApi(): Promise<Pdfjs> {
  const file = createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.mjs');
  const key = preparedKey(file);
  const loaded = loadPreparedScript('pdf', file, key) ?? loadModuleScript('pdf', file, readFileSync(file, 'utf8'), undefined, key);
  return (loaded ? loaded.exports : await import('pdfjs-dist/build/pdf.mjs' as string)) as Pdfjs;
}

let loading: Promise<{ pdfjs: Pdfjs; worker: InstanceType<Pdfjs['PDFWorker']> }> | null = null;

/** Has this thread loaded pdf.js (tests: reading a .docx must not). */
export const pdfjsLoaded = (): boolean => loading !== null;

/** The pdf.js API (modern build) and its text worker, made once per thread. */
export function loadPdfjs(): Promise<{ pdfjs: Pdfjs; worker: InstanceType<Pdfjs['PDFWorker']> }> {
  loading ??= (async () => {
    installPolyfills();
    // The modern build warns on import that Node should use the legacy build (before any
    // verbosity can be set): that line is not for our users.
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('`legacy` build')) return;
      warn(...args);
    };
    try {
      installDomMatrix();
      const pdfjs = await loadApi();
      return { pdfjs, worker: await startTextWorker(pdfjs) };
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}

const cmapBytes = new Map<string, Uint8Array>();

/**
 * Reads pdf.js's packed CMaps from the package once per thread and hands out copies (pdf.js
 * transfers what it is given). Instances are made by pdf.js with `{ baseUrl, isCompressed }`.
 */
export class CachedCMapReader {
  private readonly baseUrl: string;
  constructor(opts: { baseUrl?: string | null }) {
    this.baseUrl = opts.baseUrl ?? '';
  }
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new Error(`bad CMap name ${name}`);
    let bytes = cmapBytes.get(name);
    if (!bytes) {
      bytes = new Uint8Array(readFileSync(`${this.baseUrl}${name}.bcmap`));
      cmapBytes.set(name, bytes);
    }
    return { cMapData: bytes.slice(), isCompressed: true };
  }
}

const standardFontBytes = new Map<string, Uint8Array>();

/**
 * Reads pdf.js's standard font files (what it substitutes for a non-embedded Helvetica, Times …)
 * once per thread and hands out copies; pdf.js's own Node reader reads the file again for every
 * document. Instances are made by pdf.js with `{ baseUrl }`.
 */
export class CachedStandardFontReader {
  private readonly baseUrl: string;
  constructor(opts: { baseUrl?: string | null }) {
    this.baseUrl = opts.baseUrl ?? '';
  }
  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    if (!/^[A-Za-z0-9_.-]+$/.test(filename)) throw new Error(`bad standard font name ${filename}`);
    let bytes = standardFontBytes.get(filename);
    if (!bytes) {
      bytes = new Uint8Array(readFileSync(`${this.baseUrl}${filename}`));
      standardFontBytes.set(filename, bytes);
    }
    return bytes.slice();
  }
}

let packageDir: string | null = null;

/**
 * getDocument options for text extraction: CMaps and standard fonts from the package, nothing
 * fetched. The package folder is resolved once per thread (resolving it for every document was
 * ~1% of a thread's PDF time).
 */
export function textOptions(): Record<string, unknown> {
  const dir = (packageDir ??= pdfjsDir());
  return {
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    CMapReaderFactory: CachedCMapReader,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    StandardFontDataFactory: CachedStandardFontReader,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  };
}
