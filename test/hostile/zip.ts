/**
 * A minimal ZIP writer for hostile containers: entries stored, deflated, or given as a ready-made
 * deflate stream (a bomb) with declared sizes that may lie. Deterministic (fixed DOS time).
 */
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Plain bytes, deflated here. */
  data?: Buffer;
  /** A raw deflate stream with its true CRC and inflated size. */
  deflated?: { stream: Buffer; crc: number; size: number };
  /** Uncompressed size written into the headers instead of the true one (a lying entry). */
  declaredSize?: number;
}

export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const d = e.deflated ?? { stream: zlib.deflateRawSync(e.data ?? Buffer.alloc(0)), crc: zlib.crc32(e.data ?? Buffer.alloc(0)), size: (e.data ?? Buffer.alloc(0)).length };
    const size = e.declaredSize ?? d.size;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(8, 8); // deflate
    lh.writeUInt16LE(0, 10);
    lh.writeUInt16LE(0x21, 12); // 1980-01-01
    lh.writeUInt32LE(d.crc >>> 0, 14);
    lh.writeUInt32LE(d.stream.length, 18);
    lh.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    locals.push(lh, name, d.stream);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(0, 12);
    ch.writeUInt16LE(0x21, 14);
    ch.writeUInt32LE(d.crc >>> 0, 16);
    ch.writeUInt32LE(d.stream.length, 20);
    ch.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.length + d.stream.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
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
