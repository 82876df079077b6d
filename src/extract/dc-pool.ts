/**
 * JPEG DC hashing off the main thread. A photo with no faithful EXIF thumbnail (a forwarded
 * 1280 px copy, typically) is hashed from its own DC coefficients: a few milliseconds of
 * Huffman decoding in JavaScript, which on the main thread held up every other photo's reads.
 * A small pool of worker_threads (one per spare core, at most four) does it instead; the bytes
 * are transferred, not copied, and handed back when the reader declines the file so that the
 * caller can decode it with sharp.
 *
 * This module is both the pool and the worker entry. The worker script is this module's own
 * compiled file; from TypeScript sources (vitest), with LEDGER_CHECK_DC_THREADS=0, or when a
 * worker cannot start, hashing runs on the calling thread: same results, no parallelism.
 */
import { compiledSelf, threadCount, workerExecArgv } from './worker-thread.js';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { dhashJpegDc } from './dhash.js';

interface Job {
  id: number;
  data: Uint8Array;
  orientation: number | null;
}
interface Reply {
  id: number;
  hash: string | null;
  /** The bytes again, when the hash could not be read from them. */
  data: Uint8Array | null;
}
const ROLE = 'ledger-check:dc-hash';

function hashBytes(data: Uint8Array, orientation: number | null): string | null {
  try {
    return dhashJpegDc(Buffer.from(data.buffer, data.byteOffset, data.byteLength), orientation);
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ worker side
if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === ROLE) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    const hash = hashBytes(job.data, job.orientation);
    if (hash) port.postMessage({ id: job.id, hash, data: null } satisfies Reply);
    else port.postMessage({ id: job.id, hash: null, data: job.data } satisfies Reply, [job.data.buffer as ArrayBuffer]);
  });
}

// ------------------------------------------------------------------ main side
const workerScript = () => compiledSelf(import.meta.url);

const configuredThreads = () => threadCount('LEDGER_CHECK_DC_THREADS', (cores) => Math.max(1, Math.min(4, cores - 1)));

export interface DcResult {
  hash: string | null;
  /** The caller's bytes, or null when they were transferred and not handed back (a crash). */
  data: Buffer | null;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, (r: DcResult) => void>;
}

class DcPool {
  private slots: Slot[] = [];
  private next = 0;
  private ids = 1;
  broken = false;

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  run(data: Buffer, orientation: number | null): Promise<DcResult> {
    if (this.broken) return Promise.resolve({ hash: hashBytes(data, orientation), data });
    let slot: Slot;
    try {
      slot = this.slot();
    } catch {
      // No worker can start here (new Worker throws, e.g. on a Node flag workers refuse, such as
      // --perf-basic-prof): hash on this thread from now on, the same hashes. Thrown on, every
      // thumbnail lost its hash and every photo was decoded whole by sharp instead.
      this.broken = true;
      return Promise.resolve({ hash: hashBytes(data, orientation), data });
    }
    // Only bytes that own their whole ArrayBuffer are transferred: a small Buffer lives in Node's
    // shared pool (newer Node refuses to transfer it), so such bytes are copied first.
    const own = data.byteOffset === 0 && data.buffer.byteLength === data.byteLength ? data : copyOf(data);
    const id = this.ids++;
    return new Promise((resolve) => {
      slot.jobs.set(id, resolve);
      slot.worker.ref(); // keep the process alive while a hash is outstanding
      try {
        slot.worker.postMessage({ id, data: own, orientation } satisfies Job, [own.buffer as ArrayBuffer]);
      } catch {
        // Not sent (the bytes could not be transferred): hash them here.
        slot.jobs.delete(id);
        if (slot.jobs.size === 0) slot.worker.unref();
        resolve({ hash: hashBytes(data, orientation), data });
      }
    });
  }

  waiting(): number {
    let n = 0;
    for (const s of this.slots) n += s.jobs.size;
    return n;
  }

  private slot(): Slot {
    if (this.slots.length < this.size) return this.spawn();
    // Round-robin: the jobs are alike, and a worker's queue is its message port.
    return this.slots[this.next++ % this.slots.length]!;
  }

  private spawn(): Slot {
    const execArgv = workerExecArgv();
    const worker = new Worker(this.script, { workerData: { role: ROLE }, execArgv });
    worker.unref();
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (r: Reply) => {
      const done = slot.jobs.get(r.id);
      if (!done) return;
      slot.jobs.delete(r.id);
      if (slot.jobs.size === 0) worker.unref();
      done({ hash: r.hash, data: r.data ? Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength) : null });
    });
    const lost = () => {
      // The worker failed (it could not start, or crashed): its jobs get no hash and the caller
      // decodes from the file; no more workers are started.
      this.broken = true;
      this.slots = this.slots.filter((s) => s !== slot);
      for (const done of slot.jobs.values()) done({ hash: null, data: null });
      slot.jobs.clear();
    };
    worker.on('error', lost);
    worker.on('exit', () => {
      if (slot.jobs.size > 0 || this.slots.includes(slot)) lost();
    });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

let pool: DcPool | null = null;

/** A copy in an ArrayBuffer of its own (never Node's shared pool, which cannot be transferred). */
function copyOf(data: Buffer): Buffer {
  const u = new Uint8Array(data.byteLength);
  u.set(data);
  return Buffer.from(u.buffer);
}

/** How DC hashes are computed in this process: 'threads' (worker pool) or 'in-thread'. */
export function dcHashingMode(): 'threads' | 'in-thread' {
  return workerScript() !== null && configuredThreads() > 0 && isMainThread && !pool?.broken ? 'threads' : 'in-thread';
}

/**
 * dHash of a baseline JPEG from its DC coefficients, on a worker thread when one is available.
 * `data` may be transferred: use the returned `data` afterwards (null: read the file again).
 */
export function dhashJpegDcOffThread(data: Buffer, orientation: number | null): Promise<DcResult> {
  const script = workerScript();
  const threads = configuredThreads();
  if (script === null || threads === 0 || !isMainThread) return Promise.resolve({ hash: hashBytes(data, orientation), data });
  pool ??= new DcPool(script, threads);
  return pool.run(data, orientation);
}

/**
 * Hashes sent to the workers and not yet answered (0 without a pool). A small job (an EXIF
 * thumbnail) is worth sending only while the workers keep up; behind a queue the calling thread,
 * which would wait for it, hashes it sooner itself.
 */
export function dcJobsWaiting(): number {
  return pool?.waiting() ?? 0;
}

/** Stop the workers (tests, benchmarks). Safe to call when none exist. */
export async function closeDcPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
