import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeThumbnails, thumbnailPhotos } from '../../src/thumbnails.js';
import { runBin, snapshot, tempDir, writeFile } from '../cli/helpers.js';
import { makeEobRunJpeg } from '../../fixtures/build/jpeg.js';

let dir: string;
const files: { path: string; abs: string }[] = [];
beforeAll(async () => {
  dir = tempDir('lc-thumbs-');
  for (let i = 0; i < 4; i++) {
    const abs = path.join(dir, `p${i}.jpg`);
    const img = sharp({ create: { width: 1600 + i * 10, height: 1200, channels: 3, background: { r: 40 * i, g: 120, b: 200 } } }).jpeg({ quality: 90 });
    fs.writeFileSync(abs, await img.toBuffer());
    files.push({ path: `单位/Ⅲ—12/p${i}.jpg`, abs });
  }
  fs.writeFileSync(path.join(dir, 'broken.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]));
});

describe('thumbnails for the HTML page', () => {
  it('makes JPEGs of at most 200 px at quality 70 and never writes to the folder', async () => {
    const before = snapshot(dir);
    const t = await makeThumbnails(files);
    expect(t.images.size).toBe(4);
    for (const uri of t.images.values()) {
      expect(uri.startsWith('data:image/jpeg;base64,')).toBe(true);
      const meta = await sharp(Buffer.from(uri.split(',')[1]!, 'base64')).metadata();
      expect(Math.max(meta.width!, meta.height!)).toBe(200);
      expect(uri.length).toBeLessThan(20_000);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('stops at the size budget and counts what it left out; an undecodable photo has none', async () => {
    const one = (await makeThumbnails(files.slice(0, 1))).images.values().next().value!.length;
    const t = await makeThumbnails([...files, { path: 'broken.jpg', abs: path.join(dir, 'broken.jpg') }], { budget: one * 2 + 10 });
    expect(t.images.size).toBe(2);
    expect(t.omitted).toBe(3);
    const all = await makeThumbnails([...files, { path: 'broken.jpg', abs: path.join(dir, 'broken.jpg') }]);
    expect([all.images.size, all.failed, all.omitted]).toEqual([4, 1, 0]);
    const big = await makeThumbnails(files.slice(0, 1), { maxFileBytes: 100 });
    expect([big.images.size, big.failed]).toEqual([0, 1]);
  });

  it('decodes a photo on the pixel bound, not one pixel row past it; a lying 16000×16000 header is refused unread', async () => {
    const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 200, g: 80, b: 20 } } }).png().toBuffer();
    const on = path.join(dir, 'on.png');
    const over = path.join(dir, 'over.png');
    fs.writeFileSync(on, await png(100, 100));
    fs.writeFileSync(over, await png(100, 101));
    const t = await makeThumbnails([{ path: 'on.png', abs: on }, { path: 'over.png', abs: over }], { maxPixels: 100 * 100 });
    expect([...t.images.keys()]).toEqual(['on.png']);
    expect(t.failed).toBe(1);
    // The default bound: a small PNG whose header claims 16000×16000 (under sharp's own 268 M).
    const lying = Buffer.from(await png(16, 16));
    lying.writeUInt32BE(16000, 16);
    lying.writeUInt32BE(16000, 20);
    const ihdrCrc = crc32(lying.subarray(12, 29));
    lying.writeUInt32BE(ihdrCrc, 29);
    const bomb = path.join(dir, 'bomb.png');
    fs.writeFileSync(bomb, lying);
    const b = await makeThumbnails([{ path: 'bomb.png', abs: bomb }]);
    expect([b.images.size, b.failed]).toEqual([0, 1]);
  });
});

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

describe('progressive JPEGs', () => {
  it('one whose buffered coefficients pass the check\'s bound is not decoded', async () => {
    // Four 1.2 KB progressive JPEGs declaring 10000×10000 took the page to 2.5 GB (libjpeg keeps
    // every coefficient of a progressive image, and libvips' cache kept each decoder alive).
    const over = path.join(dir, 'prog-over.jpg');
    const under = path.join(dir, 'prog-under.jpg');
    fs.writeFileSync(over, makeEobRunJpeg(8200, 8200));
    fs.writeFileSync(under, makeEobRunJpeg(1000, 800));
    const t = await makeThumbnails([{ path: 'over.jpg', abs: over }, { path: 'under.jpg', abs: under }]);
    expect([...t.images.keys()]).toEqual(['under.jpg']);
    expect(t.failed).toBe(1);
  });
  it('an interlaced PNG decoded into more than the bound is not decoded either', async () => {
    const png = path.join(dir, 'interlaced.png');
    fs.writeFileSync(png, await sharp({ create: { width: 5800, height: 5800, channels: 4, background: { r: 9, g: 9, b: 9, alpha: 1 } } }).png({ progressive: true, compressionLevel: 1 }).toBuffer());
    const t = await makeThumbnails([{ path: 'i.png', abs: png }]);
    expect(t.images.size).toBe(0);
    expect(t.failed).toBe(1);
  });
  it('a HEIF/AVIF image decoded (whole, as libheif does) into more than the bound is not decoded', async () => {
    const big = path.join(dir, 'big.avif');
    const small = path.join(dir, 'small.avif');
    const avif = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 90, g: 140, b: 30 } } }).avif({ effort: 0, quality: 30 }).toBuffer();
    fs.writeFileSync(big, await avif(6000, 6000));
    fs.writeFileSync(small, await avif(640, 480));
    const t = await makeThumbnails([{ path: 'big.avif', abs: big }, { path: 'small.avif', abs: small }]);
    expect([...t.images.keys()]).toEqual(['small.avif']);
    expect(t.failed).toBe(1);
  });
  it('libvips keeps no finished decoder alive (its cache counts none of libjpeg\'s memory)', async () => {
    const { loadSharp } = await import('../../src/extract/sharp-lazy.js');
    const s = await loadSharp();
    expect(s.cache().items.max).toBe(0);
  });
});

describe('no thumbnail for a photo the check did not read', () => {
  it('a photo failed as unreadable (cut short: sharp would still draw it) is not decoded for the page', async () => {
    const root = tempDir('lc-thumbs-unread-');
    const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 30 } } }).jpeg({ quality: 90 }).toBuffer();
    const at = '台账/县教育局/Ⅲ—12 我们的节日';
    writeFile(root, `${at}/2025-09-10 好照片.jpg`, jpeg);
    writeFile(root, `${at}/2025-09-11 坏照片.jpg`, jpeg.subarray(0, Math.floor(jpeg.length / 3)));
    const out = path.join(root, 'page.html');
    const r = runBin([path.join(root, '台账'), '--as-of', '2026-08-01', '--no-progress', '--no-cache', '-f', `html:${out}`, '-f', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'photo.unreadable').map((f: { file: string }) => f.file)).toEqual(['县教育局/Ⅲ—12 我们的节日/2025-09-11 坏照片.jpg']);
    const alts = [...fs.readFileSync(out, 'utf8').matchAll(/<img src="data:[^"]*" alt="([^"]*)"/g)].map((m) => m[1]);
    expect(alts).toEqual(['县教育局/Ⅲ—12 我们的节日/2025-09-10 好照片.jpg']);
  });
  it('only photos read without error and not photo.bomb / photo.unreadable (a merge’s skeleton too)', () => {
    const files = [
      { path: 'a.jpg', kind: 'photo', error: null },
      { path: 'b.gif', kind: 'photo', error: { code: 'corrupt', detail: '' } },
      { path: 'c.png', kind: 'photo', error: null },
      { path: 'd.jpg', kind: 'photo', error: null },
      { path: 'r.jpg', kind: 'report', error: null },
    ];
    const findings = [
      { file: 'c.png', ruleId: 'photo.bomb' },
      { file: 'd.jpg', ruleId: 'photo.unreadable' },
      { file: 'a.jpg', ruleId: 'photo.exif-missing' },
    ] as never;
    expect(thumbnailPhotos(files, { findings }).map((f) => f.path)).toEqual(['a.jpg']);
  });
});
