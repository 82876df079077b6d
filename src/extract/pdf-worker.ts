/**
 * PDF parsing off the main thread. pdf.js parses synchronously on whatever thread calls it, so
 * one large PDF would stall every other extraction; a small pool of worker_threads runs
 * parsePdf instead, one PDF at a time per worker.
 *
 * This module is both the pool (main thread) and the worker entry (when loaded as a worker).
 * The worker script is this module's own compiled file (dist/src/extract/pdf-worker.js), found
 * relative to import.meta.url. When that file is not JavaScript (vitest imports the .ts sources)
 * or worker threads are switched off (LEDGER_CHECK_PDF_THREADS=0), parsing falls back to the
 * calling thread: same results, no parallelism. A worker that crashes or exceeds the time limit
 * is terminated and replaced; its PDF is reported as corrupt, never passed.
 */
import { compiledSelf, threadCount, workerExecArgv } from './worker-thread.js';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import type { RawPdf } from './pdf.js';
import { IDLE_WINDOW_MS, IdleMeter, spareCoreFor } from './pdf-spare-cores.js';

/**
 * The reader (pdf.ts, pdf.js's loader and the text worker's patches) is imported where PDFs are
 * parsed: in a worker thread, or here when parsing falls back to this thread. The pool's own thread
 * never loads it otherwise (~15 ms of CPU, and the first worker thread starts that much sooner).
 */
const reader = () => import('./pdf.js');
const parseHere = (data: Buffer): Promise<RawPdf> =>
  reader().then(
    (m) => m.parsePdf(data),
    // The reader's own modules cannot be loaded (a broken install): the PDF is not read, never passed.
    (e: unknown): RawPdf => ({ pages: null, encrypted: false, pageTexts: null, title: null, created: null, modified: null, error: { code: 'corrupt', detail: `PDF reader unavailable: ${e instanceof Error ? e.message : String(e)}` } }),
  );

interface Job {
  id: number;
  data: Uint8Array;
}
interface Reply {
  id: number;
  result: RawPdf;
}

/** V8 young-generation size of a PDF worker thread (MB): measured, 8 keeps the speed of 48. */
const YOUNG_GENERATION_MB = 8;

/**
 * PDFs waiting (beyond those being parsed) before another worker thread is started. Each thread
 * pays a fixed price before its PDFs get fast (start ~35 ms, pdf.js ~25 ms, its first PDFs run
 * unoptimised while V8 optimises pdf.js again in the background: ~0.3 s of CPU in all), in which a
 * warm thread reads about a dozen reports: a second thread for fewer is CPU spent for no time won.
 * It also needs an idle core (pdf-spare-cores.ts): on a machine whose cores are busy it would
 * only compete with the first.
 */
export const SPAWN_BACKLOG = 12;

/** Default wall-clock limit for one PDF. */
export const PDF_TIMEOUT_MS = 120_000;

// ------------------------------------------------------------------ worker side
if (!isMainThread && parentPort && process.env.LEDGER_CHECK_PDF_WORKER === '1') {
  const port = parentPort;
  // Ready once the reader's modules are in (a thread that cannot load them never started); jobs
  // sent before then wait in the port.
  // pdf.js itself is loaded by the first PDF the fast path (pdf-fast.ts) hands to it: a thread
  // that only meets office-suite PDFs never loads it (nor pays V8's warm-up of it).
  void reader().then(({ parsePdf }) => {
    port.postMessage({ ready: true });
    port.on('message', (job: Job) => {
      void parsePdf(Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength)).then((result) => {
        port.postMessage({ id: job.id, result } satisfies Reply);
      });
    });
  });
}

// ------------------------------------------------------------------ main side
/** The compiled worker script, or null when running from TypeScript sources (looked up once: a URL conversion and a stat). */
let workerScriptFound: string | null | undefined;
const workerScript = (): string | null => (workerScriptFound === undefined ? (workerScriptFound = compiledSelf(import.meta.url)) : workerScriptFound);

const configuredThreads = () => threadCount('LEDGER_CHECK_PDF_THREADS', (cores) => Math.max(1, Math.min(4, cores)));

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Has loaded (sent 'ready'): a worker that dies before that could not start at all. */
  served: boolean;
}
interface Pending {
  job: Job;
  /** The caller's bytes (the job's copy is transferred to the worker): for the in-thread fallback. */
  original: Buffer;
  resolve: (r: RawPdf) => void;
  timer?: NodeJS.Timeout;
  slot?: Slot;
}

class PdfPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private running = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Workers cannot start here (bad execArgv, missing file …): parse in-thread from now on. */
  broken = false;
  /** A further thread failed to start while others run: keep those, start no more. */
  private full = false;
  /** The machine's idle cores, measured from the first thread's start (pdf-spare-cores.ts). */
  private meter: IdleMeter | null = null;
  /** A later look at the idle cores while PDFs wait and no further thread has started. */
  private recheckTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly timeoutMs: number,
    private readonly spawnBacklog = SPAWN_BACKLOG,
    /** Start a further thread only with an idle core for it (LEDGER_CHECK_PDF_IDLE_CHECK=0: always). */
    private readonly idleCheck = process.env.LEDGER_CHECK_PDF_IDLE_CHECK !== '0',
  ) {}

  /** Worker threads started and alive (tests). */
  get threads(): number {
    return this.slots.length;
  }

  run(data: Buffer): Promise<RawPdf> {
    // Copy into a transferable buffer: the caller's Buffer may live in Node's shared pool.
    const copy = new Uint8Array(data.byteLength);
    copy.set(data);
    return new Promise((resolve) => {
      this.queue.push({ job: { id: this.nextId++, data: copy }, original: data, resolve });
      this.pump();
    });
  }

  /** A new worker thread, or null when one cannot be made here (then the pool parses in-thread). */
  private spawn(): Slot | null {
    if (this.slots.length === 0 && this.idleCheck) this.meter = new IdleMeter(); // the window starts with the first thread
    const execArgv = workerExecArgv();
    let worker: Worker;
    try {
      // A small young generation: pdf.js makes short-lived objects by the million; with V8's
      // default (48 MB per thread) each worker held ~20 MB more at its peak for no speed.
      worker = new Worker(this.script, { env: { ...process.env, LEDGER_CHECK_PDF_WORKER: '1' }, execArgv, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    } catch {
      // e.g. Node flags a worker refuses (ERR_WORKER_INVALID_EXEC_ARGV): not the PDF's fault.
      // With no thread at all, parse in-thread from now on; with threads running, keep them (the
      // queue waits for them, under their time limit) and start no more.
      if (this.slots.length === 0) this.broken = true;
      else this.full = true;
      return null;
    }
    worker.unref();
    const slot: Slot = { worker, busy: false, served: false };
    worker.on('message', (reply: Reply | { ready: true }) => {
      if ('ready' in reply) slot.served = true;
      else this.finish(reply.id, reply.result, slot);
    });
    worker.on('error', (err) => this.crash(slot, err.message));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) this.crash(slot, `worker exited with code ${code}`);
    });
    this.slots.push(slot);
    return slot;
  }

  private pump(): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    if (this.broken) {
      for (const p of this.queue.splice(0)) void parseHere(p.original).then(p.resolve);
      return;
    }
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy) ?? null;
      // The first thread at once; another only for a backlog worth its start (SPAWN_BACKLOG).
      // After a failed start (`full`) only when no thread is left (a crash took it): never a stalled queue.
      // A further one also needs an idle core (spareCore).
      if (!slot && (!this.full || this.slots.length === 0) && this.slots.length < this.size && (this.slots.length === 0 || (this.queue.length >= this.spawnBacklog && this.spareCore()))) {
        slot = this.spawn();
        if (!slot && this.broken) return this.pump(); // cannot start threads: parse the queue here
      }
      if (!slot) return;
      const p = this.queue.shift()!;
      slot.busy = true;
      slot.worker.ref(); // keep the process alive while a PDF is being parsed
      p.slot = slot;
      p.timer = setTimeout(() => this.timeout(p), this.timeoutMs);
      this.running.set(p.job.id, p);
      slot.worker.postMessage(p.job, [p.job.data.buffer as ArrayBuffer]);
    }
    this.scheduleIdle();
  }

  /**
   * Is a core idle for a further thread? Measured over the machine since the first thread started;
   * until the first window has passed, and while none is idle, looked at again a window later as
   * long as PDFs wait (not at every queued or finished PDF in between).
   */
  private spareCore(): boolean {
    if (!this.idleCheck) return true;
    // A look is already due (recheckTimer): the meter gives nothing new before its window has
    // passed, and reading os.cpus() at every queued or finished PDF cost the pool's thread ~0.6 ms
    // each (64 ms of CPU while 100 PDFs were queued, when the first thread needs them sent).
    if (this.recheckTimer) return false;
    this.meter ??= new IdleMeter();
    const spare = spareCoreFor(this.meter.read());
    if (spare === true) return true;
    if (!this.recheckTimer) {
      this.recheckTimer = setTimeout(() => {
        this.recheckTimer = null;
        if (this.queue.length > 0) this.pump();
      }, IDLE_WINDOW_MS);
      this.recheckTimer.unref();
    }
    return false;
  }

  private finish(id: number, result: RawPdf, slot: Slot): void {
    const p = this.running.get(id);
    if (!p) return;
    this.running.delete(id);
    clearTimeout(p.timer);
    slot.busy = false;
    slot.worker.unref();
    p.resolve(result);
    this.pump();
  }

  private fail(slot: Slot, detail: string): void {
    for (const [id, p] of this.running) {
      if (p.slot !== slot) continue;
      this.running.delete(id);
      clearTimeout(p.timer);
      p.resolve({ pages: null, encrypted: false, pageTexts: null, title: null, created: null, modified: null, error: { code: 'corrupt', detail } });
    }
  }

  private crash(slot: Slot, detail: string): void {
    this.slots = this.slots.filter((s) => s !== slot);
    if (!slot.served) {
      // The worker never started: not the PDF's fault. Parse its jobs here and stop spawning.
      this.broken = true;
      for (const [id, p] of this.running) {
        if (p.slot !== slot) continue;
        this.running.delete(id);
        clearTimeout(p.timer);
        void parseHere(p.original).then(p.resolve);
      }
    } else {
      this.fail(slot, `PDF parser crashed: ${detail}`);
    }
    this.pump();
  }

  private timeout(p: Pending): void {
    const slot = p.slot;
    if (!slot) return;
    this.slots = this.slots.filter((s) => s !== slot);
    this.fail(slot, `parsing took longer than ${Math.round(this.timeoutMs / 1000)} s`);
    void slot.worker.terminate();
    this.pump();
  }

  /** Idle workers are unref'd, so they never keep the process alive; close them after a while anyway. */
  private scheduleIdle(): void {
    if (this.running.size > 0 || this.queue.length > 0 || this.slots.length === 0) return;
    this.idleTimer = setTimeout(() => void this.close(), 5_000);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = null;
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

let pool: PdfPool | null = null;

/** How PDFs are being parsed in this process: 'threads' (worker pool) or 'in-thread'. */
export function pdfParsingMode(): 'threads' | 'in-thread' {
  return workerScript() !== null && configuredThreads() > 0 && !pool?.broken ? 'threads' : 'in-thread';
}

/** Parse a PDF in the worker pool when available, else on this thread. Never throws. */
export async function parsePdfOffThread(data: Buffer, opts: { timeoutMs?: number } = {}): Promise<RawPdf> {
  const script = workerScript();
  const threads = configuredThreads();
  if (script === null || threads === 0 || !isMainThread) return parseHere(data);
  pool ??= new PdfPool(script, threads, opts.timeoutMs ?? PDF_TIMEOUT_MS);
  return pool.run(data);
}

/** Worker threads the pool has started and not lost (0 without a pool). */
export function pdfPoolThreads(): number {
  return pool?.threads ?? 0;
}

/** Stop the worker pool (tests, benchmarks). Safe to call when no pool exists. */
export async function closePdfPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
