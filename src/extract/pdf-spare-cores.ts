/**
 * Whether another PDF worker thread would get a core of its own. A further thread costs ~0.4 s of
 * CPU before its PDFs get fast (its start, pdf.js, V8 optimising pdf.js again for it, its first
 * PDFs unoptimised); it pays that back in wall time only when a core is idle for it. On a machine
 * whose cores are all busy (other jobs, or our own threads) it only competes with the first thread
 * for the same cores: measured on 2 busy vCPUs (load average 9–10), 100 reports took 0.74× the
 * CPU and 0.82× the wall time with one thread instead of two, 400 reports 0.90× / 1.05×.
 *
 * The measure is the machine's idle time (os.cpus(), every platform Node runs on) over a short
 * window while our first thread is already working, as GNU make's --load-average gates new jobs,
 * but on what is idle now, not a minute-long average that our own run and the one before it raise.
 */
import os from 'node:os';

/** Idle cores (0 … cores) a further thread needs, measured while the running threads work. */
export const SPARE_CORES_FOR_THREAD = 0.5;

/** Shortest window the idle share is measured over (os.cpus() counts in 10 ms ticks). */
export const IDLE_WINDOW_MS = 50;

export interface IdleSample {
  /** Milliseconds, monotonic. */
  at: number;
  /** Idle milliseconds summed over every core. */
  idleMs: number;
}

/** The machine's idle time now, or null where the platform does not report it (os.cpus() empty). */
export function sampleIdle(): IdleSample | null {
  const cpus = os.cpus();
  if (cpus.length === 0) return null;
  let idleMs = 0;
  for (const c of cpus) idleMs += c.times.idle;
  return { at: performance.now(), idleMs };
}

/**
 * Idle cores over the latest window of at least IDLE_WINDOW_MS: a number; 'wait' (with the
 * milliseconds left) until the first window has passed; 'unknown' where nothing is reported.
 */
export class IdleMeter {
  private start: IdleSample | null;
  private last: number | null = null;

  constructor(private readonly sample: () => IdleSample | null = sampleIdle) {
    this.start = sample();
  }

  read(): { cores: number } | { wait: number } | 'unknown' {
    if (this.start === null) return 'unknown';
    const now = this.sample();
    if (now === null) return 'unknown';
    const span = now.at - this.start.at;
    if (span >= IDLE_WINDOW_MS) {
      this.last = Math.max(0, (now.idleMs - this.start.idleMs) / span);
      this.start = now;
    }
    return this.last === null ? { wait: Math.max(1, Math.ceil(IDLE_WINDOW_MS - span)) } : { cores: this.last };
  }
}

/** A further thread may start: no idle measure on this platform, or at least SPARE_CORES_FOR_THREAD idle. */
export function spareCoreFor(reading: ReturnType<IdleMeter['read']>): boolean | 'wait' {
  if (reading === 'unknown') return true;
  if ('wait' in reading) return 'wait';
  return reading.cores >= SPARE_CORES_FOR_THREAD;
}
