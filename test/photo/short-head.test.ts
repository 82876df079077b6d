/**
 * A JPEG that discovery sniffed as JPEG is walked from the first SNIFF_BYTES (in the page cache
 * after discovery's read); the first 64 KB are read only when the headers do not end inside
 * them or a search needs them. Whichever head is used, the facts must be those of the 64 KB head
 * (a file whose container is not known yet is read that way): checked at the 8 KB boundary.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { extractPhoto } from '../../src/extract/photo.js';
import { SNIFF_BYTES } from '../../src/formats/sniff.js';
import { discovered, tmpDir } from './helpers.js';

/** A COM segment of `n` bytes in all (marker and length included). */
function com(n: number): Buffer {
  const b = Buffer.alloc(n, 0x78);
  b[0] = 0xff;
  b[1] = 0xfe;
  b.writeUInt16BE(n - 2, 2);
  return b;
}

/** Where the first scan header starts and where its entropy-coded data starts. */
function scanAt(jpeg: Buffer): { sos: number; data: number } {
  let p = 2;
  while (jpeg[p] === 0xff) {
    const m = jpeg[p + 1]!;
    const len = jpeg.readUInt16BE(p + 2);
    if (m === 0xda) return { sos: p, data: p + 2 + len };
    p += 2 + len;
  }
  throw new Error('no scan header');
}

/** The same bytes with a COM segment after SOI, so that the scan header starts at `sosAt`. */
function withScanAt(jpeg: Buffer, sosAt: number): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), com(sosAt - scanAt(jpeg).sos), jpeg.subarray(2)]);
}

const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:DateTimeOriginal="2025-01-02T03:04:05"/></x:xmpmeta>';

describe('photo facts from the short head (a JPEG discovery sniffed)', () => {
  const dir = tmpDir('short-head');
  /** Facts read as a sniffed JPEG (short head first) and as an unsniffed file (64 KB head). */
  async function both(name: string, bytes: Buffer) {
    const abs = path.join(dir, name);
    fs.writeFileSync(abs, bytes);
    const asJpeg = await extractPhoto({ ...discovered(abs), container: 'jpeg' });
    const asUnknown = await extractPhoto(discovered(abs));
    return { asJpeg, asUnknown };
  }

  it('gives the 64 KB head\'s facts with the scan header ending just inside, on and just past the sniffed bytes', async () => {
    const jpeg = await makeJpeg({ width: 1600, height: 1200, seed: 3, exif: { dateTimeOriginal: '2025-06-12 09:30:00', make: 'Canon' }, thumbnail: true });
    expect(jpeg.length).toBeGreaterThan(64 * 1024);
    const headerLen = scanAt(jpeg).data - scanAt(jpeg).sos;
    // The scan header ends at SNIFF_BYTES - 1, SNIFF_BYTES and SNIFF_BYTES + 1; and starts 4 bytes before the end.
    for (const sosAt of [SNIFF_BYTES - 1 - headerLen, SNIFF_BYTES - headerLen, SNIFF_BYTES + 1 - headerLen, SNIFF_BYTES - 4]) {
      const { asJpeg, asUnknown } = await both(`pad-${sosAt}.jpg`, withScanAt(jpeg, sosAt));
      expect(asJpeg).toEqual(asUnknown);
      expect(asJpeg.error).toBeNull();
      expect(asJpeg.facts.capturedAt).toMatch(/^2025-06-12T09:30:00/);
      expect(asJpeg.facts.thumbnailDhash).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('finds an XMP date past the sniffed bytes (in the first 64 KB) when there is no EXIF date', async () => {
    const jpeg = await makeJpeg({ width: 1600, height: 1200, seed: 4 });
    const { data } = scanAt(jpeg);
    for (const at of [data + 100, SNIFF_BYTES + 1000, 40_000]) {
      const bytes = Buffer.concat([jpeg.subarray(0, at), Buffer.from(XMP), jpeg.subarray(at)]);
      const { asJpeg, asUnknown } = await both(`xmp-${at}.jpg`, bytes);
      expect(asJpeg).toEqual(asUnknown);
      expect(asJpeg.facts.capturedAt).toMatch(/^2025-01-02T03:04:05/);
      expect(asJpeg.facts.capturedAtSource).toBe('xmp');
    }
  });

  it('walks headers longer than the sniffed bytes as before, and a file that is no longer a JPEG as what it is', async () => {
    const jpeg = await makeJpeg({ width: 1600, height: 1200, seed: 5, exif: { dateTimeOriginal: '2025-06-12 09:30:00' } });
    const long = await both('long.jpg', Buffer.concat([jpeg.subarray(0, 2), com(30_000), com(40_000), jpeg.subarray(2)]));
    expect(long.asJpeg).toEqual(long.asUnknown);
    expect(long.asJpeg.facts.capturedAt).toMatch(/^2025-06-12T09:30:00/);
    // Discovery said JPEG, the file is a PNG-signature file now (changed since).
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100_000)]);
    const changed = await both('changed.jpg', png);
    expect(changed.asJpeg).toEqual(changed.asUnknown);
    expect(changed.asJpeg.facts.format).toBe('png');
  });
});
