/** The bounded zip reader: declared sizes and ratios checked before inflating, lying sizes caught while inflating. */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipBombError, ZipFormatError, checkZipBounds, readZipDirectory, type ZipEntry, type ZipLimits } from '../../src/extract/zip.js';
import { repeatedDeflate, writeZip } from '../../fixtures/build/zip.js';

const entry = (size: number, compressedSize: number, name = 'a.xml'): ZipEntry => ({ name, method: 8, size, compressedSize, localOffset: 0, encrypted: false });
const limits: ZipLimits = { maxEntry: 1000, maxTotal: 2500, maxRatio: 10, ratioFloor: 100, maxEntries: 3 };
const bomb = (f: () => void) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ZipBombError) return e.info;
    throw e;
  }
  return null;
};

describe('declared sizes are bounded before anything is inflated', () => {
  it('one entry: just inside, on and just outside maxEntry', () => {
    expect(bomb(() => checkZipBounds([entry(999, 999)], limits))).toBeNull();
    expect(bomb(() => checkZipBounds([entry(1000, 1000)], limits))).toBeNull();
    expect(bomb(() => checkZipBounds([entry(1001, 1001)], limits))).toMatchObject({ reason: 'entry-size', entry: 'a.xml', seen: 1001, limit: 1000 });
  });
  it('ratio: just inside, on and just outside, only above the floor', () => {
    expect(bomb(() => checkZipBounds([entry(999, 100)], limits))).toBeNull();
    expect(bomb(() => checkZipBounds([entry(1000, 100)], limits))).toBeNull();
    expect(bomb(() => checkZipBounds([entry(1000, 99)], limits))).toMatchObject({ reason: 'ratio', seen: 10, limit: 10 });
    // A small part may compress as far as it likes (an empty-ish XML deflates 50×).
    expect(bomb(() => checkZipBounds([entry(100, 1)], limits))).toBeNull();
    expect(bomb(() => checkZipBounds([entry(101, 1)], limits))).toMatchObject({ reason: 'ratio' });
  });
  it('total: on and just outside maxTotal; entry count: on and just outside', () => {
    expect(bomb(() => checkZipBounds([entry(1000, 1000), entry(1000, 1000), entry(500, 500)], limits))).toBeNull();
    expect(bomb(() => checkZipBounds([entry(1000, 1000), entry(1000, 1000), entry(501, 501)], limits))).toMatchObject({ reason: 'total-size', seen: 2501 });
    expect(bomb(() => checkZipBounds([entry(1, 1), entry(1, 1), entry(1, 1), entry(1, 1)], limits))).toMatchObject({ reason: 'entries', seen: 4, limit: 3 });
  });
  it('the default limits let a real package through and stop a 1 GB part', () => {
    expect(bomb(() => checkZipBounds([entry(5 << 20, 600 << 10), entry(30 << 20, 30 << 20, 'word/media/image1.jpeg')]))).toBeNull();
    expect(bomb(() => checkZipBounds([entry(1 << 30, 1 << 20)]))).toMatchObject({ reason: 'entry-size', limit: DEFAULT_ZIP_LIMITS.maxEntry });
  });
});

describe('reading entries', () => {
  const xml = Buffer.from('<a>清河县</a>'.repeat(50));
  it('reads stored sizes, names (UTF-8) and contents', () => {
    const z = new ZipArchive(writeZip([{ name: '目录/a.xml', data: xml }, { name: 'b', data: Buffer.alloc(0) }]));
    expect(z.entries.map((e) => [e.name, e.size])).toEqual([['目录/a.xml', xml.length], ['b', 0]]);
    expect(z.text('目录/a.xml')).toBe(xml.toString());
    expect(z.read('b')!.length).toBe(0);
    expect(z.read('missing')).toBeNull();
  });
  it('a part that inflates beyond the size it declares is stopped at that size', () => {
    const z = new ZipArchive(writeZip([{ name: 'a.xml', data: xml, declaredSize: xml.length - 1 }]));
    expect(bomb(() => z.read('a.xml'))).toMatchObject({ reason: 'size-lies', entry: 'a.xml', limit: xml.length - 1 });
    // On the declared size exactly: read.
    expect(new ZipArchive(writeZip([{ name: 'a.xml', data: xml, declaredSize: xml.length }])).read('a.xml')!.equals(xml)).toBe(true);
  });
  it('a 1 GB part declared as 1 KB costs no more than 1 KB to find out', () => {
    const raw = repeatedDeflate(Buffer.from('<x>'), Buffer.alloc(1 << 20, 0x61), 1024, Buffer.from('</x>'));
    expect(raw.deflated.length).toBeLessThan(2 << 20);
    const z = new ZipArchive(writeZip([{ name: 'a.xml', raw, declaredSize: 1024 }]));
    expect(bomb(() => z.read('a.xml'))).toMatchObject({ reason: 'size-lies' });
    // Declared honestly, it never gets that far.
    expect(bomb(() => new ZipArchive(writeZip([{ name: 'a.xml', raw }])))).toMatchObject({ reason: 'entry-size', seen: raw.size });
  });
  it('a stored part is its declared size: more is a lie, less is cut short (every bound is on declared sizes)', () => {
    // A .docx whose stored document.xml declared 1 KB and held 40 MB passed the 4 MB part bound
    // and ran past 120 s at 1.8 GB (mammoth parsed it all).
    const lying = new ZipArchive(writeZip([{ name: 'a.xml', data: xml, stored: true, declaredSize: 10 }]));
    expect(bomb(() => lying.read('a.xml'))).toMatchObject({ reason: 'size-lies', entry: 'a.xml', seen: xml.length, limit: 10 });
    expect(() => new ZipArchive(writeZip([{ name: 'a.xml', data: xml, stored: true, declaredSize: xml.length + 1 }])).read('a.xml')).toThrow(ZipFormatError);
    expect(new ZipArchive(writeZip([{ name: 'a.xml', data: xml, stored: true }])).read('a.xml')!.equals(xml)).toBe(true);
  });
  it('zip64 declared sizes are read (a 5 GB part)', () => {
    const info = bomb(() => new ZipArchive(writeZip([{ name: 'big.xml', data: xml, declaredSize: 5 * 2 ** 30 }])));
    expect(info).toMatchObject({ reason: 'entry-size', seen: 5 * 2 ** 30 });
  });
  it('a cut-short zip is truncated, not a crash; garbage is not a zip', () => {
    const whole = writeZip([{ name: 'a.xml', data: xml }]);
    expect(() => readZipDirectory(whole.subarray(0, 40))).toThrow(ZipFormatError);
    try {
      readZipDirectory(whole.subarray(0, 40));
    } catch (e) {
      expect((e as ZipFormatError).truncated).toBe(true);
    }
    expect(() => readZipDirectory(Buffer.from('not a zip at all'))).toThrow(ZipFormatError);
    const bad = Buffer.from(whole);
    bad.fill(0x55, 30 + 5, 30 + 5 + 10); // corrupt the deflate data
    expect(() => new ZipArchive(bad).read('a.xml')).toThrow();
  });
  it('deflate of repeated bytes is what the bomb builder says it is', () => {
    const raw = repeatedDeflate(Buffer.from('h'), Buffer.from('uu'), 3, Buffer.from('t'));
    expect(zlib.inflateRawSync(raw.deflated).toString()).toBe('huuuuuut');
    expect(raw.crc).toBe(zlib.crc32('huuuuuut'));
  });
});
