/**
 * The store's size bound. Every run adds what it wrote to a running total (usage.json); when that
 * passes the bound, or once a day, the store is measured and the least recently used entries
 * (oldest mtime: a hit touches its record when it is more than a day old) are removed until it
 * is under 80% of the bound. Two runs at once may both count or both evict: the bound is kept
 * approximately, and an entry removed under another run is only a miss for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomic } from './atomic.js';

const USAGE_FILE = 'usage.json';
const DAY_MS = 24 * 3600 * 1000;
/** Temp files of writes cut short: removed once this old (another run's may be in progress). */
const STALE_TEMP_MS = 3600 * 1000;

interface Entry {
  file: string;
  size: number;
  mtimeMs: number;
}

/** The files of the store that eviction may remove: records, indexes and OCR results. */
function listEntries(root: string, dirs: readonly string[], now: number): { entries: Entry[]; total: number } {
  const entries: Entry[] = [];
  let total = 0;
  const visit = (dir: string, depth: number) => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) {
        if (depth < 2) visit(p, depth + 1);
        continue;
      }
      if (!d.isFile()) continue;
      try {
        const st = fs.statSync(p);
        if (d.name.endsWith('.tmp')) {
          if (now - st.mtimeMs > STALE_TEMP_MS) fs.rmSync(p, { force: true });
          continue;
        }
        entries.push({ file: p, size: st.size, mtimeMs: st.mtimeMs });
        total += st.size;
      } catch {
        /* gone meanwhile */
      }
    }
  };
  for (const d of dirs) visit(path.join(root, d), 0);
  return { entries, total };
}

/** Measure the store and remove least recently used entries down to 80% of `maxBytes`. */
export function evict(root: string, dirs: readonly string[], maxBytes: number, now = Date.now()): { total: number; removed: number } {
  const { entries, total } = listEntries(root, dirs, now);
  let left = total;
  let removed = 0;
  if (total > maxBytes) {
    entries.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.file < b.file ? -1 : 1));
    for (const e of entries) {
      if (left <= maxBytes * 0.8) break;
      try {
        fs.rmSync(e.file, { force: true });
        left -= e.size;
        removed++;
      } catch {
        /* still counted */
      }
    }
  }
  return { total: left, removed };
}

/**
 * After a run: count what it changed (`written`: bytes the store grew by, less what rewritten or
 * removed entries took; may be negative), and evict when the store may be past its bound.
 */
export async function accountAndEvict(root: string, dirs: readonly string[], written: number, maxBytes: number, now = Date.now()): Promise<void> {
  const file = path.join(root, USAGE_FILE);
  let usage: { bytes: number; measured: number } | null = null;
  try {
    const x = JSON.parse(fs.readFileSync(file, 'utf8')) as { bytes?: unknown; measured?: unknown };
    if (Number.isSafeInteger(x.bytes) && Number.isFinite(x.measured)) usage = { bytes: x.bytes as number, measured: x.measured as number };
  } catch {
    /* none yet */
  }
  let next: { bytes: number; measured: number };
  if (!usage || usage.bytes + written > maxBytes || now - usage.measured > DAY_MS) {
    next = { bytes: evict(root, dirs, maxBytes, now).total, measured: now };
  } else if (written !== 0) {
    next = { bytes: Math.max(0, usage.bytes + written), measured: usage.measured };
  } else return;
  await writeAtomic(file, JSON.stringify(next)).catch(() => undefined);
}
