/**
 * The luma of a baseline JPEG at 1/8 scale, read from the DC coefficients alone: each 8×8 block's
 * mean, without the inverse DCT and without handing the bytes to an image library. For the EXIF
 * thumbnail of a photo (a few KB) this is ~50× cheaper than a decode through sharp, and it is
 * exactly the information a 9×8 dHash needs. Returns null for anything it does not handle
 * (progressive, arithmetic coding, 12-bit, broken data): the caller then decodes normally.
 */

interface Huffman {
  maxcode: Int32Array; // per code length 1..16, the largest code (or -1)
  valptr: Int32Array;
  mincode: Int32Array;
  values: Uint8Array;
}

function buildHuffman(counts: Uint8Array, values: Uint8Array): Huffman {
  const maxcode = new Int32Array(18).fill(-1);
  const valptr = new Int32Array(17);
  const mincode = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    const n = counts[len - 1]!;
    if (n) {
      valptr[len] = k;
      mincode[len] = code;
      code += n;
      k += n;
      maxcode[len] = code - 1;
    }
    code <<= 1;
  }
  return { maxcode, valptr, mincode, values };
}

class Bits {
  private acc = 0;
  private n = 0;
  marker = false; // a marker stopped the data
  /** Zero bytes fed past a marker or the end of the data: any consumed means the data ran out. */
  padded = 0;
  constructor(private readonly b: Buffer, public pos: number) {}
  /** Bits taken from the padding, i.e. invented rather than read. */
  get overrun(): boolean {
    return this.padded * 8 > this.n;
  }
  private fill(): void {
    while (this.n <= 24) {
      let byte = 0;
      if (this.marker || this.pos >= this.b.length) this.padded++;
      else {
        byte = this.b[this.pos]!;
        if (byte === 0xff) {
          const next = this.b[this.pos + 1];
          if (next === 0x00) this.pos += 2;
          else {
            this.marker = true; // feed zeros past a marker, as decoders do
            this.padded++;
            byte = 0;
          }
        } else this.pos++;
      }
      this.acc = ((this.acc << 8) | byte) >>> 0;
      this.n += 8;
    }
  }
  bit(): number {
    if (this.n === 0) this.fill();
    this.n--;
    return (this.acc >>> this.n) & 1;
  }
  get(count: number): number {
    if (count === 0) return 0;
    if (this.n < count) this.fill();
    this.n -= count;
    return (this.acc >>> this.n) & ((1 << count) - 1);
  }
  /** Skip to the next RSTn marker and past it. */
  restart(): boolean {
    if (this.overrun) return false;
    this.n = 0;
    this.padded = 0;
    this.acc = 0;
    this.marker = false;
    while (this.pos + 1 < this.b.length) {
      if (this.b[this.pos] === 0xff && this.b[this.pos + 1]! >= 0xd0 && this.b[this.pos + 1]! <= 0xd7) {
        this.pos += 2;
        return true;
      }
      this.pos++;
    }
    return false;
  }
}

function decodeSymbol(bits: Bits, h: Huffman): number {
  let code = 0;
  for (let len = 1; len <= 16; len++) {
    code = (code << 1) | bits.bit();
    if (code <= h.maxcode[len]!) return h.values[h.valptr[len]! + code - h.mincode[len]!]!;
  }
  return -1;
}

function extend(v: number, s: number): number {
  return s && v < 1 << (s - 1) ? v - (1 << s) + 1 : v;
}

export interface DcGrid {
  /** Mean luma of each 8×8 block, row by row. */
  means: Float32Array;
  blocksWide: number;
  blocksHigh: number;
  width: number; // image size in pixels
  height: number;
}

interface Component {
  id: number;
  h: number;
  v: number;
  tq: number;
}

export function jpegLumaDc(buf: Buffer): DcGrid | null {
  try {
    return decode(buf);
  } catch {
    return null;
  }
}

function decode(b: Buffer): DcGrid | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  const quant: (Uint16Array | undefined)[] = [];
  const dc: (Huffman | undefined)[] = [];
  const ac: (Huffman | undefined)[] = [];
  let comps: Component[] = [];
  let width = 0;
  let height = 0;
  let restartInterval = 0;
  let p = 2;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff) return null;
    const m = b[p + 1]!;
    if (m === 0xff) {
      p++;
      continue;
    }
    const len = b.readUInt16BE(p + 2);
    const seg = p + 4;
    const end = p + 2 + len;
    if (end > b.length) return null;
    if (m === 0xdb) {
      for (let q = seg; q < end; ) {
        const pq = b[q]! >> 4;
        const tq = b[q]! & 15;
        if (tq > 3 || q + 1 + 64 * (pq ? 2 : 1) > end) return null;
        const t = new Uint16Array(64);
        for (let i = 0; i < 64; i++) t[i] = pq ? b.readUInt16BE(q + 1 + 2 * i) : b[q + 1 + i]!;
        quant[tq] = t;
        q += 1 + 64 * (pq ? 2 : 1);
      }
    } else if (m === 0xc4) {
      for (let q = seg; q < end; ) {
        const tc = b[q]! >> 4;
        const th = b[q]! & 15;
        const counts = b.subarray(q + 1, q + 17);
        const total = counts.reduce((a, c) => a + c, 0);
        if (th > 3 || total > 256 || q + 17 + total > end) return null;
        const table = buildHuffman(counts, b.subarray(q + 17, q + 17 + total));
        (tc === 0 ? dc : ac)[th] = table;
        q += 17 + total;
      }
    } else if (m === 0xc0 || m === 0xc1) {
      if (b[seg] !== 8) return null; // 8-bit samples only
      height = b.readUInt16BE(seg + 1);
      width = b.readUInt16BE(seg + 3);
      const nf = b[seg + 5]!;
      if (nf < 1 || nf > 4 || len !== 8 + 3 * nf || width === 0 || height === 0) return null;
      comps = [];
      for (let i = 0; i < nf; i++) {
        const o = seg + 6 + i * 3;
        const c = { id: b[o]!, h: b[o + 1]! >> 4, v: b[o + 1]! & 15, tq: b[o + 2]! };
        if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 || c.tq > 3) return null;
        comps.push(c);
      }
    } else if ((m >= 0xc2 && m <= 0xcb && m !== 0xc4 && m !== 0xc8) || (m >= 0xcd && m <= 0xcf)) {
      return null; // progressive, lossless, arithmetic: not for this reader
    } else if (m === 0xdd) {
      restartInterval = b.readUInt16BE(seg);
    } else if (m === 0xda) {
      return scan(b, seg, end, comps, quant, dc, ac, width, height, restartInterval);
    } else if (m === 0xd9) {
      return null;
    }
    p = end;
  }
  return null;
}

function scan(
  b: Buffer,
  seg: number,
  end: number,
  comps: Component[],
  quant: (Uint16Array | undefined)[],
  dcTables: (Huffman | undefined)[],
  acTables: (Huffman | undefined)[],
  width: number,
  height: number,
  restartInterval: number,
): DcGrid | null {
  if (!comps.length || !width || !height) return null;
  const ns = b[seg]!;
  const inScan: { c: Component; dc: Huffman; ac: Huffman; index: number }[] = [];
  for (let i = 0; i < ns; i++) {
    const id = b[seg + 1 + i * 2]!;
    const t = b[seg + 2 + i * 2]!;
    const index = comps.findIndex((c) => c.id === id);
    const dcT = dcTables[t >> 4];
    const acT = acTables[t & 15];
    if (index < 0 || !dcT || !acT) return null;
    inScan.push({ c: comps[index]!, dc: dcT, ac: acT, index });
  }
  const luma = comps[0]!;
  const q0 = quant[luma.tq]?.[0];
  if (q0 === undefined || !inScan.some((s) => s.index === 0)) return null;
  const hmax = Math.max(...comps.map((c) => c.h));
  const vmax = Math.max(...comps.map((c) => c.v));
  const lumaW = Math.ceil((width * luma.h) / hmax);
  const lumaH = Math.ceil((height * luma.v) / vmax);
  const blocksWide = Math.ceil(lumaW / 8);
  const blocksHigh = Math.ceil(lumaH / 8);
  // Every block takes at least two bits: a header claiming more blocks than the data can hold
  // is not decoded (nor allocated for).
  const blocksPerMcu = inScan.reduce((n, s) => n + s.c.h * s.c.v, 0);
  const mcuCount = Math.ceil(width / (8 * hmax)) * Math.ceil(height / (8 * vmax));
  if (mcuCount * blocksPerMcu * 2 > (b.length - end) * 8) return null;
  const means = new Float32Array(blocksWide * blocksHigh);
  const bits = new Bits(b, end);
  const pred = new Int32Array(comps.length);

  const block = (s: (typeof inScan)[number]): number => {
    const t = decodeSymbol(bits, s.dc);
    if (t < 0 || t > 11) throw new Error('bad DC');
    pred[s.index]! += extend(bits.get(t), t);
    const dcValue = pred[s.index]!;
    for (let k = 1; k < 64; ) {
      const rs = decodeSymbol(bits, s.ac);
      if (rs < 0) throw new Error('bad AC');
      const r = rs >> 4;
      const size = rs & 15;
      if (size === 0) {
        if (r !== 15) break;
        k += 16;
        continue;
      }
      k += r;
      bits.get(size);
      k++;
    }
    return dcValue;
  };
  const put = (bx: number, by: number, dcValue: number) => {
    if (bx < blocksWide && by < blocksHigh) means[by * blocksWide + bx] = (dcValue * q0) / 8 + 128;
  };

  let mcus = 0;
  const onMcu = () => {
    mcus++;
    if (restartInterval && mcus % restartInterval === 0) {
      if (!bits.restart()) return false;
      pred.fill(0);
    }
    return true;
  };
  if (inScan.length === 1) {
    // Non-interleaved: one block per MCU, over the component's own block grid.
    const s = inScan[0]!;
    const cw = Math.ceil(Math.ceil((width * s.c.h) / hmax) / 8);
    const chh = Math.ceil(Math.ceil((height * s.c.v) / vmax) / 8);
    for (let by = 0; by < chh; by++) {
      for (let bx = 0; bx < cw; bx++) {
        const v = block(s);
        if (s.index === 0) put(bx, by, v);
        if (!onMcu() && !(by === chh - 1 && bx === cw - 1)) return null;
      }
    }
  } else {
    const mcuW = Math.ceil(width / (8 * hmax));
    const mcuH = Math.ceil(height / (8 * vmax));
    for (let my = 0; my < mcuH; my++) {
      for (let mx = 0; mx < mcuW; mx++) {
        for (const s of inScan) {
          for (let v = 0; v < s.c.v; v++) {
            for (let h = 0; h < s.c.h; h++) {
              const value = block(s);
              if (s.index === 0) put(mx * s.c.h + h, my * s.c.v + v, value);
            }
          }
        }
        if (!onMcu() && !(my === mcuH - 1 && mx === mcuW - 1)) return null;
      }
    }
  }
  // The data ran out before the last block: the grid would be partly invented.
  if (bits.overrun) return null;
  return { means, blocksWide, blocksHigh, width: lumaW, height: lumaH };
}
