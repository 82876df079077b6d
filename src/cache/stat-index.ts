/**
 * The stat index, as git's: per checked folder, each file's relative path with its size, mtime
 * and ctime (ns) and inode → the content hash (and the container discovery sniffed, and the
 * digests the duplicate check took). A file whose stat is unchanged is not read at all.
 *
 * Racy files (git's "racy clean" problem): a file changed again within the same mtime tick as
 * our read of it would keep its stat. So an entry is written only for a file whose mtime is older
 * than the start of the run by more than RACY_MARGIN_NS (2 s FAT timestamps included); a newer
 * one is hashed again next time. The clocks of a network drive must agree with this machine's
 * within that margin.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Container, FileStat } from '../types.js';
import { keyedString, type HashKeys } from './hash.js';
import { realPath } from '../util/inside.js';
import { writeAtomic } from './atomic.js';

export const INDEX_DIR = 'index';
export const RACY_MARGIN_NS = 3_000_000_000n;
const FORMAT = 1;
const MAX_INDEX_BYTES = 512 * 1024 * 1024;

export interface IndexEntry {
  size: number;
  stat: FileStat;
  hash: string;
  container: Container;
  /** Digests of this content taken for the duplicate check (src/extract/photo-fingerprint.ts). */
  partial?: string;
  sha256?: string;
}

type Row = [string, number, string, string, string, string, string, string | null, string | null];

const DEC = /^\d{1,30}$/;
const HEX32 = /^[0-9a-f]{32}$/;
const HEX64 = /^[0-9a-f]{64}$/;
const CONTAINER = /^[a-z0-9-]{1,16}$/;

/** The index file of a checked folder (named by a keyed hash of its real path: no path in clear). */
export function indexPath(root: string, keys: HashKeys, checked: string, part?: string): string {
  return path.join(root, INDEX_DIR, keyedString(keys, `index|${realPath(checked)}${part ? `|${part}` : ''}`));
}

function fromRow(r: unknown): [string, IndexEntry] | null {
  if (!Array.isArray(r) || r.length !== 9) return null;
  const [p, size, mtimeNs, ctimeNs, ino, hash, container, partial, sha256] = r as Row;
  if (typeof p !== 'string' || !Number.isSafeInteger(size) || size < 0) return null;
  if (![mtimeNs, ctimeNs, ino].every((x) => typeof x === 'string' && DEC.test(x))) return null;
  if (typeof hash !== 'string' || !HEX32.test(hash) || typeof container !== 'string' || !CONTAINER.test(container)) return null;
  if (partial !== null && (typeof partial !== 'string' || !HEX64.test(partial))) return null;
  if (sha256 !== null && (typeof sha256 !== 'string' || !HEX64.test(sha256))) return null;
  const e: IndexEntry = { size, stat: { mtimeNs, ctimeNs, ino }, hash, container: container as Container };
  if (partial) e.partial = partial;
  if (sha256) e.sha256 = sha256;
  return [p, e];
}

/** The index of a checked folder; an unreadable or unsound file is an empty index, bad rows are dropped. */
export function loadIndex(file: string): Map<string, IndexEntry> {
  const out = new Map<string, IndexEntry>();
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_INDEX_BYTES) return out;
    const x = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: unknown; entries?: unknown };
    if (!x || x.format !== FORMAT || !Array.isArray(x.entries)) return out;
    for (const r of x.entries) {
      const e = fromRow(r);
      if (e) out.set(e[0], e[1]);
    }
  } catch {
    /* no index yet, or garbage: every file is hashed */
  }
  return out;
}

export async function saveIndex(file: string, entries: Map<string, IndexEntry>): Promise<number> {
  const rows: Row[] = [...entries].map(([p, e]) => [p, e.size, e.stat.mtimeNs, e.stat.ctimeNs, e.stat.ino, e.hash, e.container, e.partial ?? null, e.sha256 ?? null]);
  const text = JSON.stringify({ format: FORMAT, entries: rows });
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeAtomic(file, text);
    return Buffer.byteLength(text);
  } catch {
    return 0;
  }
}

export function sameStat(e: IndexEntry, size: number, s: FileStat): boolean {
  return e.size === size && e.stat.mtimeNs === s.mtimeNs && e.stat.ctimeNs === s.ctimeNs && e.stat.ino === s.ino;
}

/** Changed too recently to trust its stat next time (see above). */
export function isRacy(s: FileStat, runStartNs: bigint): boolean {
  return BigInt(s.mtimeNs) >= runStartNs - RACY_MARGIN_NS || BigInt(s.ctimeNs) >= runStartNs - RACY_MARGIN_NS;
}

/** The stat the index compares, from a bigint stat. */
export function fileStat(st: fs.BigIntStats): FileStat {
  return { mtimeNs: st.mtimeNs.toString(), ctimeNs: st.ctimeNs.toString(), ino: st.ino.toString() };
}
