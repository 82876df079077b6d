/**
 * The fact cache for one run: discovery asks it for the container of a file it would sniff,
 * extraction asks it for a file's facts before reading the file, and after the run it writes
 * what was extracted. See README "Fact cache".
 *
 * For each file: the stat index says whether the file is unchanged since a run that hashed it
 * (then nothing of it is read); otherwise it is hashed in full and looked up by content, so a
 * renamed, moved, checked-out or synced file still hits. A miss is extracted as usual and its
 * records (the fact record, and the OCR record when one was made) written after the run, unless
 * the file changed while it was read or too recently to trust its stat (stat-index.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Container, DiscoveredFile, FactRecord, FileRecords, FileStat } from '../types.js';
import type { ExtractorId } from '../extract/version.js';
import { hashFile, type HashKeys, type ReadHook } from './hash.js';
import { MAX_HASHED_BYTES } from '../extract/limits.js';
import { storeKeys } from './secret.js';
import { factsKey, ocrKey, type KeyOptions } from './key.js';
import { RECORDS_DIR, readRecord, recordPath, writeRecord } from './record.js';
import { INDEX_DIR, fileStat, indexPath, isRacy, loadIndex, sameStat, saveIndex, type IndexEntry } from './stat-index.js';
import { accountAndEvict } from './evict.js';
import { SNAPSHOT_DIR, Snapshot, saveSnapshot, snapshotPath } from './snapshot.js';

/** Default bound of the store (--cache-max-size). */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/** Store folders eviction looks after ('ocr': the OCR layer, src/ocr/cache.ts). */
const EVICTED_DIRS = [RECORDS_DIR, INDEX_DIR, SNAPSHOT_DIR, 'ocr'] as const;
const DAY_MS = 24 * 3600 * 1000;

export interface CacheRunOptions {
  /** The store's folder (outside the checked folder). */
  dir: string;
  /** The checked folder. */
  checked: string;
  /**
   * The part of the folder this run checks, when not all of it (`--shard 2/8` → '2/8'): each part
   * keeps its own stat index and snapshot, so shards of one folder do not overwrite each other's.
   */
  part?: string;
  key: KeyOptions;
  maxBytes?: number;
  /** Told of each file read for hashing (tests count reads through it). */
  onRead?: ReadHook;
  /** Milliseconds since the epoch at the run's start (tests move it to make files look old). */
  now?: number;
}

/** Digests of a file's content the duplicate check and the review record take: kept per content. */
export interface DigestMemo {
  get(f: { path: string }, kind: 'partial' | 'sha256'): string | undefined;
  set(f: { path: string }, kind: 'partial' | 'sha256', value: string): void;
}

interface Seen {
  hash: string;
  statHit: boolean;
  factsKey: string;
  ocrKey: string | null;
  /** Records made this run (misses), written by save(). */
  write: { key: string; record: FactRecord }[];
  /** Record files used this run, with their mtime (touched when old, for eviction). */
  used: { file: string; mtimeMs: number }[];
  /** The records of this file, by key, for the next snapshot (snapshot.ts). */
  keep: Map<string, FactRecord>;
}

export interface CacheStats {
  statHits: number;
  contentHits: number;
  misses: number;
  /** OCR records taken from the cache (no page read by OCR). */
  ocrHits: number;
  hashedFiles: number;
  hashedBytes: number;
  recordsWritten: number;
}

export class CacheRun {
  readonly stats: CacheStats = { statHits: 0, contentHits: 0, misses: 0, ocrHits: 0, hashedFiles: 0, hashedBytes: 0, recordsWritten: 0 };
  private readonly seen = new Map<string, Seen>();
  private readonly digestsByHash = new Map<string, { partial?: string; sha256?: string }>();
  private readonly startNs: bigint;
  /** An entry of the snapshot was not sound: write it again even if its keys are this run's. */
  private snapshotStale = false;
  private readonly now: number;

  private constructor(
    private readonly o: CacheRunOptions,
    private readonly keys: HashKeys,
    private readonly indexFile: string,
    private readonly index: Map<string, IndexEntry>,
    private readonly snapshotFile: string,
    private readonly snapshot: Snapshot,
  ) {
    this.now = o.now ?? Date.now();
    this.startNs = BigInt(Math.floor(this.now)) * 1_000_000n;
    for (const e of index.values()) {
      if (e.partial || e.sha256) this.digestsByHash.set(e.hash, { partial: e.partial, sha256: e.sha256 });
    }
  }

  /** The cache for a run, or null when its folder cannot be made or read (the run goes on without). */
  static open(o: CacheRunOptions): CacheRun | null {
    try {
      fs.mkdirSync(o.dir, { recursive: true, mode: 0o700 });
      tagCacheDir(o.dir);
      const keys = storeKeys(o.dir);
      const indexFile = indexPath(o.dir, keys, o.checked, o.part);
      const snapshotFile = snapshotPath(o.dir, keys, o.checked, o.part);
      return new CacheRun(o, keys, indexFile, loadIndex(indexFile), snapshotFile, Snapshot.load(snapshotFile, keys));
    } catch {
      return null;
    }
  }

  /** For discovery: the container of an unchanged file, so that its first bytes are not read again. */
  readonly knownContainer = (rel: string, size: number, stat: FileStat | undefined): Container | undefined => {
    const e = this.index.get(rel);
    return e && stat && sameStat(e, size, stat) ? e.container : undefined;
  };

  /** For extraction: the cached records of a file, or null (then it is read, and `made` is told). */
  readonly lookup = async (f: DiscoveredFile, wantOcr: boolean): Promise<{ facts: FactRecord; ocr: FactRecord | null } | null> => {
    if (!f.stat || f.size === 0 || f.notes.some((n) => n.startsWith('unreadable:'))) return null;
    // Hashing reads every byte: a file past the bound (a sparse file claiming 100 GB) is not cached.
    if (f.size > MAX_HASHED_BYTES) return null;
    const e = this.index.get(f.path);
    let hash: string | null = null;
    const statHit = !!e && sameStat(e, f.size, f.stat);
    if (statHit) hash = e!.hash;
    else {
      try {
        hash = await hashFile(f.absPath, f.size, this.keys, this.o.onRead);
      } catch {
        hash = null;
      }
      this.stats.hashedFiles++;
      this.stats.hashedBytes += f.size;
      if (!hash) return null; // changed since it was listed, or unreadable: extraction says what it is
    }
    const { key, extractor } = factsKey(f, hash, this.o.key);
    const seen: Seen = { hash, statHit, factsKey: key, ocrKey: ocrKey(key, this.o.key), write: [], used: [], keep: new Map() };
    this.seen.set(f.path, seen);
    const facts = this.record(seen, key, extractor);
    if (!facts) {
      this.stats.misses++;
      return null;
    }
    const ocr = wantOcr && seen.ocrKey ? this.record(seen, seen.ocrKey, 'ocr') : null;
    if (ocr) this.stats.ocrHits++;
    if (statHit) this.stats.statHits++;
    else this.stats.contentHits++;
    return { facts, ocr };
  };

  /** A record from the last run's snapshot, else from its record file; kept for the next snapshot. */
  private record(seen: Seen, key: string, extractor: ExtractorId): FactRecord | null {
    let r = this.snapshot.get(key, extractor);
    if (!r) {
      if (this.snapshot.has(key)) this.snapshotStale = true;
      const read = readRecord(this.o.dir, this.keys, key, extractor);
      if (read) seen.used.push(read);
      r = read?.record ?? null;
    }
    if (r) seen.keep.set(key, r);
    return r;
  }

  /** For extraction: the records of a file; those not from the cache are written by save(). */
  readonly made = (r: FileRecords, fromCache: { facts: boolean; ocr: boolean }): void => {
    const s = this.seen.get(r.file.path);
    if (!s) return;
    if (!fromCache.facts && !transient(r.facts)) s.write.push({ key: s.factsKey, record: r.facts });
    if (r.ocr && !fromCache.ocr && s.ocrKey && !transient(r.ocr)) s.write.push({ key: s.ocrKey, record: r.ocr });
    for (const w of s.write) s.keep.set(w.key, w.record);
  };

  readonly digests: DigestMemo = {
    get: (f, kind) => {
      const s = this.seen.get(f.path);
      return s ? this.digestsByHash.get(s.hash)?.[kind] : undefined;
    },
    set: (f, kind, value) => {
      const s = this.seen.get(f.path);
      if (!s) return;
      const d = this.digestsByHash.get(s.hash) ?? {};
      d[kind] = value;
      this.digestsByHash.set(s.hash, d);
    },
  };

  /**
   * After the run: records for the files extracted, the stat index of the folder, the size bound.
   * Never throws: a cache that cannot be written only costs time next run.
   */
  async save(files: readonly DiscoveredFile[]): Promise<void> {
    let written = 0;
    const next = new Map<string, IndexEntry>();
    const snap = new Map<string, FactRecord>();
    const limit = pLimit(8);
    const writtenKeys = new Set<string>();
    await Promise.all(
      files.map((f) =>
        limit(async () => {
          const s = this.seen.get(f.path);
          if (!s || !f.stat) return;
          if (!s.statHit || s.write.length) {
            // Read this run: unchanged since it was listed, and not too fresh to trust?
            if (isRacy(f.stat, this.startNs)) return;
            try {
              const st = await fs.promises.stat(f.absPath, { bigint: true });
              if (!sameStat({ size: f.size, stat: f.stat } as IndexEntry, Number(st.size), fileStat(st))) return;
            } catch {
              return;
            }
          }
          for (const w of s.write) {
            // Two files of one content (a copy) make one record: written once.
            if (writtenKeys.has(w.key)) continue;
            writtenKeys.add(w.key);
            const file = recordPath(this.o.dir, this.keys, w.key);
            const before = await sizeOf(file); // a record not sound (rewritten): its bytes go
            const n = await writeRecord(this.o.dir, this.keys, w.key, w.record);
            if (n) {
              written += n - before;
              this.stats.recordsWritten++;
            }
          }
          // Used: keep it from eviction (touched at most once a day, not on every hit).
          for (const u of s.used) {
            if (this.now - u.mtimeMs > DAY_MS) await fs.promises.utimes(u.file, this.now / 1000, this.now / 1000).catch(() => undefined);
          }
          for (const [k, r] of s.keep) snap.set(k, r);
          const d = this.digestsByHash.get(s.hash);
          next.set(f.path, { size: f.size, stat: f.stat, hash: s.hash, container: f.container, ...(d?.partial ? { partial: d.partial } : {}), ...(d?.sha256 ? { sha256: d.sha256 } : {}) });
        }),
      ),
    );
    const sorted = new Map([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    // What the store grew by: a rewritten index or snapshot replaces the old one (counted once).
    if (!sameIndex(this.index, sorted)) written += await growth(this.indexFile, () => saveIndex(this.indexFile, sorted));
    else await touchOld(this.indexFile, this.now);
    if (this.snapshotStale || snap.size !== this.snapshot.size || [...snap.keys()].some((k) => !this.snapshot.has(k))) {
      written += await growth(this.snapshotFile, () => (snap.size ? saveSnapshot(this.snapshotFile, this.keys, snap) : removed(this.snapshotFile)));
    } else await touchOld(this.snapshotFile, this.now);
    await accountAndEvict(this.o.dir, EVICTED_DIRS, written, this.o.maxBytes ?? DEFAULT_MAX_BYTES, this.now).catch(() => undefined);
  }
}

/**
 * Records that say more about this moment than about the bytes: an I/O error, an extractor that
 * threw, an OCR that failed. They are made again next run.
 */
function transient(r: FactRecord): boolean {
  return !!r.error && (r.error.code === 'io' || r.error.code === 'internal' || r.error.code === 'run-budget' || r.error.detail.includes('OCR failed'));
}

function sameIndex(a: Map<string, IndexEntry>, b: Map<string, IndexEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [p, e] of b) {
    const o = a.get(p);
    if (!o || !sameStat(o, e.size, e.stat) || o.hash !== e.hash || o.container !== e.container || o.partial !== e.partial || o.sha256 !== e.sha256) return false;
  }
  return true;
}

/** The size of a file of the store, 0 when there is none. */
async function sizeOf(file: string): Promise<number> {
  try {
    const st = await fs.promises.lstat(file);
    return st.isFile() ? st.size : 0;
  } catch {
    return 0;
  }
}

/** How much the store grew (or shrank) when `file` was written, replaced or removed by `change`. */
async function growth(file: string, change: () => Promise<unknown>): Promise<number> {
  const before = await sizeOf(file);
  await change();
  return (await sizeOf(file)) - before;
}

async function removed(file: string): Promise<number> {
  await fs.promises.rm(file, { force: true }).catch(() => undefined);
  return 0;
}

async function touchOld(file: string, now: number): Promise<void> {
  try {
    const st = await fs.promises.stat(file);
    if (now - st.mtimeMs > DAY_MS) await fs.promises.utimes(file, now / 1000, now / 1000);
  } catch {
    /* no index */
  }
}

/** Mark the folder as a cache (https://bford.info/cachedir/): backup tools leave it out. */
function tagCacheDir(dir: string): void {
  const tag = path.join(dir, 'CACHEDIR.TAG');
  if (fs.existsSync(tag)) return;
  try {
    fs.writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is the ledger-check cache (facts of checked files). It can be deleted.\n', { flag: 'wx' });
  } catch {
    /* another run made it */
  }
}
