/** File helpers shared by the review record, the OCR cache and the run: a streamed hash, an atomic write. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Opening never blocks on a FIFO put where a file was (the descriptor is then checked to be a regular file), nor follows a link put there (ELOOP). */
const SAFE_OPEN = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
/** Bytes hashed from each end of a file past MAX_HASHED_BYTES. */
const END_BYTES = 1 << 20;

/**
 * SHA-256 of a regular file, streamed (never the whole file in memory). A file larger than
 * `maxWhole` (callers pass MAX_HASHED_BYTES: a sparse file claiming 100 GB took minutes; a FIFO
 * blocked for ever) is
 * hashed by its size and its first and last MB only, under a label of its own: a review of such a
 * file still notices it replaced or resized, not an edit in its middle.
 */
export async function sha256File(p: string | Buffer, maxWhole: number): Promise<string> {
  const h = crypto.createHash('sha256');
  const fh = await fs.promises.open(p, SAFE_OPEN);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    if (st.size > maxWhole) {
      h.update(`ledger-check ends of a file of ${st.size} bytes\n`);
      const buf = Buffer.alloc(END_BYTES);
      for (const at of [0, st.size - END_BYTES]) {
        const { bytesRead } = await fh.read(buf, 0, END_BYTES, at);
        h.update(buf.subarray(0, bytesRead));
      }
      return h.digest('hex');
    }
    for await (const chunk of fh.createReadStream({ autoClose: false, highWaterMark: 1 << 20, end: maxWhole - 1 })) h.update(chunk as Buffer);
  } finally {
    await fh.close();
  }
  return h.digest('hex');
}

/** Write `text` to `target` so a reader sees the old file or the new one, never half of one. */
export function writeAtomic(target: string, text: string): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      /* already closed */
    }
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
