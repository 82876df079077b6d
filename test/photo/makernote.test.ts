import { describe, expect, it } from 'vitest';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { reconyxDateTimeOriginal } from '../../src/extract/photo-makernote.js';
import { extractBuffer, tmpDir } from './helpers.js';

const dir = tmpDir('makernote');

/** A Reconyx HyperFire maker note: int16u words, version 0xf101, date at word 0x0b. */
function hyperfire(date: [number, number, number, number, number, number], swap = false): Buffer {
  const b = Buffer.alloc(0x58);
  b.writeUInt16LE(0xf101, 0);
  const [y, mo, d, h, mi, s] = date;
  [s, mi, h, mo, d, y].forEach((v, i) => {
    const w = swap ? ((v >> 8) | ((v & 0xff) << 8)) & 0xffff : v;
    b.writeUInt16LE(w, 0x16 + 2 * i);
  });
  return b;
}

describe('capture time from a maker note (as exiftool falls back to it)', () => {
  it('reads a Reconyx HyperFire date when EXIF has no DateTimeOriginal', async () => {
    const jpeg = await makeJpeg({ width: 64, height: 48, exif: { makerNote: hyperfire([2020, 3, 16, 10, 0, 0]) } });
    const { facts } = await extractBuffer(dir, 'trail.jpg', jpeg);
    expect(facts.capturedAt).toBe('2020-03-16T10:00:00');
    expect(facts.capturedAtSource).toBe('makernote');
  });

  it('EXIF DateTimeOriginal wins over the maker note', async () => {
    const jpeg = await makeJpeg({ width: 64, height: 48, exif: { dateTimeOriginal: '2025-06-12 09:00:00', makerNote: hyperfire([2020, 3, 16, 10, 0, 0]) } });
    const { facts } = await extractBuffer(dir, 'trail.jpg', jpeg);
    expect(facts.capturedAt).toBe('2025-06-12T09:00:00');
    expect(facts.capturedAtSource).toBe('exif');
  });

  it('undoes the byte swap some firmware writes, reads UltraFire notes, ignores unknown notes', () => {
    expect(reconyxDateTimeOriginal({ data: hyperfire([2021, 11, 5, 23, 59, 58], true), le: true })).toBe('2021-11-05T23:59:58');
    const uf = Buffer.alloc(0x60);
    uf.write('RECONYXUF', 0, 'latin1');
    Buffer.from([7, 8, 9, 24, 12, 2019 & 0xff, 2019 >> 8]).copy(uf, 0x3b);
    expect(reconyxDateTimeOriginal({ data: uf, le: true })).toBe('2019-12-24T09:08:07');
    expect(reconyxDateTimeOriginal({ data: Buffer.from('Nikon\0\x02\x10\0\0'), le: true })).toBeNull();
  });
});
