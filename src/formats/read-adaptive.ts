/**
 * Header reads on the calling thread while the page cache serves them. A read through libuv's
 * pool costs a hand-off to a pool thread and back (a futex wake, a context switch, an eventfd
 * write, a promise): for a 64 KB header already in memory that is several times the read itself.
 * The photo check opened, read and closed each photo twice this way (discovery's sniff, then the
 * extractor) and spent about a fifth of its CPU time in the hand-offs.
 *
 * So a file is opened and read synchronously while such calls are fast. A call slower than
 * SLOW_NS (plus the time its length takes from memory) means the disk is being waited on, or that
 * this thread lost its core to other work on a busy machine: either way reads in flight on the
 * pool's threads finish sooner than one after another here (a cold folder keeps the disk busy; on
 * a shared machine the read-only sync version was 1.3× slower in wall time for 0.88× the CPU), so
 * the next SLOW_SPELL files go through the pool, after which one is tried here again. Either way
 * the bytes are the same: only who waits changes.
 */
import fs from 'node:fs';
import { openForRead, SAFE_OPEN, type OpenFile } from './read.js';

/** A read from memory: under 0.5 ms plus 1 ns per byte (1 GB/s; the page cache copies 5–10). */
const SLOW_NS = 500_000n;
/** After a slow call, this many files are opened through the pool before the next sync attempt. */
const SLOW_SPELL = 64;

const disabled = () => process.env.LEDGER_CHECK_SYNC_READS === '0';
let slowNs = SLOW_NS;
let asyncLeft = disabled() ? Number.POSITIVE_INFINITY : 0;

/** How the next file would be read ('sync' on the calling thread, 'pool' through libuv); for tests. */
export function readMode(): 'sync' | 'pool' {
  return asyncLeft > 0 ? 'pool' : 'sync';
}

/** Tests: start over, with `slowAfterNs` as the bound of a fast call (0: every call is slow). */
export function resetReadMode(slowAfterNs: bigint = SLOW_NS): void {
  slowNs = slowAfterNs;
  asyncLeft = disabled() ? Number.POSITIVE_INFINITY : 0;
}

/** Note how long a call took: after a slow one the next SLOW_SPELL files go through the pool. */
function timed(t0: bigint, bytes: number): void {
  if (process.hrtime.bigint() - t0 >= slowNs + (BigInt(bytes) * slowNs) / SLOW_NS) asyncLeft = SLOW_SPELL;
}

/**
 * openForRead's file, read on the calling thread while reads are fast (see above). Same
 * contract: readAt resolves with up to `len` bytes (shorter at the end), errors reject, close is
 * not awaited.
 */
export function openAdaptive(p: string | Buffer): Promise<OpenFile> {
  if (asyncLeft > 0) {
    asyncLeft--;
    return openForRead(p);
  }
  let fd: number;
  const t0 = process.hrtime.bigint();
  try {
    fd = fs.openSync(p, SAFE_OPEN);
  } catch (e) {
    return Promise.reject(e);
  }
  timed(t0, 0);
  let closed = false;
  const file: OpenFile = {
    readAt(pos, len) {
      if (closed) return Promise.reject(new Error('file closed'));
      // Not zero-filled: every byte handed on is one the read returned.
      const b = Buffer.allocUnsafe(len);
      if (len === 0) return Promise.resolve(b);
      const t = process.hrtime.bigint();
      let n: number;
      try {
        n = fs.readSync(fd, b, 0, len, pos);
      } catch (e) {
        return Promise.reject(e);
      }
      timed(t, n);
      return Promise.resolve(n === len ? b : b.subarray(0, n));
    },
    size() {
      if (closed) return Promise.reject(new Error('file closed'));
      try {
        return Promise.resolve(fs.fstatSync(fd).size);
      } catch (e) {
        return Promise.reject(e);
      }
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        fs.closeSync(fd);
      } catch {
        // nothing to release
      }
    },
  };
  return Promise.resolve(file);
}

/** The first `n` bytes of a file (fewer if it is shorter), read as openAdaptive reads. */
export async function readHeadAdaptive(abs: Buffer | string, n: number): Promise<Buffer> {
  const f = await openAdaptive(abs);
  try {
    return await f.readAt(0, n);
  } finally {
    f.close();
  }
}
