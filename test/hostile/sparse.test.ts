/**
 * Sparse files: a file that claims gigabytes takes no disk, and reading it yields zeros as fast
 * as the kernel can make them. Every read of a handed-in file is bounded except the two whole-file
 * hashes (the fact cache's key, the exact-duplicate photo check): thirteen files of 100 GB held a
 * cached run for over ten minutes, and two 20 GB photos with the same first and last bytes took
 * 3 min 20 s without the cache. A file past MAX_HASHED_BYTES is hashed by neither; one on the
 * bound still is.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { tempDir } from '../cli/helpers.js';
import { run } from '../cache/folder.js';
import { MAX_HASHED_BYTES } from '../../src/extract/limits.js';
import type { Report } from '../../src/types.js';
import { sha256File } from '../../src/util/files.js';
import { contentHashes } from '../../src/extract/photo-fingerprint.js';
import { extractOne, ocrOne } from '../../src/extract/index.js';

const IND = 'Ⅲ—12 我们的节日';
const tmp = tempDir('lc-sparse-');

let photo: Buffer;
beforeAll(async () => {
  photo = await makeJpeg({ seed: 5, width: 1280, height: 960, quality: 80, exif: { dateTimeOriginal: '2026-06-19 09:30:00', make: 'Canon' }, thumbnail: true });
});

/** A unit folder of two identical photos, each made sparse to `size` bytes; returns the root. */
function pair(name: string, size: number): string {
  const root = path.join(tmp, name, '县教育局');
  const dir = path.join(root, IND);
  fs.mkdirSync(dir, { recursive: true });
  for (const n of ['2026-06-19 县一中 端午活动.jpg', '2026-06-19 县一中 端午活动 副本.jpg']) {
    fs.writeFileSync(path.join(dir, n), photo);
    fs.truncateSync(path.join(dir, n), size);
  }
  return root;
}

const rules = (json: string, file: string) => (JSON.parse(json) as Report).findings.filter((f) => f.file?.endsWith(file)).map((f) => f.ruleId);

describe('a sparse file past the hashing bound is never read whole', () => {
  it('one byte past the bound: neither the cache nor the duplicate check hashes it; still a finding', async () => {
    const root = pair('over', MAX_HASHED_BYTES + 1);
    const opened: string[] = [];
    const r = await run(root, path.join(tmp, 'over-cache'), {}, { cacheOnRead: (p) => void opened.push(p.toString()) });
    expect(opened).toEqual([]);
    expect(r.stats).toMatchObject({ hashedFiles: 0, hashedBytes: 0 });
    const found = rules(r.json, '端午活动.jpg');
    expect(found).toContain('photo.file-too-large');
    expect(found).not.toContain('photo.duplicate'); // its content was not compared
  });

  it('on the bound: hashed by the cache, and the two copies are found to be the same photo', async () => {
    const root = pair('on', MAX_HASHED_BYTES);
    const opened: string[] = [];
    const r = await run(root, path.join(tmp, 'on-cache'), {}, { cacheOnRead: (p) => void opened.push(p.toString()) });
    expect(opened).toHaveLength(2);
    expect(r.stats).toMatchObject({ hashedFiles: 2, hashedBytes: 2 * MAX_HASHED_BYTES });
    expect(rules(r.json, '端午活动.jpg')).toEqual(expect.arrayContaining(['photo.file-too-large', 'photo.duplicate']));
  });

  it('without the cache, one byte past the bound, the duplicate check does not compare the two (it would read them whole)', async () => {
    const root = pair('over-nocache', MAX_HASHED_BYTES + 1);
    const r = await run(root, null);
    expect(rules(r.json, '端午活动.jpg')).not.toContain('photo.duplicate');
  });
});

describe('the review hash of a file (review accept, and a check applying a review)', () => {
  it('a FIFO is refused at once, not waited on', async () => {
    const fifo = path.join(tmp, 'fifo.jpg');
    execFileSync('mkfifo', [fifo]);
    await expect(sha256File(fifo, MAX_HASHED_BYTES)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('on the bound: the SHA-256 of every byte', async () => {
    const f = path.join(tmp, 'on.jpg');
    fs.writeFileSync(f, photo);
    fs.truncateSync(f, MAX_HASHED_BYTES);
    const h = crypto.createHash('sha256');
    h.update(photo);
    const zeros = Buffer.alloc(1 << 24);
    for (let left = MAX_HASHED_BYTES - photo.length; left > 0; left -= zeros.length) h.update(left >= zeros.length ? zeros : zeros.subarray(0, left));
    expect(await sha256File(f, MAX_HASHED_BYTES)).toBe(h.digest('hex'));
  });

  it('one byte past it: size and both ends only, so a change of either end or of the size is still seen', async () => {
    const f = path.join(tmp, 'over.jpg');
    fs.writeFileSync(f, photo);
    fs.truncateSync(f, MAX_HASHED_BYTES + 1);
    const first = await sha256File(f, MAX_HASHED_BYTES);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const fd = fs.openSync(f, 'r+');
    fs.writeSync(fd, Buffer.from([1]), 0, 1, MAX_HASHED_BYTES); // the last byte
    fs.closeSync(fd);
    const lastChanged = await sha256File(f, MAX_HASHED_BYTES);
    expect(lastChanged).not.toBe(first);
    fs.truncateSync(f, MAX_HASHED_BYTES + 2);
    expect(await sha256File(f, MAX_HASHED_BYTES)).not.toBe(lastChanged);
  });
});

describe('the exact-duplicate hash reads what discovery listed, no more', () => {
  it('same size as listed: hashed; grown by one byte since: not hashed (not read to its new end); a FIFO swapped in: refused at once', async () => {
    const d = path.join(tmp, 'listed');
    fs.mkdirSync(d);
    const at = (n: string) => path.join(d, n);
    for (const n of ['a.jpg', 'b.jpg', 'grown.jpg']) fs.writeFileSync(at(n), photo);
    fs.appendFileSync(at('grown.jpg'), Buffer.from([0]));
    execFileSync('mkfifo', [at('fifo.jpg')]);
    const files = ['a.jpg', 'b.jpg', 'grown.jpg', 'fifo.jpg'].map((n) => ({ path: n, absPath: Buffer.from(at(n)), size: photo.length }));
    const h = await contentHashes(files, { all: true });
    expect(h.get(files[0]!)).toMatch(/^[0-9a-f]{64}$/);
    expect(h.get(files[1]!)).toBe(h.get(files[0]!));
    expect(h.has(files[2]!)).toBe(false);
    expect(h.has(files[3]!)).toBe(false);
  });
});

describe('OCR reads a picture through the same bounded, non-blocking read as documents', () => {
  const input = (p: string, size: number) => ({ absPath: Buffer.from(p), name: path.basename(p), size, container: 'jpeg' as const, notes: [] });
  const ocr = { maxPages: 1 } as Parameters<typeof ocrOne>[2];

  it('a picture swapped for a FIFO after its first read: no OCR record, at once', async () => {
    const p = path.join(tmp, 'ocr-fifo.jpg');
    fs.writeFileSync(p, photo);
    const first = await extractOne(input(p, photo.length));
    fs.rmSync(p);
    execFileSync('mkfifo', [p]);
    expect(await ocrOne(input(p, photo.length), first, ocr)).toBeNull();
  });
});
