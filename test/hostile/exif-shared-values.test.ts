/**
 * EXIF entries sharing one stored value (the amplification the hostile case `exif-shared-values`
 * runs through the CLI): the bound on the values the readers would decode, just inside, on and
 * just outside, and a sound camera block untouched.
 */
import { describe, expect, it } from 'vitest';
import { buildExifTiff } from '../../fixtures/build/jpeg.js';
import { EXIF_VALUE_SLACK, exifValueBytes, readExifTags } from '../../src/extract/photo-exif.js';
import { sharedValueExif } from './photos.js';

/** IFD0 of UNDEFINED fields with the given byte counts, all naming one value of `valueBytes`. */
function block(counts: number[], valueBytes: number): Buffer {
  const at = 8 + 2 + counts.length * 12 + 4;
  const b = Buffer.alloc(at + valueBytes, 0x41);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(8, 4);
  b.writeUInt16LE(counts.length, 8);
  counts.forEach((c, i) => {
    const e = 10 + i * 12;
    b.writeUInt16LE(0x9000 + i, e);
    b.writeUInt16LE(7, e + 2);
    b.writeUInt32LE(c, e + 4);
    b.writeUInt32LE(at, e + 8);
  });
  return b;
}

/** 18 fields over one 64 KB value, decoding length + slack + delta bytes in all. */
function atBound(delta: number): Buffer {
  const V = 65_536;
  const length = 8 + 2 + 18 * 12 + 4 + V;
  const full = Math.floor(EXIF_VALUE_SLACK / V) + 1; // 17 whole values
  const last = length + EXIF_VALUE_SLACK + delta - full * V;
  const b = block([...Array<number>(full).fill(V), last], V);
  expect(b.length).toBe(length);
  expect(exifValueBytes(b)).toBe(b.length + EXIF_VALUE_SLACK + delta);
  return b;
}

describe('EXIF values shared by many entries', () => {
  it('a sound camera block decodes each value once, within its length, and is read', async () => {
    const tiff = buildExifTiff({ dateTimeOriginal: '2026-06-18 09:30:00', make: 'HUAWEI', model: 'ELS-AN00', software: 'x'.repeat(300) });
    expect(exifValueBytes(tiff)).toBeLessThanOrEqual(tiff.length);
    const r = await readExifTags(tiff);
    expect(r.tags?.dateTimeOriginal).toBe('2026-06-18T09:30:00');
  });

  it('just inside and on the bound: read', async () => {
    for (const d of [-1, 0]) {
      const r = await readExifTags(atBound(d));
      expect(r.error, `delta ${d}`).toBeNull();
      expect(r.tags, `delta ${d}`).not.toBeNull();
    }
  });

  it('just outside the bound: refused unread', async () => {
    const r = await readExifTags(atBound(1));
    expect(r.tags).toBeNull();
    expect(r.error).toMatch(/share their values/);
  });

  it('a value past the block counts nothing; one running past it counts to the end only', () => {
    const b = block([10_000, 1 << 30], 10_000);
    expect(exifValueBytes(b)).toBe(20_000);
    const past = block([100], 0);
    past.writeUInt32LE(past.length + 5, 10 + 8);
    expect(exifValueBytes(past)).toBe(0);
  });

  it('each IFD is counted as often as it is named (IFD0 as its own IFD1, Exif and GPS IFD)', () => {
    const b = block([60_000], 60_000);
    const once = exifValueBytes(b);
    // IFD0's next-IFD pointer back to itself: IFD0 and IFD1 are one.
    b.writeUInt32LE(8, 10 + 12);
    expect(exifValueBytes(b)).toBe(2 * once);
  });

  it('a hostile block: 2,600 entries naming one 24 KB string, with a sound date, is refused', async () => {
    const tiff = sharedValueExif(2600, 24_000, 2);
    expect(exifValueBytes(tiff)).toBeGreaterThan(60_000_000);
    expect((await readExifTags(tiff)).tags).toBeNull();
  });
});
