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
