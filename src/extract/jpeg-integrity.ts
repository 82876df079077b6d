/**
 * Cheap soundness checks of a JPEG, without decoding it (issue 9 items 5 and 10). A camera
 * original is hashed from its EXIF thumbnail, so its own image data is never decoded; these
 * checks catch what a decoder would refuse, from bytes already read:
 *   - headerDefect: what libjpeg refuses before the first scan ("Bogus Huffman table
 *     definition", an undefined quantisation or Huffman table, a DC category above 15, an
 *     unknown marker: one flipped byte in a marker is enough);
 *   - tooLittleData: fewer entropy-coded bytes than the declared picture needs at the very least
 *     (every 8×8 block costs at least 2 bits in a sequential Huffman scan, 1 in a progressive
 *     one): a 7.9 KB file cannot hold 10000×9999 pixels;
 *   - imageEnd: where the main image's end-of-image marker is, walking the entropy-coded data
 *     and the segments between scans; a file without one was cut short (data appended after a
 *     sound image, such as a motion photo's video, is not mistaken for a cut).
 */

/** Frame header facts the checks need. */
export interface JpegFrame {
  width: number;
  height: number;
  /** Sampling factors per component. */
  components: { h: number; v: number }[];
  /** Huffman coding (SOF0-3, 5-7); arithmetic coding is not bounded here. */
  huffman: boolean;
  progressive: boolean;
}

interface Table {
  counts: number[];
  values: Buffer;
}

/** Why libjpeg would refuse a Huffman table, or null: codes overflowing their length. */
function huffmanDefect(t: Table, dc: boolean): string | null {
  let code = 0;
  for (let len = 1; len <= 16; len++) {
    code += t.counts[len - 1]!;
    // libjpeg: the all-ones code of a length is reserved.
    if (code >= 1 << len) return 'bogus Huffman table (more codes than the code space holds)';
    code <<= 1;
  }
  if (dc && t.values.some((v) => v > 15)) return 'bogus Huffman table (DC category above 15)';
  return null;
}

const HUFFMAN_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7]);
const ARITH_SOF = new Set([0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * The first defect libjpeg would stop at, from SOI to the first scan header (all inside `head`),
 * or null. Only what the first scan uses is checked, as libjpeg does: a table defined but never
 * used is no defect.
 */
export function jpegHeaderDefect(head: Buffer): string | null {
  const quant = new Set<number>();
  const dc = new Map<number, Table>();
  const ac = new Map<number, Table>();
  let frame: { id: number; tq: number }[] | null = null;
  let huffman = true;
  let progressive = false;
  let p = 2;
  while (p + 4 <= head.length) {
    if (head[p] !== 0xff) return null; // the header walk elsewhere reports a broken structure
    const m = head[p + 1]!;
    if (m === 0xff) {
      p++;
      continue;
    }
    if (m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      p += 2;
      continue;
    }
    if (m === 0xd9) return null;
    // libjpeg stops at a marker it does not know ("Unsupported marker type") and at a second SOI.
    if (m < 0xc0 || m === 0xd8 || m === 0xde || m === 0xdf || (m >= 0xf0 && m <= 0xfd)) return `unsupported marker 0xff${m.toString(16).padStart(2, '0')} at byte ${p}`;
    const len = head.readUInt16BE(p + 2);
    const seg = p + 4;
    const end = p + 2 + len;
    if (end > head.length || len < 2) return null;
    if (m === 0xdb) {
      for (let q = seg; q < end; ) {
        // libjpeg reads any non-zero precision as 16-bit and refuses a table number above 3.
        const wide = head[q]! >> 4 ? 2 : 1;
        const tq = head[q]! & 15;
        if (tq > 3) return `quantisation table number ${tq}`;
        quant.add(tq);
        q += 1 + 64 * wide;
        if (q > end) return 'quantisation table runs past its segment';
      }
    } else if (m === 0xc4) {
      for (let q = seg; q < end; ) {
        const tc = head[q]! >> 4;
        const th = head[q]! & 15;
        if (q + 17 > end) return 'Huffman table runs past its segment';
        const counts = [...head.subarray(q + 1, q + 17)];
        const total = counts.reduce((a, c) => a + c, 0);
        if (tc > 1 || th > 3 || total > 256 || q + 17 + total > end) return 'bogus Huffman table definition';
        (tc === 0 ? dc : ac).set(th, { counts, values: head.subarray(q + 17, q + 17 + total) });
        q += 17 + total;
      }
    } else if (HUFFMAN_SOF.has(m) || ARITH_SOF.has(m)) {
      if (frame) return 'two frame headers';
      huffman = HUFFMAN_SOF.has(m);
      progressive = m === 0xc2 || m === 0xc6 || m === 0xca || m === 0xce;
      const nf = head[seg + 5] ?? 0;
      frame = [];
      for (let i = 0; i < nf && seg + 8 + 3 * i <= end; i++) frame.push({ id: head[seg + 6 + 3 * i]!, tq: head[seg + 8 + 3 * i]! });
    } else if (m === 0xda) {
      if (!frame) return 'scan before the frame header';
      const ns = head[seg] ?? 0;
      const ss = head[seg + 1 + 2 * ns] ?? 0;
      const ah = (head[seg + 3 + 2 * ns] ?? 0) >> 4;
      for (let i = 0; i < ns; i++) {
        const id = head[seg + 1 + 2 * i];
        const t = head[seg + 2 + 2 * i]!;
        const c = frame.find((x) => x.id === id);
        if (!c) return `scan component ${id} not in the frame`;
        if (!quant.has(c.tq)) return `quantisation table ${c.tq} not defined`;
        if (!huffman) continue;
        const needDc = !progressive || (ss === 0 && ah === 0);
        const needAc = !progressive || ss > 0;
        // An undefined table 0 or 1 is no defect: libjpeg-turbo substitutes the standard
        // tables (Motion-JPEG frames carry none).
        if (needDc) {
          const table = dc.get(t >> 4);
          if (!table && t >> 4 > 1) return `Huffman table ${t >> 4} (DC) not defined`;
          const d = table && huffmanDefect(table, true);
          if (d) return d;
        }
        if (needAc) {
          const table = ac.get(t & 15);
          if (!table && (t & 15) > 1) return `Huffman table ${t & 15} (AC) not defined`;
          const d = table && huffmanDefect(table, false);
          if (d) return d;
        }
      }
      return null;
    }
    p = end;
  }
  return null;
}

/**
 * The least entropy-coded data a picture of this frame needs, in bytes, or 0 when no bound is
 * known (arithmetic coding). Blocks are counted per component over its own block grid (no MCU
 * padding): a lower bound.
 */
export function minScanBytes(f: JpegFrame): number {
  if (!f.huffman || !f.components.length) return 0;
  const hmax = Math.max(...f.components.map((c) => c.h));
  const vmax = Math.max(...f.components.map((c) => c.v));
  let blocks = 0;
  for (const c of f.components) {
    blocks += Math.ceil(Math.ceil((f.width * c.h) / hmax) / 8) * Math.ceil(Math.ceil((f.height * c.v) / vmax) / 8);
  }
  return Math.floor((blocks * (f.progressive ? 1 : 2)) / 8);
}

/**
 * Largest coefficient buffer a progressive JPEG may need to be decoded. libjpeg keeps every
 * coefficient of a multi-scan image (2 bytes a sample, the whole frame) whatever the output scale:
 * six 580 KB progressive copies declaring 10000×9999 (a DC scan of one bit a block, then runs of
 * empty bands) took a run to 3.7 GB. 128 MB is a 42 MP 4:2:0 or 21 MP 4:4:4 picture; a camera
 * writes sequential JPEGs, and web or chat exports are a few megapixels.
 */
export const PROGRESSIVE_COEFFICIENT_LIMIT = 128 * 1024 * 1024;

/** Bytes of coefficients libjpeg buffers to decode this frame: the whole frame when progressive, else 0. */
export function progressiveCoefficientBytes(f: JpegFrame): number {
  if (!f.progressive || !f.components.length) return 0;
  const hmax = Math.max(...f.components.map((c) => c.h));
  const vmax = Math.max(...f.components.map((c) => c.v));
  let blocks = 0;
  for (const c of f.components) {
    blocks += Math.ceil(Math.ceil((f.width * c.h) / hmax) / 8) * Math.ceil(Math.ceil((f.height * c.v) / vmax) / 8);
  }
  return blocks * 128;
}

/**
 * Bytes libpng/libvips hold to decode an interlaced (Adam7) PNG, which is read whole whatever the
 * output size (W × H × channels × bytes a sample; a palette counted as RGBA), else 0: four 425 KB
 * interlaced PNGs of 9990×10000 took a run to 1.9 GB (not interlaced: 435 MB). Held to
 * PROGRESSIVE_COEFFICIENT_LIMIT like a progressive JPEG.
 */
export function interlacedPngBytes(buf: Buffer): number {
  if (buf.length < 29 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('latin1', 12, 16) !== 'IHDR' || buf[28] !== 1) return 0;
  const channels = ({ 0: 1, 2: 3, 3: 4, 4: 2, 6: 4 } as Record<number, number>)[buf[25]!] ?? 4;
  return buf.readUInt32BE(16) * buf.readUInt32BE(20) * channels * (buf[24] === 16 ? 2 : 1);
}

/**
 * Offset just past the main image's end-of-image marker, walking from its first scan header at
 * `sos`: entropy-coded data (0xFF00 stuffing, RSTn, fill bytes) and the segments between scans.
 * Null when the data runs to the end of `buf` without one: the image is cut short.
 */
export function jpegImageEnd(buf: Buffer, sos: number): number | null {
  let p = sos;
  for (let guard = 0; guard < 1_000_000; guard++) {
    // p is at a marker segment (SOS, DHT, DRI … between scans)
    if (p + 2 > buf.length || buf[p] !== 0xff) return null;
    const m = buf[p + 1]!;
    if (m === 0xd9) return p + 2;
    if (m === 0xff) {
      p++;
      continue;
    }
    if (p + 4 > buf.length) return null;
    p += 2 + buf.readUInt16BE(p + 2);
    if (m !== 0xda) continue;
    // entropy-coded data: up to the next marker that is not stuffing, a restart or fill
    for (;;) {
      const q = buf.indexOf(0xff, p);
      if (q < 0 || q + 1 >= buf.length) return null;
      const n = buf[q + 1]!;
      if (n === 0x00 || (n >= 0xd0 && n <= 0xd7)) {
        p = q + 2;
      } else if (n === 0xff) {
        p = q + 1;
      } else {
        p = q;
        break;
      }
    }
  }
  return null;
}
