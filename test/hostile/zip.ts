/**
 * Hostile zip containers: entries deflated, or given as a ready-made deflate stream (a bomb),
 * with declared sizes that may lie, written by the fixture builders' zip writer.
 */
import zlib from 'node:zlib';
import { writeZip } from '../../fixtures/build/zip.js';

export interface ZipEntry {
  name: string;
  /** Plain bytes, deflated here. */
  data?: Buffer;
  /** A raw deflate stream with its true CRC and inflated size. */
  deflated?: { stream: Buffer; crc: number; size: number };
  /** Uncompressed size written into the headers instead of the true one (a lying entry). */
  declaredSize?: number;
}

/** The entries through the fixture builders' zip writer (one writer for every fixture). */
export function makeZip(entries: ZipEntry[]): Buffer {
  return writeZip(
    entries.map((e) => ({
      name: e.name,
      data: e.data,
      raw: e.deflated && { deflated: e.deflated.stream, crc: e.deflated.crc, size: e.deflated.size },
      declaredSize: e.declaredSize,
    })),
  );
}

/** LSB-first bit writer for a deflate stream. */
class Bits {
  private out: number[] = [];
  private acc = 0;
  private n = 0;
  put(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.acc |= ((value >> i) & 1) << this.n;
      if (++this.n === 8) {
        this.out.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  /** A Huffman code: most significant bit first. */
  code(code: number, len: number): void {
    for (let i = len - 1; i >= 0; i--) this.put((code >> i) & 1, 1);
  }
  done(): Buffer {
    if (this.n) this.out.push(this.acc);
    return Buffer.from(this.out);
  }
}

function literal(b: Bits, byte: number): void {
  if (byte < 144) b.code(0x30 + byte, 8);
  else b.code(0x190 + byte - 144, 9);
}

/**
 * A deflate stream (one fixed-Huffman block) inflating to prefix + `run` × `fill` + suffix,
 * written as back-references of 258 bytes (13 bits each): 1 GB costs ~6 MB, built in well
 * under a second, never held inflated in memory.
 */
export function deflateBomb(prefix: string, run: number, suffix: string, fill = 0x20): { stream: Buffer; crc: number; size: number } {
  const b = new Bits();
  b.put(1, 1); // BFINAL
  b.put(1, 2); // BTYPE = 01 (fixed)
  const pre = Buffer.from(prefix, 'utf8');
  const suf = Buffer.from(suffix, 'utf8');
  for (const x of pre) literal(b, x);
  const copies = Math.floor((run - 1) / 258);
  const total = 1 + copies * 258;
  literal(b, fill);
  for (let i = 0; i < copies; i++) {
    b.code(0xc5, 8); // length 258 (symbol 285)
    b.code(0, 5); // distance 1
  }
  for (const x of suf) literal(b, x);
  b.code(0, 7); // end of block
  let crc = zlib.crc32(pre);
  const chunk = Buffer.alloc(1 << 20, fill);
  for (let left = total; left > 0; left -= chunk.length) crc = zlib.crc32(left >= chunk.length ? chunk : chunk.subarray(0, left), crc);
  crc = zlib.crc32(suf, crc);
  return { stream: b.done(), crc, size: pre.length + total + suf.length };
}
