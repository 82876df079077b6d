/**
 * Photos that look sound from their headers but are not: built from code for the hostile
 * harness and the photo tests (issue 9 items 5 and 10).
 */
import zlib from 'node:zlib';

/** Top-level JPEG segments from SOI to the first SOS: [marker, start of the 0xFF, end]. */
export function jpegSegments(jpeg: Buffer): { marker: number; at: number; end: number }[] {
  const out: { marker: number; at: number; end: number }[] = [];
  let p = 2;
  while (p + 4 <= jpeg.length && jpeg[p] === 0xff) {
    const marker = jpeg[p + 1]!;
    const end = p + 2 + jpeg.readUInt16BE(p + 2);
    out.push({ marker, at: p, end });
    if (marker === 0xda) break;
    p = end;
  }
  return out;
}

/**
 * The same JPEG with its first Huffman table made impossible (two more 1-bit codes than the code
 * space holds): libjpeg stops with "Bogus Huffman table definition". The EXIF thumbnail, which
 * has its own tables, is left sound.
 */
export function bogusHuffman(jpeg: Buffer): Buffer {
  const out = Buffer.from(jpeg);
  const dht = jpegSegments(out).find((s) => s.marker === 0xc4);
  if (!dht) throw new Error('no DHT');
  const counts = dht.at + 5; // after FF C4, length, Tc/Th
  const k = [...Array(16).keys()].find((i) => i > 0 && out[counts + i]! >= 2);
  if (k === undefined) throw new Error('no code length with two codes');
  out[counts] = out[counts]! + 2;
  out[counts + k] = out[counts + k]! - 2;
  return out;
}

/** The same JPEG whose frame header declares another size (a 7.9 KB file claiming 10000×9999). */
export function lyingJpegSize(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  const sof = jpegSegments(out).find((s) => s.marker >= 0xc0 && s.marker <= 0xc2);
  if (!sof) throw new Error('no SOF');
  out.writeUInt16BE(height, sof.at + 5);
  out.writeUInt16BE(width, sof.at + 7);
  return out;
}

/** The first `fraction` of a file (0.99: the last 1% missing). */
export function cut(buf: Buffer, fraction: number): Buffer {
  return Buffer.from(buf.subarray(0, Math.floor(buf.length * fraction)));
}

/** One byte XOR 0xFF at `fraction` of the file. */
export function flip(buf: Buffer, fraction: number): Buffer {
  const out = Buffer.from(buf);
  const at = Math.min(out.length - 1, Math.floor(out.length * fraction));
  out[at] = out[at]! ^ 0xff;
  return out;
}

/**
 * The same PNG whose first IDAT holds an impossible deflate block (type 11) with a correct
 * chunk CRC: only a decode can tell.
 */
export function corruptIdat(png: Buffer): Buffer {
  const out = Buffer.from(png);
  let p = 8;
  while (p + 12 <= out.length) {
    const len = out.readUInt32BE(p);
    const type = out.toString('latin1', p + 4, p + 8);
    if (type === 'IDAT' && len > 2) {
      out[p + 8 + 2] = 0xff; // after the zlib header: BFINAL=1, BTYPE=11 (reserved)
      out.writeUInt32BE(zlib.crc32(out.subarray(p + 4, p + 8 + len)), p + 8 + len);
      return out;
    }
    p += 12 + len;
  }
  throw new Error('no IDAT');
}

/**
 * A little-endian TIFF (EXIF) block whose IFD0 holds `entries` fields all naming ONE stored value
 * of `valueBytes` bytes (type 2 ASCII, 3 SHORT or 7 UNDEFINED), then a pointer to an Exif IFD
 * with a sound DateTimeOriginal: readers decode the shared value once per entry.
 */
export function sharedValueExif(entries: number, valueBytes: number, type: 2 | 3 | 7 = 2, date = '2026:06:18 09:30:00'): Buffer {
  const size = type === 3 ? 2 : 1;
  const n = entries + 1;
  const exifIfd = 8 + 2 + n * 12 + 4;
  const dateAt = exifIfd + 2 + 12 + 4;
  const valueAt = dateAt + 20;
  const b = Buffer.alloc(valueAt + valueBytes, 0x41);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(8, 4);
  b.writeUInt16LE(n, 8);
  const entry = (at: number, tag: number, t: number, count: number, value: number) => {
    b.writeUInt16LE(tag, at);
    b.writeUInt16LE(t, at + 2);
    b.writeUInt32LE(count, at + 4);
    b.writeUInt32LE(value, at + 8);
  };
  entry(10, 0x8769, 4, 1, exifIfd);
  for (let i = 0; i < entries; i++) entry(10 + (i + 1) * 12, 0x9000 + i, type, valueBytes / size, valueAt);
  b.writeUInt32LE(0, 10 + n * 12);
  b.writeUInt16LE(1, exifIfd);
  entry(exifIfd + 2, 0x9003, 2, 20, dateAt);
  b.writeUInt32LE(0, exifIfd + 14);
  b.write(`${date}\0`, dateAt, 'latin1');
  b[b.length - 1] = 0;
  return b;
}
