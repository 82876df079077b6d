/**
 * Where the review record lives and how it is touched: found walking up from ABOVE the checked
 * folder (a record inside the material is never read), entries scoped to the checked folder, the
 * named files hashed, and the record rewritten atomically (temp file + fsync + rename).
 */
import fs from 'node:fs';
import path from 'node:path';
import { realPath } from '../util/inside.js';
import type { ReviewEntry } from './schema.js';
import type { ScopedEntry } from './apply.js';

/** The review record for checking `root`: the nearest one above it (never inside it). */
export { findReviewFile } from '../rules/files.js';
export { isInside } from '../util/inside.js';
export { sha256File, writeAtomic } from '../util/files.js';

/**
 * The entry's file relative to the checked root ('/', NFC), or null when outside it. An entry
 * outside it whose file exists nowhere is marked `missing` (a path written relative to the wrong
 * folder — the checked one, or the unit's — was left alone without a word): with `suggest`, the
 * path relative to the record of the checked folder's file its tail names, when there is one.
 * One whose folder is another unit's (outside the checked folder, not above it) is that unit's.
 */
export function scopeEntries(entries: (ReviewEntry & { line: number })[], reviewFile: string, root: string): ScopedEntry[] {
  const dir = path.dirname(realPath(reviewFile));
  const top = realPath(root);
  const outside = (rel: string) => rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return entries.map((e) => {
    const rel = path.relative(top, path.resolve(dir, e.file));
    if (!outside(rel)) {
      const inside = { ...e, path: rel.split(path.sep).join('/').normalize('NFC') };
      return isFolder(path.resolve(dir, e.file)) ? { ...inside, folder: true as const } : inside;
    }
    const abs = path.resolve(dir, e.file);
    if (exists(abs)) return { ...e, path: null };
    const suggest = suggestInside(e.file, dir, top);
    if (suggest) return { ...e, path: null, missing: true, suggest };
    // final-review20: another folder's entry whose file is gone (renamed, deleted) — its folder is there,
    // beside the checked one — is that folder's matter, left alone as its live entries are (its own run
    // reports it); it was told as a path "written relative to the wrong folder", which it is not.
    if (anotherFolders(path.dirname(abs), top, dir)) return { ...e, path: null };
    return { ...e, path: null, missing: true };
  });
}

/**
 * Whether `folder` is a real folder outside the checked one that is neither above it nor the record's
 * own folder: a path written from the wrong folder lands in a folder that is nowhere (县教育局/… beside
 * the record when the units sit under 台账), in the record's folder (a bare file name) or in one above
 * the checked folder; an entry whose folder is another unit's was written right.
 */
function anotherFolders(folder: string, top: string, recordDir: string): boolean {
  if (folder === recordDir) return false;
  const up = path.relative(folder, top);
  if (up === '' || (!up.startsWith(`..${path.sep}`) && up !== '..' && !path.isAbsolute(up))) return false; // above the checked folder
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a path names a folder (following links, as the walk does). */
function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a path names something (a file the process may not read still exists). */
function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

/**
 * The checked folder's file that a path written from the wrong folder means: the written path, or
 * its longest tail, taken inside the checked folder (台账/县卫健委/移交签单.jpg for 县卫健委/移交签单.jpg
 * written beside 台账, and the other way round), as the record must name it. A few lstat calls.
 * final-review20: only a file whose path from the record and the written one end alike (one the
 * other's tail) is meant — in a run on one unit, a county record's entry for another unit's file
 * that is gone (台账/县卫健委/移交签单.jpg, renamed) suggested this unit's 台账/县教育局/移交签单.jpg.
 */
function suggestInside(written: string, dir: string, top: string): string | null {
  const parts = written.split('/').filter((x) => x && x !== '.');
  if (parts.includes('..')) return null;
  const nfc = parts.map((x) => x.normalize('NFC'));
  // One list of path parts ends with the other.
  const endsAlike = (a: string[], b: string[]) => {
    const [long, short] = a.length >= b.length ? [a, b] : [b, a];
    return short.every((x, i) => long[long.length - short.length + i] === x);
  };
  for (let i = 0; i < parts.length; i++) {
    const abs = path.join(top, ...parts.slice(i));
    try {
      if (!fs.lstatSync(abs).isFile()) continue;
    } catch {
      continue; // not there: a shorter tail
    }
    const meant = path.relative(dir, abs).split(path.sep).join('/').normalize('NFC');
    if (endsAlike(nfc, meant.split('/').filter((x) => x && x !== '..'))) return meant;
  }
  return null;
}

/** The path to write into an entry: `file` relative to the review file's folder, with '/'. */
export function entryPath(file: string, reviewFile: string): string {
  return path.relative(path.dirname(realPath(reviewFile)), realPath(file)).split(path.sep).join('/').normalize('NFC');
}
