import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPhoto } from '../../src/extract/photo.js';
import { buildExifTiff, makeBombPng, makeEobRunJpeg, makeFakeHeic, makeJpeg, makePng, spliceExif, truncate } from '../../fixtures/build/jpeg.js';
import { discovered, extractBuffer, tmpDir } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = tmpDir('extract');
});

const camera = {
  make: 'Apple',
  model: 'iPhone 15 Pro',
  software: '17.5.1',
  dateTimeOriginal: '2025-06-12 09:30:15',
  createDate: '2025-06-12 09:30:15',
  modifyDate: '2025-06-12 09:30:15',
};

describe('extractPhoto: EXIF facts', () => {
  it('reads capture time with its offset, make, model, software, GPS', async () => {
    const buf = await makeJpeg({ seed: 1, width: 1600, height: 1200, exif: { ...camera, offsetTimeOriginal: '+08:00', gps: { latitude: 31.2304, longitude: -121.4737 } } });
    const { facts, error } = await extractBuffer(dir, 'a.jpg', buf);
    expect(error).toBeNull();
    expect(facts).toMatchObject({
      format: 'jpeg',
      extensionMatches: true,
      exif: true,
      capturedAt: '2025-06-12T09:30:15+08:00',
      capturedAtSource: 'exif',
      createdAt: '2025-06-12T09:30:15',
      modifiedAt: '2025-06-12T09:30:15',
      make: 'Apple',
      model: 'iPhone 15 Pro',
      software: '17.5.1',
      width: 1600,
      height: 1200,
      bytes: buf.length,
    });
    expect(facts.gps!.latitude).toBeCloseTo(31.2304, 4);
    expect(facts.gps!.longitude).toBeCloseTo(-121.4737, 4);
  });

  it('keeps the wall clock when there is no offset (no time-zone shift)', async () => {
    const { facts } = await extractBuffer(dir, 'b.jpg', await makeJpeg({ seed: 2, width: 800, height: 600, exif: { dateTimeOriginal: '2025-07-31 23:30:00' } }));
    expect(facts.capturedAt).toBe('2025-07-31T23:30:00');
  });

  it('reads big-endian EXIF the same way', async () => {
    const { facts } = await extractBuffer(dir, 'be.jpg', await makeJpeg({ seed: 2, width: 640, height: 480, exif: { ...camera, bigEndian: true, orientation: 3 } }));
    expect(facts).toMatchObject({ make: 'Apple', orientation: 3, capturedAt: '2025-06-12T09:30:15' });
  });

  it('swaps the display size for orientation 6', async () => {
    const { facts } = await extractBuffer(dir, 'o6.jpg', await makeJpeg({ seed: 3, width: 1600, height: 1200, exif: { ...camera, orientation: 6 } }));
    expect(facts).toMatchObject({ orientation: 6, width: 1600, height: 1200, displayWidth: 1200, displayHeight: 1600 });
  });

  it('decodes a UTF-8 ImageDescription', async () => {
    const { facts } = await extractBuffer(dir, 'd.jpg', await makeJpeg({ seed: 4, width: 640, height: 480, exif: { ...camera, imageDescription: '2025年6月12日 县一中 端午包粽子活动' } }));
    expect(facts.description).toBe('2025年6月12日 县一中 端午包粽子活动');
    expect(facts.descriptionTag).toBe('ImageDescription');
  });

  it('decodes a UCS-2 XPComment', async () => {
    const { facts } = await extractBuffer(dir, 'xp.jpg', await makeJpeg({ seed: 5, width: 640, height: 480, exif: { ...camera, xpComment: '城关镇 重阳敬老活动' } }));
    expect(facts.description).toBe('城关镇 重阳敬老活动');
    expect(facts.descriptionTag).toBe('XPComment');
  });

  it.each([false, true])('decodes a UNICODE UserComment (big-endian TIFF: %s)', async (bigEndian) => {
    const buf = await makeJpeg({ seed: 6, width: 640, height: 480, exif: { ...camera, bigEndian, userComment: { text: '社区志愿服务', encoding: 'unicode' } } });
    const { facts } = await extractBuffer(dir, `uc-${bigEndian}.jpg`, buf);
    expect(facts.description).toBe('社区志愿服务');
    expect(facts.descriptionTag).toBe('UserComment');
  });

  it('reports no EXIF for a stripped copy', async () => {
    const { facts, error } = await extractBuffer(dir, 'wechat.jpg', await makeJpeg({ seed: 7, width: 1280, height: 960 }));
    expect(error).toBeNull();
    expect(facts).toMatchObject({ exif: false, capturedAt: null, make: null, hasThumbnail: false });
  });

  it('a thumbnail declaring more than a thumbnail\'s pixels is not decoded, and is not this image\'s', async () => {
    // A 476-byte thumbnail declaring 16383×16383 decoded to 805 MB: four such photos, 7.5 GB.
    const big = makeEobRunJpeg(2100, 2000);
    expect(big.length).toBeLessThan(1000);
    const r = await extractBuffer(dir, 'tbig.jpg', await makeJpeg({ seed: 8, width: 1600, height: 1200, exif: { ...camera, thumbnail: big } }));
    expect(r.facts).toMatchObject({ hasThumbnail: true, thumbnailDhash: null, thumbnailAspectMatches: false });
  });

  it('a progressive JPEG whose buffered coefficients pass 128 MB is not decoded (pixels-not-checked); one just under is', async () => {
    // Six 580 KB progressive copies declaring 10000×9999 took a run to 3.7 GB: libjpeg buffers every
    // coefficient of a progressive image (2 bytes a sample), whatever the output scale.
    const over = await extractBuffer(dir, 'prog-over.jpg', makeEobRunJpeg(8200, 8200, { dcScan: true }));
    expect(over.facts).toMatchObject({ width: 8200, height: 8200, pixelsUnavailable: 'progressive-over-decode-cap', imageDhash: null });
    const under = await extractBuffer(dir, 'prog-under.jpg', makeEobRunJpeg(2000, 2000, { dcScan: true }));
    expect(under.facts.pixelsUnavailable ?? null).toBeNull();
  });

  it('an interlaced PNG decoded into more than 128 MB is not decoded (pixels-not-checked); one not interlaced is', async () => {
    // Four 425 KB interlaced PNGs of 9990×10000 took a run to 1.9 GB: an interlaced PNG is decoded whole.
    const { default: sharp } = await import('sharp');
    const png = (progressive: boolean) => sharp({ create: { width: 5800, height: 5800, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 1 } } }).png({ progressive, compressionLevel: 1 }).toBuffer();
    const over = await extractBuffer(dir, 'interlaced.png', await png(true));
    expect(over.facts).toMatchObject({ width: 5800, height: 5800, pixelsUnavailable: 'interlaced-over-decode-cap', imageDhash: null });
    const plain = await extractBuffer(dir, 'plain.png', await png(false));
    expect(plain.facts.pixelsUnavailable ?? null).toBeNull();
  });

  it('a HEIF/AVIF image above 16 MP is not decoded (libheif decodes the whole frame): pixels-not-checked', async () => {
    // Four 8 KB AVIFs of 8000×8000 took a run to 4.6 GB.
    const { default: sharp } = await import('sharp');
    const avif = await sharp({ create: { width: 4100, height: 4000, channels: 3, background: { r: 90, g: 140, b: 30 } } }).avif({ effort: 0, quality: 30 }).toBuffer();
    const pad = Buffer.alloc(2008); // a second mdat, so the container carries a byte per 10,000 pixels
    pad.writeUInt32BE(pad.length, 0);
    pad.write('mdat', 4);
    const r = await extractBuffer(dir, 'big.avif', Buffer.concat([avif, pad]));
    expect(r.error).toBeNull();
    expect(r.facts).toMatchObject({ width: 4100, height: 4000, pixelsUnavailable: 'heif-over-decode-cap', imageDhash: null });
  });

  it('reads an embedded thumbnail and notices one of another picture', async () => {
    const same = await extractBuffer(dir, 't1.jpg', await makeJpeg({ seed: 8, width: 1600, height: 1200, exif: camera, thumbnail: true }));
    expect(same.facts).toMatchObject({ hasThumbnail: true, thumbnailAspectMatches: true });
    expect(same.facts.thumbnailDhash).toMatch(/^[0-9a-f]{16}$/);
    expect(same.facts.imageDhash).toBeNull(); // faithful thumbnail: the image was not decoded
    const other = await extractBuffer(dir, 't2.jpg', await makeJpeg({ seed: 8, width: 1600, height: 1200, exif: { ...camera, software: 'Adobe Photoshop 25.0' }, thumbnail: 99 }));
    expect(other.facts.imageDhash).toMatch(/^[0-9a-f]{16}$/); // suspect (editor): decoded to compare
  });

  it('reads EXIF from a PNG eXIf chunk', async () => {
    const { facts } = await extractBuffer(dir, 'p.png', await makePng({ seed: 9, width: 640, height: 480, exif: { ...camera, offsetTimeOriginal: '+08:00' } }));
    expect(facts).toMatchObject({ format: 'png', exif: true, capturedAt: '2025-06-12T09:30:15+08:00', make: 'Apple', width: 640, height: 480 });
  });

  it('opens GBK-named files through their byte path', async () => {
    const name = iconv.encode('现场照片1.jpg', 'gbk');
    const abs = Buffer.concat([Buffer.from(dir + path.sep), name]);
    fs.writeFileSync(abs, await makeJpeg({ seed: 10, width: 640, height: 480, exif: camera }));
    const { facts, error } = await extractPhoto({ ...discovered(abs, '现场照片1.jpg') });
    expect(error).toBeNull();
    expect(facts.make).toBe('Apple');
  });
});

describe('extractPhoto: broken and hostile files', () => {
  it('zero-byte file', async () => {
    const r = await extractBuffer(dir, 'zero.jpg', Buffer.alloc(0));
    expect(r.error?.code).toBe('empty');
    expect(r.facts.format).toBe('empty');
  });

  it('text named .jpg', async () => {
    const r = await extractBuffer(dir, 'note.jpg', Buffer.from('这不是图片，是一段文字。\nnot an image\n'));
    expect(r.error?.code).toBe('not-image');
    expect(r.facts.format).toBe('text');
    expect(r.facts.extensionMatches).toBe(false);
  });

  it('JPEG truncated at half', async () => {
    const full = await makeJpeg({ seed: 11, width: 1600, height: 1200, exif: camera });
    const r = await extractBuffer(dir, 'half.jpg', truncate(full));
    expect(r.error?.code).toBe('truncated');
    expect(r.facts.make).toBe('Apple'); // what was read is kept
    expect(r.facts.width).toBe(1600);
  });

  it('JPEG cut just after its EXIF thumbnail: the thumbnail\'s end marker does not pass it', async () => {
    const full = await makeJpeg({ seed: 12, width: 1600, height: 1200, exif: camera, thumbnail: true });
    const sos = full.indexOf(Buffer.from([0xff, 0xda]));
    const r = await extractBuffer(dir, 'thumbcut.jpg', full.subarray(0, sos + 2000));
    expect(r.error?.code).toBe('truncated');
  });

  it('JPEG whose frame header is broken (zero sampling factors) is corrupt, thumbnail or not', async () => {
    const full = await makeJpeg({ seed: 14, width: 320, height: 240, exif: camera, thumbnail: true });
    // The last SOF0 is the main image's (the thumbnail's comes first, inside the EXIF block).
    const sof = full.lastIndexOf(Buffer.from([0xff, 0xc0]));
    const broken = Buffer.from(full);
    for (let i = 0; i < broken[sof + 9]!; i++) broken[sof + 11 + i * 3] = 0x00;
    const r = await extractBuffer(dir, 'sampling.jpg', broken);
    expect(r.error?.code).toBe('corrupt');
  });

  it('JPEG truncated inside its header', async () => {
    const full = await makeJpeg({ seed: 11, width: 640, height: 480, exif: camera });
    const r = await extractBuffer(dir, 'head.jpg', truncate(full, 300));
    expect(r.error?.code).toBe('truncated');
  });

  it('PNG declaring 100000×100000 pixels: the size is recorded, the pixels are not decoded', async () => {
    const r = await extractBuffer(dir, 'bomb.png', makeBombPng(100_000, 100_000));
    // Whether it is a bomb is the check's call, against the county's maxPixels.
    expect(r.error).toBeNull();
    expect(r.facts).toMatchObject({ format: 'png', width: 100_000, height: 100_000, pixelsUnavailable: 'over-decode-cap', imageDhash: null });
  });

  it('the decode cap: 10000×10000 is decoded for its hash, 10000×10001 is not', async () => {
    fs.writeFileSync(path.join(dir, 'cap-on.png'), makeBombPng(10_000, 10_000));
    // Not hashed (no decode of 100 M pixels in a test): only the cap is in question.
    const on = await extractPhoto(discovered(path.join(dir, 'cap-on.png')), { hashPixels: false });
    expect(on.facts.pixelsUnavailable ?? null).toBeNull();
    const over = await extractBuffer(dir, 'cap-over.png', makeBombPng(10_000, 10_001));
    expect(over.facts.pixelsUnavailable).toBe('over-decode-cap');
    expect(over.error).toBeNull();
  });

  it('PNG named .jpg: real format png, extension mismatch', async () => {
    const r = await extractBuffer(dir, 'shot.jpg', await makePng({ seed: 12, width: 320, height: 240 }));
    expect(r.error).toBeNull();
    expect(r.facts).toMatchObject({ format: 'png', extensionMatches: false, width: 320, height: 240 });
  });

  it('truncated PNG', async () => {
    const r = await extractBuffer(dir, 'cut.png', truncate(await makePng({ seed: 13, width: 320, height: 240 })));
    expect(r.error?.code).toBe('truncated');
  });

  it('HEIC-looking header with nothing behind it', async () => {
    const r = await extractBuffer(dir, 'fake.heic', makeFakeHeic());
    expect(r.facts.format).toBe('heif');
    expect(r.facts.extensionMatches).toBe(true);
    expect(['corrupt', 'truncated']).toContain(r.error?.code);
  });

  it('corrupt EXIF block does not throw and keeps the pixel facts', async () => {
    const good = await makeJpeg({ seed: 14, width: 640, height: 480 });
    const tiff = buildExifTiff(camera);
    tiff.fill(0xee, 8, 40); // break IFD0
    const r = await extractBuffer(dir, 'badexif.jpg', spliceExif(good, tiff));
    expect(r.error).toBeNull();
    expect(r.facts).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
  });
});
