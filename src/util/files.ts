/** File helpers shared by the review record, the OCR cache and the run: a streamed hash, an atomic write. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** SHA-256 of a regular file, streamed (never the whole file in memory). */
export async function sha256File(p: string | Buffer): Promise<string> {
  const h = crypto.createHash('sha256');
  const fh = await fs.promises.open(p, 'r');
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    for await (const chunk of fh.createReadStream({ autoClose: false, highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
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
