/**
 * Issue 9 items 5 and 10: photos whose headers look sound but whose pixels are not — undecodable,
 * cut short, or declaring a picture their data cannot hold — never pass. The checks read only
 * headers and, for a file without an end marker, its scan data; nothing here is timed.
 */
import zlib from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, makePng } from '../../fixtures/build/jpeg.js';
import { jpegHeaderDefect, jpegImageEnd, minScanBytes } from '../../src/extract/jpeg-integrity.js';
import { jpegLayout } from '../../src/extract/photo-structure.js';
import { extractPhoto } from '../../src/extract/photo.js';
import { bogusHuffman, corruptIdat, cut, jpegSegments, lyingJpegSize } from '../hostile/photos.js';
import { checkFile, goodFacts, idsOf, photoFile, tmpDir, discovered } from './helpers.js';
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../src/messages/index.js';

let dir: string;
let camera: Buffer; // EXIF thumbnail: checked today without decoding its own pixels
let copy: Buffer; // no EXIF: hashed from its pixels
beforeAll(async () => {
  dir = tmpDir('integrity');
  const exif = { dateTimeOriginal: '2026-06-18 09:30:00', offsetTimeOriginal: '+08:00', make: 'HUAWEI', model: 'ELS-AN00' };
  camera = await makeJpeg({ seed: 3, width: 1280, height: 960, noise: 12, quality: 85, exif, thumbnail: true });
  copy = await makeJpeg({ seed: 4, width: 1280, height: 960, noise: 12, quality: 80 });
});

let n = 0;
async function extract(buf: Buffer, ext = 'jpg', hashPixels = true) {
  const abs = path.join(dir, `p${n++}.${ext}`);
  fs.writeFileSync(abs, buf);
  return extractPhoto({ ...discovered(abs), container: ext === 'jpg' ? 'jpeg' : 'unknown' }, { hashPixels });
}

// ------------------------------------------------------------------ minimal JPEG headers

function seg(marker: number, body: Buffer): Buffer {
  const h = Buffer.alloc(4);
  h.writeUInt16BE(0xff00 | marker, 0);
  h.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([h, body]);
}
const dqt = (tq = 0) => seg(0xdb, Buffer.concat([Buffer.from([tq]), Buffer.alloc(64, 1)]));
const sof = (tq = 0) => seg(0xc0, Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, tq]));
/** A DHT with `codes` codes of length `len` (and nothing else). */
const dht = (tc: number, th: number, len: number, codes: number, value = 0) => {
  const counts = Buffer.alloc(16);
  counts[len - 1] = codes;
  return seg(0xc4, Buffer.concat([Buffer.from([(tc << 4) | th]), counts, Buffer.alloc(codes, value)]));
};
const sos = (table = 0x00) => seg(0xda, Buffer.from([1, 1, table, 0, 63, 0]));
const SOI = Buffer.from([0xff, 0xd8]);
const header = (...parts: Buffer[]) => Buffer.concat([SOI, ...parts]);

describe('jpegHeaderDefect: what libjpeg refuses before the first scan', () => {
  const ok = (dc: Buffer, ac: Buffer) => header(dqt(), sof(), dc, ac, sos());
  it('a Huffman code space: 3 codes of 2 bits fit, 4 do not (the all-ones code is reserved), 5 do not', () => {
    expect(jpegHeaderDefect(ok(dht(0, 0, 2, 3), dht(1, 0, 2, 3)))).toBeNull();
    expect(jpegHeaderDefect(ok(dht(0, 0, 2, 4), dht(1, 0, 2, 3)))).toMatch(/bogus Huffman/);
    expect(jpegHeaderDefect(ok(dht(0, 0, 2, 3), dht(1, 0, 2, 5)))).toMatch(/bogus Huffman/);
  });
  it('a DC category: 15 is accepted, 16 is not', () => {
    expect(jpegHeaderDefect(ok(dht(0, 0, 2, 1, 15), dht(1, 0, 2, 3)))).toBeNull();
    expect(jpegHeaderDefect(ok(dht(0, 0, 2, 1, 16), dht(1, 0, 2, 3)))).toMatch(/DC category/);
  });
  it('only tables the scan uses count; a missing table 0/1 is replaced by the standard one, table 2 is not', () => {
    expect(jpegHeaderDefect(header(dqt(), sof(), dht(0, 3, 2, 4), dht(0, 0, 2, 3), dht(1, 0, 2, 3), sos()))).toBeNull();
    expect(jpegHeaderDefect(header(dqt(), sof(), sos()))).toBeNull();
    expect(jpegHeaderDefect(header(dqt(), sof(), sos(0x22)))).toMatch(/Huffman table 2 \(DC\) not defined/);
  });
  it('quantisation tables: number 3 is the last one, 4 is refused; any non-zero precision reads as 16-bit', () => {
    const wide = (pq: number) => seg(0xdb, Buffer.concat([Buffer.from([(pq << 4) | 0]), Buffer.alloc(128, 1)]));
    expect(jpegHeaderDefect(header(dqt(3), sof(3), sos()))).toBeNull();
    expect(jpegHeaderDefect(header(dqt(4), sof(0), sos()))).toMatch(/quantisation table number 4/);
    expect(jpegHeaderDefect(header(wide(1), sof(), sos()))).toBeNull();
    expect(jpegHeaderDefect(header(wide(2), sof(), sos()))).toBeNull();
  });
  it('a component whose quantisation table is not defined', () => {
    expect(jpegHeaderDefect(header(dqt(1), sof(1), sos()))).toBeNull();
    expect(jpegHeaderDefect(header(dqt(0), sof(1), sos()))).toMatch(/quantisation table 1 not defined/);
  });
  it('markers: APP15 and COM are fine, 0xFFBF, 0xFFF0 (JPG0) and a second SOI are not', () => {
    const com = (m: number) => header(seg(m, Buffer.from('x')), dqt(), sof(), sos());
    expect(jpegHeaderDefect(com(0xef))).toBeNull();
    expect(jpegHeaderDefect(com(0xfe))).toBeNull();
    expect(jpegHeaderDefect(com(0xc4 - 5))).toMatch(/unsupported marker 0xffbf/);
    expect(jpegHeaderDefect(com(0xf0))).toMatch(/unsupported marker/);
    expect(jpegHeaderDefect(Buffer.concat([SOI, SOI, dqt(), sof(), sos()]))).toMatch(/unsupported marker 0xffd8/);
  });
  it('a real encoder output has none', async () => {
    expect(jpegHeaderDefect(camera)).toBeNull();
    expect(jpegHeaderDefect(await sharp(copy).jpeg({ progressive: true }).toBuffer())).toBeNull();
  });
});

describe('minScanBytes: the least data a declared picture needs', () => {
  it('2 bits per block sequential, 1 progressive, nothing known for arithmetic coding', () => {
    const c = [{ h: 2, v: 2 }, { h: 1, v: 1 }, { h: 1, v: 1 }];
    // 4000×3000 4:2:0: 500×375 luma blocks + 2 × 250×188 chroma blocks = 281,500 blocks
    expect(minScanBytes({ width: 4000, height: 3000, components: c, huffman: true, progressive: false })).toBe(70375);
    expect(minScanBytes({ width: 4000, height: 3000, components: c, huffman: true, progressive: true })).toBe(35187);
    expect(minScanBytes({ width: 4000, height: 3000, components: c, huffman: false, progressive: false })).toBe(0);
  });
  it('a file holding exactly that much passes the bound, one byte less is corrupt', async () => {
    const L = jpegLayout(copy);
    const lying = lyingJpegSize(copy, 4000, 3000);
    const need = minScanBytes({ ...L.frame!, width: 4000, height: 3000 });
    const withData = (bytes: number) => Buffer.concat([lying.subarray(0, L.scanData!), Buffer.alloc(bytes - 2, 0x55), Buffer.from([0xff, 0xd9])]);
    expect((await extract(withData(need), 'jpg', false)).error).toBeNull();
    expect((await extract(withData(need - 1), 'jpg', false)).error).toMatchObject({ code: 'corrupt' });
  });
  it('a 7.9 KB camera JPEG claiming 10000×9999 is corrupt, not a 100 MP photo', async () => {
    const small = await makeJpeg({ seed: 11, width: 200, height: 200, noise: 4, quality: 75, exif: { make: 'HUAWEI', dateTimeOriginal: '2026-06-18 09:30:00' }, thumbnail: true });
    const r = await extract(lyingJpegSize(small, 10000, 9999));
    expect(r.error?.code).toBe('corrupt');
    expect(r.error?.detail).toMatch(/10000×9999/);
  });
});

describe('jpegImageEnd: the main image ends with its own EOI', () => {
  it('finds it in a sequential and a progressive JPEG, and past data appended after it', async () => {
    const prog = await sharp(copy).jpeg({ progressive: true }).toBuffer();
    expect(jpegImageEnd(copy, jpegLayout(copy).sos!)).toBe(copy.length);
    expect(jpegImageEnd(prog, jpegLayout(prog).sos!)).toBe(prog.length);
    const trailer = Buffer.concat([copy, Buffer.alloc(20_000, 0x41)]);
    expect(jpegImageEnd(trailer, jpegLayout(trailer).sos!)).toBe(copy.length);
  });
  it('finds none when the last byte, or the last 1%, is missing', () => {
    expect(jpegImageEnd(copy.subarray(0, copy.length - 1), jpegLayout(copy).sos!)).toBeNull();
    expect(jpegImageEnd(cut(copy, 0.99), jpegLayout(copy).sos!)).toBeNull();
  });
});

describe('extractPhoto: broken photos are errors, whatever their thumbnail says', () => {
  it('a camera original or a copy missing its last 1% (or 1 byte) is truncated', async () => {
    for (const buf of [cut(camera, 0.99), cut(copy, 0.99), camera.subarray(0, camera.length - 1)]) {
      expect((await extract(buf)).error?.code).toBe('truncated');
    }
  });
  it('a sound photo with data appended after its image (a motion photo) is not', async () => {
    const r = await extract(Buffer.concat([camera, Buffer.alloc(20_000, 0x41)]));
    expect(r.error).toBeNull();
  });
  it('a bogus Huffman table is corrupt in a camera original and in a copy', async () => {
    for (const buf of [bogusHuffman(camera), bogusHuffman(copy)]) expect((await extract(buf)).error?.code).toBe('corrupt');
  });
  it('one flipped byte turning an APP marker into 0xFF1E is corrupt', async () => {
    const out = Buffer.from(camera);
    const app = jpegSegments(out).find((s) => s.marker === 0xe1)!;
    out[app.at + 1] = 0x1e;
    expect((await extract(out)).error?.code).toBe('corrupt');
  });
  it('a PNG whose IDAT cannot be inflated: pixels "decode-failed", reported as photo.undecodable', async () => {
    const png = await makePng({ seed: 5, width: 640, height: 480 });
    const good = await extract(png, 'png');
    expect(good.facts.pixelsUnavailable).toBeNull();
    const bad = await extract(corruptIdat(png), 'png');
    expect(bad.error).toBeNull();
    expect(bad.facts.pixelsUnavailable).toBe('decode-failed');
  });
  it('a PNG whose chunks end without IEND is truncated; with IEND, or only IEND missing, is decided by its chunks', async () => {
    const png = await makePng({ seed: 5, width: 640, height: 480 });
    expect((await extract(png.subarray(0, png.length - 12), 'png')).error?.code).toBe('truncated');
    expect((await extract(png, 'png')).error).toBeNull();
    // One chunk header cut in half is a chunk running past the end.
    expect((await extract(png.subarray(0, png.length - 8), 'png')).error?.code).toBe('truncated');
  });
  it('a PNG whose IHDR CRC is wrong does not decode (libvips accepts it below failOn "error")', async () => {
    const png = await makePng({ seed: 6, width: 640, height: 480 });
    const out = Buffer.from(png);
    out[8 + 8 + 13] ^= 0xff; // the IHDR chunk's CRC
    expect(zlib.crc32(out.subarray(12, 29))).not.toBe(out.readUInt32BE(29));
    const r = await extract(out, 'png');
    expect(r.error).toBeNull();
    expect(r.facts.pixelsUnavailable).toBe('decode-failed');
  });
});

describe('photo.undecodable and photo.pixels-not-checked', () => {
  it('pixels a decoder refuses are an error', () => {
    const hits = checkFile(photoFile(goodFacts({ format: 'png', pixelsUnavailable: 'decode-failed' }), { name: '2025-06-12 县一中 端午包粽子活动.png' }));
    expect(idsOf(hits)).toEqual(['photo.undecodable']);
    expect(catalog['photo.undecodable'].severity).toBe('error');
  });
  it('pixels this build cannot decode (HEVC) stay a warning', () => {
    const hits = checkFile(photoFile(goodFacts({ format: 'heif', pixelsUnavailable: 'hevc' }), { name: '2025-06-12 县一中 端午包粽子活动.heic' }));
    expect(idsOf(hits)).toEqual(['photo.pixels-not-checked']);
    expect(catalog['photo.pixels-not-checked'].severity).toBe('warning');
  });
});
