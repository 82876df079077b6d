/** The OCR cache: keyed by content hash and engine, written atomically, corrupt entries ignored. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OcrCache, defaultCacheDir } from '../../src/ocr/cache.js';
import { ENGINE_ID } from '../../src/ocr/engine.js';
import { ocrBytes } from '../../src/ocr/read.js';
import { tempDir } from '../cli/helpers.js';

const tmp = tempDir('lc-ocr-cache-');
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const entry = { engine: ENGINE_ID, pagesTotal: 1, pages: [{ page: 1, text: '县教育局', confidence: 91, seal: 'no-seal' as const, refused: 0 }] };

describe('OcrCache', () => {
  it('gives back what was put, leaves no temp files, and keeps entries in the cache folder only', () => {
    const c = new OcrCache(path.join(tmp, 'a'));
    const key = sha(Buffer.from('x'));
    expect(c.get(key)).toBeNull();
    c.put(key, entry);
    expect(c.get(key)).toEqual(entry);
    const files = fs.readdirSync(path.join(tmp, 'a'), { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toContain(path.join(key.slice(0, 2), `${key}.json`));
  });
  it('ignores a cut-off, edited or foreign entry (and a later put replaces it)', () => {
    const c = new OcrCache(path.join(tmp, 'b'));
    const key = sha(Buffer.from('y'));
    c.put(key, entry);
    const file = path.join(tmp, 'b', key.slice(0, 2), `${key}.json`);
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.slice(0, good.length - 5));
    expect(c.get(key)).toBeNull();
    fs.writeFileSync(file, good.replace(ENGINE_ID, 'tesseract.js@6'));
    expect(c.get(key)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ ...entry, pages: [{ page: 2, text: 'x', confidence: 1, seal: 'seal' }] }));
    expect(c.get(key)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ ...entry, pages: [{ page: 1, text: 'x', confidence: 1, seal: 'maybe', refused: 0 }] }));
    expect(c.get(key)).toBeNull();
    // A page without its count of images left undrawn (an older entry), or with a count that is no count.
    for (const refused of [undefined, -1, 0.5, '1']) {
      fs.writeFileSync(file, JSON.stringify({ ...entry, pages: [{ page: 1, text: 'x', confidence: 1, seal: 'seal', refused }] }));
      expect(c.get(key)).toBeNull();
    }
    fs.writeFileSync(file, JSON.stringify({ ...entry, pages: [{ page: 1, text: 'x', confidence: 1, seal: 'seal', refused: 2 }] }));
    expect(c.get(key)?.pages[0]?.refused).toBe(2);
    c.put(key, entry);
    expect(c.get(key)).toEqual(entry);
  });
  it('a re-run with the same bytes reads the cache instead of running OCR', async () => {
    const c = new OcrCache(path.join(tmp, 'c'));
    const bytes = Buffer.from('not even an image: only the cache can answer');
    c.put(sha(bytes), entry);
    await expect(ocrBytes(bytes, 'image', { maxPages: 5, cache: c })).resolves.toEqual({ pagesTotal: 1, pages: entry.pages, cached: true });
    // The page limit applies to cached pages too.
    await expect(ocrBytes(bytes, 'image', { maxPages: 0, cache: c })).resolves.toMatchObject({ pages: [] });
  });
  it('lives in the user cache folder, or under LEDGER_CHECK_CACHE_DIR', () => {
    expect(defaultCacheDir({ LEDGER_CHECK_CACHE_DIR: '/x' })).toBe(path.join('/x', 'ocr'));
    if (process.platform === 'linux') expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/ledger-check/ocr');
  });
});
