/**
 * One fact record in the store: `facts-v1/<2 hex>/<32 hex>`, named by a keyed hash of its key.
 * Line 1 is a header (format, the full key, a keyed checksum of line 2), line 2 the fact record
 * as the extractor made it ({extractor, version, facts, error}, src/extract/record.ts).
 * A record is used only when its header's key is the one looked for, its checksum matches and
 * its record is of the extractor and version expected and has the shape of facts; anything else (cut off, garbage, another version, a record
 * copied under another name) is a miss, and the record is written again after extraction.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FactRecord } from '../types.js';
import { EXTRACTOR_VERSIONS, type ExtractorId } from '../extract/version.js';
import { keyedString, type HashKeys } from './hash.js';
import { validError, validFacts } from './facts-shape.js';
import { writeAtomic } from './atomic.js';

export const RECORDS_DIR = 'facts-v1';
const FORMAT = 1;
/** A record bigger than this is not read (a document's text is far smaller). */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

interface Header {
  format: number;
  key: string;
  sum: string;
}

export function recordPath(root: string, keys: HashKeys, key: string): string {
  const name = keyedString(keys, key);
  return path.join(root, RECORDS_DIR, name.slice(0, 2), name);
}

export function encodeRecord(keys: HashKeys, key: string, r: FactRecord): string {
  const body = JSON.stringify(r);
  const header: Header = { format: FORMAT, key, sum: keyedString(keys, body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** The record when `text` is a sound record of `extractor` for `key`, else null. Never throws. */
export function decodeRecord(keys: HashKeys, key: string, extractor: ExtractorId, text: string): FactRecord | null {
  try {
    const nl = text.indexOf('\n');
    if (nl < 0) return null;
    const h = JSON.parse(text.slice(0, nl)) as Header;
    if (!h || h.format !== FORMAT || h.key !== key || typeof h.sum !== 'string') return null;
    const body = text.slice(nl + 1);
    if (keyedString(keys, body) !== h.sum) return null;
    return soundRecord(JSON.parse(body), extractor);
  } catch {
    return null;
  }
}

/**
 * `r` (parsed JSON, its integrity already checked) as a record of `extractor` when it is one of
 * that extractor's version with the shape of facts, else null. Also used for the run snapshot
 * (src/cache/snapshot.ts).
 */
export function soundRecord(r: unknown, extractor: ExtractorId): FactRecord | null {
  const x = r as FactRecord;
  if (!x || typeof x !== 'object' || x.extractor !== extractor || x.version !== EXTRACTOR_VERSIONS[extractor]) return null;
  if (!validFacts(x.facts) || !validError(x.error)) return null;
  // As the extractor makes it (src/extract/record.ts): plain JSON (it was just parsed), frozen.
  return deepFreeze({ extractor, version: x.version, facts: x.facts, error: x.error ?? null });
}

/**
 * Read a record; a missing, oversized or unsound one is null. Synchronous: records are small and
 * a warm run reads one per file, where the promise API's open/stat/read/close cost more than the
 * reads themselves.
 */
export function readRecord(root: string, keys: HashKeys, key: string, extractor: ExtractorId): { record: FactRecord; file: string; mtimeMs: number } | null {
  const file = recordPath(root, keys, key);
  let fd = -1;
  try {
    fd = fs.openSync(file, 'r');
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > MAX_RECORD_BYTES) return null;
    const record = decodeRecord(keys, key, extractor, fs.readFileSync(fd, 'utf8'));
    return record ? { record, file, mtimeMs: st.mtimeMs } : null;
  } catch {
    return null;
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}

/** Write a record (atomically); returns the bytes written, 0 when it could not be. */
export async function writeRecord(root: string, keys: HashKeys, key: string, r: FactRecord): Promise<number> {
  const file = recordPath(root, keys, key);
  const text = encodeRecord(keys, key, r);
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeAtomic(file, text);
    return Buffer.byteLength(text);
  } catch {
    return 0; // a cache that cannot be written only costs time
  }
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    if (Array.isArray(v)) {
      // By index: Object.keys of an array makes a string per element (sentences, rows …).
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x && typeof x === 'object') deepFreeze(x);
      }
    } else {
      for (const k of Object.keys(v)) {
        const x: unknown = (v as Record<string, unknown>)[k];
        if (x && typeof x === 'object') deepFreeze(x);
      }
    }
    Object.freeze(v);
  }
  return v;
}
