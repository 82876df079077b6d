/**
 * Where the review record lives and how it is touched: found walking up from ABOVE the checked
 * folder (a record inside the material is never read), entries scoped to the checked folder, the
 * named files hashed, and the record rewritten atomically (temp file + fsync + rename).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { realPath } from '../util/inside.js';
import type { ReviewEntry } from './schema.js';
import type { ScopedEntry } from './apply.js';

/** The review record for checking `root`: the nearest one above it (never inside it). */
export { findReviewFile } from '../rules/files.js';
export { isInside } from '../util/inside.js';

/** The entry's file relative to the checked root ('/', NFC), or null when outside it. */
export function scopeEntries(entries: (ReviewEntry & { line: number })[], reviewFile: string, root: string): ScopedEntry[] {
  const dir = path.dirname(realPath(reviewFile));
  const top = realPath(root);
  return entries.map((e) => {
    const rel = path.relative(top, path.resolve(dir, e.file));
    const out = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
    return { ...e, path: out ? null : rel.split(path.sep).join('/').normalize('NFC') };
  });
}

/** The path to write into an entry: `file` relative to the review file's folder, with '/'. */
export function entryPath(file: string, reviewFile: string): string {
  return path.relative(path.dirname(realPath(reviewFile)), realPath(file)).split(path.sep).join('/').normalize('NFC');
}

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
