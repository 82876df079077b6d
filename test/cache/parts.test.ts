/**
 * The fact cache's parts: where it lives, sizes, what the key holds, the racy rule at its
 * boundary, eviction order, the shape check, the flags, and the refusal of a cache inside the
 * checked folder (or the checked folder inside the cache).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDir, writeFile } from '../cli/helpers.js';
import { defaultCacheRoot, parseSize } from '../../src/util/cache-location.js';
import { factsKey, ocrKey } from '../../src/cache/key.js';
import { EXTRACTOR_VERSIONS } from '../../src/extract/version.js';
import { isRacy, RACY_MARGIN_NS } from '../../src/cache/stat-index.js';
import { evict } from '../../src/cache/evict.js';
import { validError, validFacts } from '../../src/cache/facts-shape.js';
import { blank } from '../../src/extract/document.js';
import { analyzeText } from '../../src/text/analyze.js';
import { check, UsageError } from '../../src/check.js';
import { hashFile, keyedHasher } from '../../src/cache/hash.js';
import { storeKeys } from '../../src/cache/secret.js';
import type { Container } from '../../src/types.js';

const tmp = tempDir('lc-cache-parts-');

describe('cache location', () => {
  it('follows LEDGER_CHECK_CACHE_DIR, XDG (absolute only), macOS and Windows conventions', () => {
    expect(defaultCacheRoot({ LEDGER_CHECK_CACHE_DIR: '/x/y' }, 'linux', '/home/u')).toBe('/x/y');
    expect(defaultCacheRoot({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u')).toBe('/xdg/ledger-check');
    expect(defaultCacheRoot({ XDG_CACHE_HOME: 'rel/dir' }, 'linux', '/home/u')).toBe('/home/u/.cache/ledger-check');
    expect(defaultCacheRoot({}, 'linux', '/home/u')).toBe('/home/u/.cache/ledger-check');
    expect(defaultCacheRoot({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/ledger-check');
    expect(defaultCacheRoot({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toBe('C:\\Users\\u\\AppData\\Local\\ledger-check\\cache');
    expect(defaultCacheRoot({}, 'win32', 'C:\\Users\\u')).toBe('C:\\Users\\u\\AppData\\Local\\ledger-check\\cache');
  });

  it('reads sizes: bytes, K/M/G/T with or without B/iB; refuses anything else', () => {
    expect(parseSize('0')).toBe(0);
    expect(parseSize('1048576')).toBe(1048576);
    expect(parseSize('1K')).toBe(1024);
    expect(parseSize('500M')).toBe(500 * 1024 ** 2);
    expect(parseSize('500MB')).toBe(500 * 1024 ** 2);
    expect(parseSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('2g')).toBe(2 * 1024 ** 3);
    for (const bad of ['', '-1', 'M', '5X', '1e9', '5 M B']) expect(parseSize(bad)).toBeNull();
  });

  it('refuses a cache inside the checked folder, and a checked folder inside the cache', async () => {
    const root = path.join(tmp, 'loc', '县教育局');
    writeFile(root, 'Ⅲ—12 我们的节日/说明报告.txt', '说明');
    await expect(check({ path: root, cacheDir: path.join(root, '.cache'), ocr: false })).rejects.toMatchObject({ code: 'cache-inside' });
    await expect(check({ path: root, cacheDir: path.join(tmp, 'loc'), ocr: false })).rejects.toBeInstanceOf(UsageError);
    // Just outside: a sibling folder whose name starts like the checked one.
    await expect(check({ path: root, cacheDir: `${root}-cache`, ocr: false, asOf: '2026-10-20' })).resolves.toBeTruthy();
    expect(fs.existsSync(path.join(root, '.cache'))).toBe(false);
  });

  it('a cache folder that cannot be made only costs time: the run goes on without it', async () => {
    const root = path.join(tmp, 'nocache', '县教育局');
    writeFile(root, 'Ⅲ—12 我们的节日/说明报告.txt', '说明');
    const blocker = path.join(tmp, 'nocache', 'a-file');
    fs.writeFileSync(blocker, 'x');
    const plain = await check({ path: root, ocr: false, asOf: '2026-10-20' });
    const r = await check({ path: root, cacheDir: path.join(blocker, 'cache'), ocr: false, asOf: '2026-10-20' });
    expect(r).toEqual(plain);
  });

  it('the CLI: --cache-location inside the folder and a bad --cache-max-size exit 2; --no-cache writes no cache', async () => {
    const root = path.join(tmp, 'cli', '县教育局');
    writeFile(root, 'Ⅲ—12 我们的节日/说明报告.txt', '说明');
    // A file changed within the racy margin before a run is not cached (its ctime cannot be set
    // back): let the margin pass so the last run below has something to record.
    const written = Date.now();
    let r = runBin([root, '--cache-location', path.join(root, 'c'), '--no-ocr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('缓存文件夹');
    r = runBin([root, '--cache-max-size', 'lots', '--no-ocr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cache-max-size');
    const cache = path.join(tmp, 'cli', 'cache');
    r = runBin([root, '--no-cache', '--no-ocr'], { env: { LEDGER_CHECK_CACHE_DIR: cache } });
    expect(r.code).toBe(1);
    expect(fs.existsSync(cache)).toBe(false);
    await new Promise((res) => setTimeout(res, Math.max(0, written + Number(RACY_MARGIN_NS / 1_000_000n) + 200 - Date.now())));
    r = runBin([root, '--no-ocr', '--cache-location', cache, '--cache-max-size', '10M']);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(cache, 'facts-v1'))).toBe(true);
  });
});

describe('record key', () => {
  const file = (o: Partial<{ container: Container; name: string; size: number }>) => ({ container: 'pdf' as Container, name: 'b.pdf', size: 10, ...o });
  const o = { hashPixels: true, ocr: { maxPages: 3 } };

  it('holds size, content, container, extension, the extractor and its version, the tool, and pixel hashing for photos', () => {
    const { key: k, extractor } = factsKey(file({}), 'h', o);
    expect(extractor).toBe('document');
    expect(k).toContain('10:h');
    expect(k).toContain('container=pdf');
    expect(k).toContain('ext=pdf');
    expect(k).toContain(`document@${EXTRACTOR_VERSIONS.document}`);
    expect(k).toContain(`tool@`);
    expect(k).not.toContain('pixels');
    // The folder and the name beyond the extension are not in it: moves and renames keep hits.
    expect(factsKey(file({ name: '其他.PDF' }), 'h', o).key).toBe(k);
    // OCR is another record: the document's key does not change with it.
    expect(factsKey(file({}), 'h', { ...o, ocr: null }).key).toBe(k);
    expect(factsKey(file({ size: 11 }), 'h', o).key).not.toBe(k);
    expect(factsKey(file({}), 'h2', o).key).not.toBe(k);
    expect(factsKey(file({ name: 'b.docx' }), 'h', o).key).not.toBe(k);
    // A photo: pixel hashing in the key.
    const p = factsKey(file({ container: 'jpeg', name: 'x.jpg' }), 'h', o).key;
    expect(p).toContain('pixels=1');
    expect(factsKey(file({ container: 'jpeg', name: 'y.jpg' }), 'h', o).key).toBe(p);
    expect(factsKey(file({ container: 'jpeg', name: 'x.jpg' }), 'h', { ...o, hashPixels: false }).key).not.toBe(p);
    // A register: its whole name (a CSV's sheet is named after the file).
    const r = factsKey(file({ container: 'text', name: '登记表.csv' }), 'h', o);
    expect(r.extractor).toBe('register');
    expect(factsKey(file({ container: 'text', name: '登记表2.csv' }), 'h', o).key).not.toBe(r.key);
  });

  it('an OCR record is keyed by its first record, the page limit and the engine; none without OCR', () => {
    const { key } = factsKey(file({ container: 'jpeg', name: 'x.jpg' }), 'h', o);
    const k = ocrKey(key, o)!;
    expect(k.startsWith(key)).toBe(true);
    expect(k).toContain('pages=3');
    expect(k).toContain(`ocr@${EXTRACTOR_VERSIONS.ocr}`);
    expect(ocrKey(key, { ...o, ocr: { maxPages: 4 } })).not.toBe(k);
    expect(ocrKey(key, { ...o, ocr: null })).toBeNull();
  });
});

describe('racy files', () => {
  const start = 10_000_000_000_000n;
  const at = (mtime: bigint, ctime = mtime) => ({ mtimeNs: mtime.toString(), ctimeNs: ctime.toString(), ino: '1' });
  it('a file changed within the margin before the run (or after its start) is racy; one just older is not', () => {
    expect(isRacy(at(start - RACY_MARGIN_NS - 1n), start)).toBe(false);
    expect(isRacy(at(start - RACY_MARGIN_NS), start)).toBe(true);
    expect(isRacy(at(start + 1n), start)).toBe(true);
    // mtime set back (a sync keeping the original date) but the change itself is recent: ctime says so.
    expect(isRacy(at(start - 10n * RACY_MARGIN_NS, start - 1n), start)).toBe(true);
  });
});

describe('eviction', () => {
  it('removes least recently used entries first, down to 80% of the bound, and stale temp files', () => {
    const root = path.join(tmp, 'evict');
    const now = Date.now();
    const put = (rel: string, bytes: number, ageH: number) => {
      writeFile(root, rel, Buffer.alloc(bytes));
      fs.utimesSync(path.join(root, rel), (now - ageH * 3600e3) / 1000, (now - ageH * 3600e3) / 1000);
    };
    put('facts-v1/aa/old', 400, 30);
    put('facts-v1/bb/mid', 400, 20);
    put('ocr/cc/x.json', 400, 10);
    put('index/new', 400, 1);
    put('facts-v1/aa/.x.1.tmp', 50, 2);
    put('secret', 384, 100);
    // 1,600 bytes of entries, bound 1,000: down to ≤ 800 → the two oldest go.
    const r = evict(root, ['facts-v1', 'index', 'ocr'], 1000, now);
    expect(r).toEqual({ total: 800, removed: 2 });
    expect(fs.existsSync(path.join(root, 'facts-v1/aa/old'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'facts-v1/bb/mid'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'ocr/cc/x.json'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'facts-v1/aa/.x.1.tmp'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'secret'))).toBe(true);
    // On the bound: nothing removed.
    expect(evict(root, ['facts-v1', 'index', 'ocr'], 800, now)).toEqual({ total: 800, removed: 0 });
  });

  it('keeps a run under its --cache-max-size', async () => {
    const root = path.join(tmp, 'bound', '县教育局');
    for (let i = 0; i < 6; i++) writeFile(root, `Ⅲ—12 我们的节日/说明报告${i}.txt`, `说明报告 ${'文字'.repeat(2000)} ${i}`);
    const cache = path.join(tmp, 'bound', 'cache');
    await check({ path: root, cacheDir: cache, cacheMaxBytes: 20_000, ocr: false, asOf: '2026-10-20' }, { cacheNow: Date.now() + 60_000 });
    const size = (d: string): number => fs.readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? size(path.join(d, e.name)) : fs.statSync(path.join(d, e.name)).size), 0);
    expect(size(path.join(cache, 'facts-v1')) + size(path.join(cache, 'index')) + size(path.join(cache, 'snap-v1'))).toBeLessThanOrEqual(20_000);
  });
});

describe('content hash', () => {
  it('hashes every byte: one changed byte anywhere, or one more byte, changes it; a file that is not its listed size is not hashed', async () => {
    const keys = storeKeys(path.join(tmp, 'hash-store'));
    const p = path.join(tmp, 'h.bin');
    const data = Buffer.alloc(3 * 1024 * 1024 + 7, 7);
    fs.writeFileSync(p, data);
    const h = await hashFile(Buffer.from(p), data.length, keys);
    const one = keyedHasher(keys);
    one.update(data);
    expect(h).toBe(one.digest());
    for (const at of [0, 1024 * 1024 + 3, data.length - 1]) {
      const d = Buffer.from(data);
      d[at] = 8;
      fs.writeFileSync(p, d);
      expect(await hashFile(Buffer.from(p), d.length, keys)).not.toBe(h);
    }
    fs.writeFileSync(p, Buffer.concat([data, Buffer.from([7])]));
    expect(await hashFile(Buffer.from(p), data.length, keys)).toBeNull();
    // Another store (other secrets): other hashes for the same bytes.
    fs.writeFileSync(p, data);
    expect(await hashFile(Buffer.from(p), data.length, storeKeys(path.join(tmp, 'hash-store-2')))).not.toBe(h);
  });
});

describe('shape of cached facts', () => {
  it('accepts the facts extractors make and refuses broken ones', () => {
    expect(validFacts({ type: 'none' })).toBe(true);
    expect(validFacts({ type: 'video', anything: 1 })).toBe(true);
    const reg = { type: 'register', format: 'csv', sheets: ['a'], headerFound: true, rows: [{ sheet: 'a', row: 2, name: null, date: null, place: null, participants: null, online: null, photos: [] }] };
    expect(validFacts(reg)).toBe(true);
    expect(validFacts({ ...reg, rows: 'x' })).toBe(false);
    expect(validFacts({ ...reg, rows: [{ ...reg.rows[0], photos: [1] }] })).toBe(false);
    expect(validFacts({ ...reg, rows: [{ ...reg.rows[0], participants: Number.NaN }] })).toBe(false);
    expect(validFacts({ type: 'photo', format: 'jpeg' })).toBe(false);
    expect(validFacts(null)).toBe(false);
    expect(validFacts([])).toBe(false);
    expect(validError(null)).toBe(true);
    expect(validError({ code: 'x', detail: 'y', args: { a: 1, b: 'c' } })).toBe(true);
    expect(validError({ code: 'x', detail: 'y', args: { a: {} } })).toBe(false);
    expect(validError({ code: 1, detail: 'y' })).toBe(false);
  });
  it('an OCR page’s count of images left undrawn is a whole number ≥ 0 when present', () => {
    const doc = { type: 'document', ...blank('image'), ...analyzeText({ pages: ['县教育局关于工作情况的说明'], paged: true, joinLines: true }) };
    const withPage = (page: Record<string, unknown>) => ({ ...doc, ocr: { engine: 'e', pagesTotal: 1, meanConfidence: 90, seal: 'seal', pages: [{ page: 1, confidence: 90, chars: 10, seal: 'seal', ...page }] } });
    expect(validFacts(withPage({}))).toBe(true);
    for (const refused of [0, 1, 3]) expect(validFacts(withPage({ refused }))).toBe(true);
    for (const refused of [-1, 0.5, '1', null, Number.NaN]) expect(validFacts(withPage({ refused }))).toBe(false);
  });
});
