/**
 * Walk a folder with Buffer names, so GBK-named files (from Windows zips) stay reachable.
 * Returns files only, sorted by relative path; unreadable folders are reported, not thrown.
 */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeName, uniqueNames } from './names.js';
import type { FileStat } from '../types.js';

export interface WalkEntry {
  rel: string; // '/'-separated, decoded, NFC
  abs: Buffer;
  name: string;
  repaired: boolean;
  size: number;
  /** mtime, ctime (ns) and inode, for the fact cache's stat index. */
  stat?: FileStat;
}

export interface WalkResult {
  files: WalkEntry[];
  /** Every folder below the root (decoded, '/'-separated), empty ones included. */
  dirs: string[];
  problems: { rel: string; detail: string }[];
  ignored: string[];
}

const SEP = Buffer.from(path.sep);
/**
 * At most this many file-system calls (readdir, stat) at once, over the whole walk: a folder of
 * 100,000 files never has 100,000 stats (and their promises and buffers) in flight.
 */
export const WALK_CONCURRENCY = 32;

/** A stat slower than this (1 ms) is not served from memory: the walk's stats then go in parallel. */
const SLOW_STAT_NS = 1_000_000n;

/** A listed file with its size (and, from a bigint stat, what the fact cache's stat index compares). */
function entryOf(f: Omit<WalkEntry, 'size'>, st: fsSync.Stats | fsSync.BigIntStats): WalkEntry {
  // The listed entry becomes the walk's entry (no copy per file: a folder of 150,000 files made
  // 150,000 of them to drop).
  const e = f as WalkEntry;
  if (typeof st.size !== 'bigint') {
    e.size = st.size;
    return e;
  }
  const b = st as fsSync.BigIntStats;
  e.size = Number(b.size);
  e.stat = { mtimeNs: b.mtimeNs.toString(), ctimeNs: b.ctimeNs.toString(), ino: b.ino.toString() };
  return e;
}

/** Run `fn` over `items` with at most `n` running, without a promise per item made up front. */
async function eachLimited<T>(items: readonly T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

export interface WalkOptions {
  /**
   * Keep each file's mtime, ctime and inode (the fact cache's stat index needs them); false: size
   * only, and three fewer strings per file held for the whole run.
   */
  stat?: boolean;
  /** A stat slower than this switches the walk to parallel stats (default SLOW_STAT_NS; tests: 0n). */
  slowStatNs?: bigint;
}

export async function walk(root: string, ignore: (name: string, rel: string, isDir: boolean) => boolean, opts: WalkOptions = {}): Promise<WalkResult> {
  const keepStat = opts.stat ?? true;
  /** A stat took longer than SLOW_STAT_NS: from then on sizes are asked for together. */
  let slowStats = false;
  const slowStatNs = opts.slowStatNs ?? SLOW_STAT_NS;
  const out: WalkResult = { files: [], dirs: [], problems: [], ignored: [] };
  // One budget of file-system calls shared by every folder being listed.
  let active = 0;
  const waiting: (() => void)[] = [];
  const fsCall = async <T>(call: () => Promise<T>): Promise<T> => {
    if (active >= WALK_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await call();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
  async function visit(absDir: Buffer, relDir: string, depth: number): Promise<void> {
    if (depth > 32) {
      out.problems.push({ rel: relDir, detail: 'too-deep' });
      return;
    }
    let entries: import('node:fs').Dirent<Buffer>[];
    try {
      entries = await fsCall(() => fs.readdir(absDir, { withFileTypes: true, encoding: 'buffer' }));
    } catch (e) {
      out.problems.push({ rel: relDir || '.', detail: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    let names = entries.map((d) => decodeName(d.name));
    // Each entry's name, unique in the folder (NFC/NFD twins as written; a GBK twin numbered).
    let shown = uniqueNames(names, entries.map((d) => d.name));
    const files: Omit<WalkEntry, 'size'>[] = [];
    const subdirs: [Buffer, string][] = [];
    const links: [Buffer, string][] = [];
    for (const [i, d] of entries.entries()) {
      const decoded = names[i]!;
      const name = shown[i]!;
      const { repaired } = decoded;
      const rel = relDir ? `${relDir}/${name}` : name;
      const abs = Buffer.concat([absDir, SEP, d.name]);
      if (ignore(name, rel, d.isDirectory())) {
        out.ignored.push(rel);
        continue;
      }
      // Types come from readdir (lstat when the file system does not say): nothing below is
      // opened or followed. A link is never followed, wherever it points; a FIFO, socket or
      // device is never opened (opening a FIFO blocks). Each is reported.
      if (d.isSymbolicLink()) {
        links.push([abs, rel]);
      } else if (d.isDirectory()) {
        out.dirs.push(rel);
        subdirs.push([abs, rel]);
      } else if (d.isFile()) {
        files.push({ rel, abs, name, repaired });
      } else {
        out.problems.push({ rel, detail: `special:${specialType(d)}` });
      }
    }
    // The listing (a Dirent and a name Buffer per entry) is not needed past this point.
    entries = [];
    names = [];
    shown = [];
    await Promise.all(links.map(async ([abs, rel]) => out.problems.push({ rel, detail: `link:${await linkTarget(abs, rootReal)}` })));
    // Sizes: one stat after another while the metadata comes from memory (each well under
    // SLOW_STAT_NS: 1,380 files cost 12 ms of CPU instead of 60–100 through the thread pool).
    // Once one is slow (a cold cache, a network drive), the rest of the walk asks for a folder's
    // sizes together (one by one, a cold folder of 2,000 photos spent most of its walk waiting on
    // the disk), within the walk's budget.
    let next = 0;
    for (; next < files.length && !slowStats; next++) {
      const f = files[next]!;
      const t0 = process.hrtime.bigint();
      try {
        out.files.push(entryOf(f, keepStat ? fsSync.statSync(f.abs, { bigint: true }) : fsSync.statSync(f.abs)));
      } catch (e) {
        out.problems.push({ rel: f.rel, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
      if (process.hrtime.bigint() - t0 >= slowStatNs) slowStats = true;
    }
    await eachLimited(files.slice(next), WALK_CONCURRENCY, async (f) => {
      try {
        if (keepStat) {
          out.files.push(entryOf(f, await fsCall(() => fs.stat(f.abs, { bigint: true }))));
        } else {
          out.files.push(entryOf(f, await fsCall(() => fs.stat(f.abs))));
        }
      } catch (e) {
        out.problems.push({ rel: f.rel, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
    });
    // Sibling folders are listed together too (the order is restored below).
    await eachLimited(subdirs, WALK_CONCURRENCY, ([abs, rel]) => visit(abs, rel, depth + 1));
  }
  const rootAbs = Buffer.from(path.resolve(root));
  const rootReal = await fs.realpath(rootAbs, { encoding: 'buffer' }).catch(() => rootAbs);
  await visit(rootAbs, '', 0);
  const byRel = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  out.files.sort(byRel);
  out.dirs.sort();
  out.ignored.sort();
  out.problems.sort(byRel);
  return out;
}

/** What kind of special file a directory entry is (raw value for the message catalog). */
export function specialType(d: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (d.isFIFO()) return 'fifo';
  if (d.isSocket()) return 'socket';
  if (d.isBlockDevice() || d.isCharacterDevice()) return 'device';
  return 'other';
}

/**
 * Where a link points, for the finding only (it is not followed): 'inside' or 'outside' the
 * checked root, 'dangling' (no target) or 'loop'. realpath reads links, it opens no file.
 */
async function linkTarget(abs: Buffer, rootReal: Buffer): Promise<string> {
  try {
    const real = await fs.realpath(abs, { encoding: 'buffer' });
    const inside = real.equals(rootReal) || (real.length > rootReal.length && real.subarray(0, rootReal.length).equals(rootReal) && real[rootReal.length] === SEP[0]);
    return inside ? 'inside' : 'outside';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? 'loop' : code === 'ENOENT' || code === 'ENOTDIR' ? 'dangling' : 'unknown';
  }
}
