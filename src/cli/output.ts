/**
 * Output files: refused when they would land in the checked folder, written through a temporary
 * file and a rename in the output's own folder (a reader never sees half a report, and an
 * existing file is replaced, never written through).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeParents } from './io.js';
import { isInside, realPath } from '../util/inside.js';

/**
 * Would writing `file` touch the checked folder `root`? Yes when its real path (links followed,
 * dangling ones too) is inside root, or when a file already there is a hard link to (shares
 * device and inode with) a file inside root.
 */
export function outputTouchesRoot(file: string, root: string): boolean {
  if (isInside(file, root)) return true;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return false;
  }
  return st.isFile() && st.nlink > 1 && hasInode(realPath(root), st.dev, st.ino);
}

/** Is a file with this device and inode anywhere under `dir`? Links are not followed. */
function hasInode(dir: string, dev: number, ino: number): boolean {
  const stack: Buffer[] = [Buffer.from(dir)];
  while (stack.length) {
    const d = stack.pop()!;
    let entries: fs.Dirent<Buffer>[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = Buffer.concat([d, Buffer.from(path.sep), e.name]);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        try {
          const st = fs.lstatSync(p);
          if (st.dev === dev && st.ino === ino) return true;
        } catch {
          // gone since the listing: not a match
        }
      }
    }
  }
  return false;
}

/**
 * Can `file` be written, as far as can be told before a run? The errno code that writing it would
 * meet (EISDIR: the path is a folder; ENOTDIR: a part of the path is a file; EACCES/EPERM/EROFS:
 * its folder, or the nearest folder above that exists, is not writable), or null. Nothing is
 * created: a folder that does not exist yet is made when the report is written. A device or pipe
 * at the path (`/dev/stdout`) is written to as it is.
 */
export function outputProblem(file: string): string | null {
  const abs = path.resolve(file);
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return code ?? 'EIO';
  }
  if (st?.isDirectory()) return 'EISDIR';
  if (st && !st.isFile()) return null;
  // The nearest folder on the way that exists: it must be a folder, and one we may write in.
  for (let cur = path.dirname(abs); ; ) {
    let cst: fs.Stats | null = null;
    try {
      cst = fs.statSync(cur);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return code ?? 'EIO';
    }
    if (cst) {
      if (!cst.isDirectory()) return 'ENOTDIR';
      try {
        fs.accessSync(cur, fs.constants.W_OK | fs.constants.X_OK);
      } catch (e) {
        return (e as NodeJS.ErrnoException).code ?? 'EACCES';
      }
      return null;
    }
    const up = path.dirname(cur);
    if (up === cur) return 'ENOENT';
    cur = up;
  }
}

/**
 * Write `data` to `file`. A device or pipe already at the path (`/dev/stdout`, a FIFO) is written
 * to as it is; anything else goes through a new temporary file in the real folder of the output
 * and a rename over the real target (a link at the path is followed, not replaced). Text given in
 * pieces (a large report) is written piece by piece.
 */
export function writeOutput(file: string, data: string | Uint8Array | Iterable<string>): void {
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(file);
  } catch {
    st = null;
  }
  if (st && !st.isFile() && !st.isDirectory()) {
    if (typeof data === 'string' || data instanceof Uint8Array) fs.writeFileSync(file, data);
    else {
      const fd = fs.openSync(file, 'w');
      try {
        writePieces(fd, data);
      } finally {
        fs.closeSync(fd);
      }
    }
    return;
  }
  makeParents(path.dirname(path.resolve(file)));
  const target = realPath(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', st?.isFile() ? st.mode & 0o7777 : 0o666);
  try {
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) fs.writeFileSync(fd, data);
      else writePieces(fd, data);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Text given in pieces, written as it comes (never joined into one string). writeFileSync on the
 * descriptor writes each piece whole (it repeats short writes and throws ENOSPC), so a full disk
 * is an error and the half-written file is removed, never renamed into place.
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  for (const p of pieces) fs.writeFileSync(fd, p);
}
