/**
 * Where the review record lives and how it is touched: found walking up from ABOVE the checked
 * folder (a record inside the material is never read), entries scoped to the checked folder, the
 * named files hashed, and the record rewritten atomically (temp file + fsync + rename).
 */
import path from 'node:path';
import { realPath } from '../util/inside.js';
import type { ReviewEntry } from './schema.js';
import type { ScopedEntry } from './apply.js';

/** The review record for checking `root`: the nearest one above it (never inside it). */
export { findReviewFile } from '../rules/files.js';
export { isInside } from '../util/inside.js';
export { sha256File, writeAtomic } from '../util/files.js';

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
