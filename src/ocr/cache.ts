/**
 * A small store for OCR results, keyed by the file's content hash and the engine that read it:
 * a re-run does not OCR the same bytes again. It lives in the user's cache folder, never in the
 * checked folder; entries are written atomically (temp file + rename), and an entry that cannot be
 * read back as one (cut off, edited, another engine) is ignored and rewritten.
 */
import fs from 'node:fs';
import { defaultCacheRoot } from '../util/cache-location.js';
import path from 'node:path';
import { writeAtomic } from '../util/files.js';
import { ENGINE_ID } from './engine.js';
import type { SealVerdict } from '../seal/detect.js';

const SEAL_VERDICTS: readonly unknown[] = ['seal', 'no-seal', 'cannot-tell'];

export interface CachedPage {
  page: number;
  text: string;
  confidence: number;
  /** Red seal verdict of the page image (src/seal). */
  seal: SealVerdict;
  /** Images or streams the renderer left out of the page (src/ocr/pages.ts). */
  refused: number;
}
export interface CacheEntry {
  engine: string;
  pagesTotal: number;
  pages: CachedPage[];
}

/** Where the OCR cache goes by default: the `ocr` folder of the cache (src/util/cache-location.ts). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultCacheRoot(env), 'ocr');
}

const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

function valid(x: unknown): x is CacheEntry {
  if (!x || typeof x !== 'object') return false;
  const e = x as CacheEntry;
  return (
    e.engine === ENGINE_ID &&
    Number.isInteger(e.pagesTotal) &&
    e.pagesTotal >= 0 &&
    Array.isArray(e.pages) &&
    e.pages.every((p, i) => p && p.page === i + 1 && typeof p.text === 'string' && typeof p.confidence === 'number' && SEAL_VERDICTS.includes(p.seal) && Number.isInteger(p.refused) && p.refused >= 0)
  );
}

export class OcrCache {
  constructor(readonly dir: string) {}

  private file(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), `${sha256}.json`);
  }

  get(sha256: string): CacheEntry | null {
    try {
      const p = this.file(sha256);
      const st = fs.statSync(p);
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES) return null;
      const x: unknown = JSON.parse(fs.readFileSync(p, 'utf8'));
      return valid(x) ? x : null;
    } catch {
      return null;
    }
  }

  put(sha256: string, entry: CacheEntry): void {
    try {
      const p = this.file(sha256);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      writeAtomic(p, JSON.stringify(entry));
    } catch {
      /* a cache that cannot be written only costs time */
    }
  }
}
