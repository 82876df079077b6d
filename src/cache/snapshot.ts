/**
 * The run snapshot: per checked folder, the records the last run of that folder used or made,
 * packed into one file (`snap-v1/<32 hex>`, named like the stat index by a keyed hash of the
 * folder's real path). A re-run of an unchanged drive then reads two files of the store (the stat
 * index and this) instead of one record file per material file: from a cold page cache each of
 * those is a disk read, and they cost more than the rest of the warm run's I/O.
 *
 * It is a copy, not the store: every record in it is also a record file (src/cache/record.ts),
 * and entries are looked up by the same content key (size + hash, extractor and tool version,
 * options), so it can only answer what the store would. Line 1 is a header (format, a keyed
 * checksum of line 2), line 2 a JSON array of [key, record]. A snapshot that is cut off, edited,
 * of another format or over the size bound is not used at all (the record files answer, and the
 * run writes a new snapshot; a run whose records would be over the bound writes none and removes
 * the old one); an entry of the wrong extractor, version or shape is a miss.
 * Written atomically after the run, only when what it holds changed: of two runs of the same
 * folder at once, the last one's snapshot stays, and either is sound.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FactRecord } from '../types.js';
import type { ExtractorId } from '../extract/version.js';
import { keyedBytes, keyedString, type HashKeys } from './hash.js';
import { soundRecord } from './record.js';
import { realPath } from '../util/inside.js';
import { writeAtomic } from './atomic.js';

export const SNAPSHOT_DIR = 'snap-v1';
const FORMAT = 1;
/** A snapshot bigger than this is not read (the store's default bound is 512 MB). */
const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

export function snapshotPath(root: string, keys: HashKeys, checked: string, part?: string): string {
  return path.join(root, SNAPSHOT_DIR, keyedString(keys, `snapshot|${realPath(checked)}${part ? `|${part}` : ''}`));
}

export class Snapshot {
  private readonly checked = new Map<string, FactRecord | null>();

  private constructor(private readonly raw: Map<string, unknown>) {}

  static empty(): Snapshot {
    return new Snapshot(new Map());
  }

  /** The snapshot in `file`, or an empty one when it is missing or not sound. Never throws. */
  static load(file: string, keys: HashKeys): Snapshot {
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > MAX_SNAPSHOT_BYTES) return Snapshot.empty();
      return Snapshot.decode(keys, fs.readFileSync(file));
    } catch {
      return Snapshot.empty();
    }
  }

  /** A snapshot's text, or its bytes as read (then the checksum is taken over the bytes themselves, not a re-encoded copy). */
  static decode(keys: HashKeys, text: string | Buffer): Snapshot {
    try {
      const nl = text.indexOf('\n');
      if (nl < 0) return Snapshot.empty();
      const h = JSON.parse(typeof text === 'string' ? text.slice(0, nl) : text.toString('utf8', 0, nl)) as { format?: unknown; sum?: unknown };
      if (!h || h.format !== FORMAT || typeof h.sum !== 'string') return Snapshot.empty();
      const sum = typeof text === 'string' ? keyedString(keys, text.slice(nl + 1)) : keyedBytes(keys, text.subarray(nl + 1));
      if (sum !== h.sum) return Snapshot.empty();
      const body = typeof text === 'string' ? text.slice(nl + 1) : text.toString('utf8', nl + 1);
      const entries = JSON.parse(body) as unknown;
      if (!Array.isArray(entries)) return Snapshot.empty();
      const raw = new Map<string, unknown>();
      for (const e of entries) if (Array.isArray(e) && e.length === 2 && typeof e[0] === 'string') raw.set(e[0], e[1]);
      return new Snapshot(raw);
    } catch {
      return Snapshot.empty();
    }
  }

  /**
   * The snapshot's text, or null when it would be over the size bound: entries are stringified one
   * at a time and the encoding stops at the bound, so a folder of huge documents can neither make
   * one string past V8's limit nor have a snapshot written that the next run would not read.
   */
  static encode(keys: HashKeys, entries: ReadonlyMap<string, FactRecord>, maxBytes = MAX_SNAPSHOT_BYTES): string | null {
    const parts: string[] = [];
    let length = 2;
    for (const entry of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const part = JSON.stringify(entry);
      length += Buffer.byteLength(part) + 1; // bytes as written (UTF-8), not UTF-16 units
      if (length > maxBytes) return null;
      parts.push(part);
    }
    const body = `[${parts.join(',')}]`;
    const text = `${JSON.stringify({ format: FORMAT, sum: keyedString(keys, body) })}\n${body}`;
    return Buffer.byteLength(text) > maxBytes ? null : text; // the header too
  }

  get size(): number {
    return this.raw.size;
  }

  has(key: string): boolean {
    return this.raw.has(key);
  }

  /** The record under `key` when it is a sound record of `extractor`, else null. */
  get(key: string, extractor: ExtractorId): FactRecord | null {
    if (!this.raw.has(key)) return null;
    if (!this.checked.has(key)) this.checked.set(key, soundRecord(this.raw.get(key), extractor));
    const r = this.checked.get(key)!;
    return r && r.extractor === extractor ? r : null;
  }
}

/**
 * Write a snapshot (atomically); the bytes written, 0 when it could not be or would be over the
 * size bound (then the old one is removed: its records are no longer the folder's). Never throws.
 */
export async function saveSnapshot(file: string, keys: HashKeys, entries: ReadonlyMap<string, FactRecord>, maxBytes = MAX_SNAPSHOT_BYTES): Promise<number> {
  try {
    const text = Snapshot.encode(keys, entries, maxBytes);
    if (text === null) {
      await fs.promises.rm(file, { force: true });
      return 0;
    }
    await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeAtomic(file, text);
    return Buffer.byteLength(text);
  } catch {
    return 0;
  }
}
