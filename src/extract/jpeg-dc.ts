/**
 * The luma of a baseline JPEG at 1/8 scale, read from the DC coefficients alone: each 8×8 block's
 * mean, without the inverse DCT and without handing the bytes to an image library. For the EXIF
 * thumbnail of a photo (a few KB) this is ~50× cheaper than a decode through sharp, and it is
 * exactly the information a 9×8 dHash needs. Returns null for anything it does not handle
 * (progressive, arithmetic coding, 12-bit, broken data): the caller then decodes normally.
 */

/**
 * A Huffman table: the canonical maxcode walk, plus, for long scan data, lookup tables indexed by
 * the next LOOK bits (0: no code of up to LOOK bits starts there, and the walk decides). They
 * decode more than one code: for a DC table `dcFast` gives the difference itself when the code and
 * its extra bits fit in LOOK bits; for an AC table `acRun` gives, for every run of AC symbols whose
 * codes start inside the window, how many bits to pass over (codes and coefficient bits, which the
 * DC reader never needs) and how far the coefficient index moves, so one lookup skips two or three
 * coefficients (`acOne`: the first symbol alone, for the end of a block). Bit-by-bit decoding was
 * 3× slower on the forwarded 1280 px copies, one symbol per lookup a third slower than this; for a
 * thumbnail of 2 KB with its own optimised tables, building them cost more than it saved, so they
 * are built only for long data. A thumbnail's codes are looked up by their first 8 bits instead
 * (`short`, 256 entries, one symbol at a time), which took its hash from 62 to 44 µs (the bench's 1,800 thumbnails, warm).
 */
interface Huffman {
  /** DC: (difference << 8) | 0x80 | bits used (code + extra bits). */
  dcFast: Int32Array | null;
  /**
   * AC: bits to skip | (index step << 5) | (index step before the run's last symbol << 13): the
   * run is taken whole only when no symbol before its last can end the block.
   */
  acRun: Int32Array | null;
  /** AC, the first symbol only: bits | (index step << 5). */
  acOne: Int32Array | null;
  /**
   * For short scan data (an EXIF thumbnail): (length << 8) | symbol of the code at the head of
   * each SHORT-bit window, 0 when no code of up to SHORT bits starts there (the walk decides).
   */
  short: Int32Array | null;
  maxcode: Int32Array; // per code length 1..16, the largest code (or -1)
  valptr: Int32Array;
  mincode: Int32Array;
  counts: Uint8Array;
  values: Uint8Array;
}

const LOOK = 11;
const LOOK_MASK = (1 << LOOK) - 1;
/** Scan data from this length on is decoded through the lookup tables. */
const LOOKAHEAD_FROM = 16 * 1024;
/**
 * Shorter scan data looks its codes up by their first SHORT bits (one symbol at a time): 256
 * entries per table cost less to fill than the walk they save on a thumbnail's few thousand codes.
 */
const SHORT = 8;

/** Null for a table libjpeg refuses ("Bogus Huffman table definition"): codes overflow their length. */
function buildHuffman(counts: Uint8Array, values: Uint8Array): Huffman | null {
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
      if (code >= 1 << len) return null;
    }
    code <<= 1;
  }
  return { dcFast: null, acRun: null, acOne: null, short: null, maxcode, valptr, mincode, counts, values };
}

/** Calls `each(window, length, symbol)` for every LOOK-bit window that starts with a code of up to LOOK bits. */
function eachShortCode(h: Huffman, each: (w: number, len: number, sym: number) => void): void {
  let code = 0;
  let k = 0;
  for (let len = 1; len <= LOOK; len++) {
    const n = h.counts[len - 1]!;
    for (let i = 0; i < n; i++) {
      const lo = (code + i) << (LOOK - len);
      const hi = (code + i + 1) << (LOOK - len);
      for (let w = lo; w < hi && w <= LOOK_MASK; w++) each(w, len, h.values[k + i]!);
    }
    code = (code + n) << 1;
    k += n;
  }
}

function addShortTable(h: Huffman): void {
  if (h.short) return;
  const t = new Int32Array(1 << SHORT);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= SHORT; len++) {
    const n = h.counts[len - 1]!;
    for (let i = 0; i < n; i++) {
      const e = (len << 8) | h.values[k + i]!;
      t.fill(e, (code + i) << (SHORT - len), (code + i + 1) << (SHORT - len));
    }
    code = (code + n) << 1;
    k += n;
  }
  h.short = t;
}

/** The symbol at bit window `w32` (32 bits): (length << 8) | symbol, or -1 (as slowSymbol). */
function symbolAt(h: Huffman, w32: number): number {
  const e = h.short === null ? 0 : h.short[w32 >>> (32 - SHORT)]!;
  return e !== 0 ? e : slowSymbol(h, w32 >>> 16);
}

function addDcTable(h: Huffman): void {
  if (h.dcFast) return;
  const t = new Int32Array(1 << LOOK);
  eachShortCode(h, (w, len, cat) => {
    // Only where the category's bits are in the window too (a category above 11 is refused by the walk).
    if (len + cat > LOOK) return;
    const bits = cat ? (w >>> (LOOK - len - cat)) & ((1 << cat) - 1) : 0;
    t[w] = (extend(bits, cat) << 8) | 0x80 | (len + cat);
  });
  h.dcFast = t;
}

/**
 * How far one AC symbol moves the coefficient index: run + 1; ZRL (0xF0) sixteen; any other
 * symbol of size 0 ends the block (as libjpeg: 64 moves past the last coefficient).
 */
function acStep(sym: number): number {
  return sym & 15 ? (sym >> 4) + 1 : sym === 0xf0 ? 16 : 64;
}

function addAcTables(h: Huffman): void {
  if (h.acRun) return;
  // First the symbol at the head of each window: (len << 8) | symbol, 0 for none.
  const head = new Int32Array(1 << LOOK);
  eachShortCode(h, (w, len, sym) => (head[w] = (len << 8) | sym));
  const one = new Int32Array(1 << LOOK);
  const run = new Int32Array(1 << LOOK);
  for (let w = 0; w <= LOOK_MASK; w++) {
    let e = head[w]!;
    if (!e) continue;
    one[w] = ((e >> 8) + (e & 15)) | (acStep(e & 0xff) << 5);
    // Then the symbols after it, while their codes start inside the window (their coefficient
    // bits may run past it: they are skipped, not read), up to an end of block or an index
    // step of 63 (past which no block goes on).
    let bits = 0;
    let step = 0;
    let before = 0;
    for (;;) {
      const len = e >> 8;
      const sym = e & 0xff;
      before = step;
      step += acStep(sym);
      bits += len + (sym & 15);
      if (step >= 63 || bits >= LOOK) break;
      const next = head[(w << bits) & LOOK_MASK]!;
      if (!next || (next >> 8) > LOOK - bits) break;
      e = next;
    }
    run[w] = bits | (step << 5) | (before << 13);
  }
  h.acRun = run;
  h.acOne = one;
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

/**
 * `tablesFrom`: the scan data length from which the lookup tables are built; shorter data is read
 * through the SHORT-bit tables (`shortTables`) or the walk alone. Tests pass 0, Infinity and
 * false to see that every way reads the same grid.
 */
export function jpegLumaDc(buf: Buffer, tablesFrom = LOOKAHEAD_FROM, shortTables = true): DcGrid | null {
  try {
    const h = readHeaders(buf);
    return h ? scan(buf, h, tablesFrom, shortTables) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the headers (SOI up to the first scan header, all inside `head`) are ones this reader
 * takes: a caller decides from a file's first kilobytes whether reading the whole file for it
 * is worth it. True does not promise a grid: the scan data can still be broken.
 */
export function jpegDcHeadersReadable(head: Buffer): boolean {
  try {
    return readHeaders(head) !== null;
  } catch {
    return false;
  }
}

interface Headers {
  seg: number; // the scan header's payload
  end: number; // where its entropy-coded data starts
  comps: Component[];
  quant: (Uint16Array | undefined)[];
  dc: (Huffman | undefined)[];
  ac: (Huffman | undefined)[];
  width: number;
  height: number;
  restartInterval: number;
}

function readHeaders(b: Buffer): Headers | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  const quant: (Uint16Array | undefined)[] = [];
  const dc: (Huffman | undefined)[] = [];
  const ac: (Huffman | undefined)[] = [];
  let comps: Component[] = [];
  let width = 0;
  let height = 0;
  let restartInterval = 0;
  let adobeTransform: number | null = null;
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
        if (th > 3 || tc > 1 || total > 256 || q + 17 + total > end) return null;
        // libjpeg refuses a DC table with a category above 15.
        if (tc === 0 && b.subarray(q + 17, q + 17 + total).some((v) => v > 15)) return null;
        const table = buildHuffman(counts, b.subarray(q + 17, q + 17 + total));
        if (!table) return null;
        (tc === 0 ? dc : ac)[th] = table;
        q += 17 + total;
      }
    } else if (m === 0xc0 || m === 0xc1) {
      if (comps.length) return null; // libjpeg: "Invalid JPEG file structure: two SOF markers"
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
      if (len !== 4) return null;
      restartInterval = b.readUInt16BE(seg);
    } else if (m === 0xee && len >= 14 && b.toString('latin1', seg, seg + 5) === 'Adobe') {
      adobeTransform = b[seg + 11]!;
    } else if (m === 0xda) {
      // The first component is luma only in YCbCr: not in CMYK/YCCK (four components), nor in an
      // RGB JPEG (Adobe transform 0, or components named R, G, B).
      if (comps.length === 4) return null;
      if (comps.length === 3 && (adobeTransform === 0 || comps.map((c) => String.fromCharCode(c.id)).join('') === 'RGB')) return null;
      // What libjpeg refuses must not get a hash here: a component without its quantisation table.
      if (comps.some((c) => !quant[c.tq])) return null;
      return { seg, end, comps, quant, dc, ac, width, height, restartInterval };
    } else if (m === 0xd9) {
      return null;
    }
    p = end;
  }
  return null;
}

function scan(b: Buffer, hd: Headers, tablesFrom: number, shortTables: boolean): DcGrid | null {
  const { seg, end, comps, quant, dc: dcTables, ac: acTables, width, height, restartInterval } = hd;
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
  // libjpeg's limit for an interleaved scan ("Sampling factors too large for interleaved scan").
  if (inScan.length > 1 && blocksPerMcu > 10) return null;
  const mcuCount = Math.ceil(width / (8 * hmax)) * Math.ceil(height / (8 * vmax));
  if (mcuCount * blocksPerMcu * 2 > (b.length - end) * 8) return null;
  const means = new Float32Array(blocksWide * blocksHigh);

  // Which block of the MCU goes where: interleaved scans walk each component's h×v blocks per
  // MCU; a single-component scan is one block per MCU over that component's own block grid.
  const plan: PlanBlock[] = [];
  let mcuW: number;
  let mcuH: number;
  if (inScan.length === 1) {
    const s = inScan[0]!;
    mcuW = Math.ceil(Math.ceil((width * s.c.h) / hmax) / 8);
    mcuH = Math.ceil(Math.ceil((height * s.c.v) / vmax) / 8);
    plan.push({ dc: s.dc, ac: s.ac, comp: s.index, sx: 1, sy: 1, dx: 0, dy: 0 });
  } else {
    mcuW = Math.ceil(width / (8 * hmax));
    mcuH = Math.ceil(height / (8 * vmax));
    for (const s of inScan) {
      for (let v = 0; v < s.c.v; v++) {
        for (let h = 0; h < s.c.h; h++) plan.push({ dc: s.dc, ac: s.ac, comp: s.index, sx: s.c.h, sy: s.c.v, dx: h, dy: v });
      }
    }
  }
  if (b.length - end >= tablesFrom) {
    for (const blk of plan) {
      addDcTable(blk.dc);
      addAcTables(blk.ac);
    }
  } else if (shortTables) {
    for (const blk of plan) {
      addShortTable(blk.dc);
      addShortTable(blk.ac);
    }
  }
  const data = entropySegments(b, end, restartInterval > 0);
  const dc = decodeDc(data, plan, comps.length, mcuW, mcuH, restartInterval, (bx, by, value) => {
    if (bx < blocksWide && by < blocksHigh) means[by * blocksWide + bx] = (value * q0) / 8 + 128;
  });
  return dc ? { means, blocksWide, blocksHigh, width: lumaW, height: lumaH } : null;
}

interface PlanBlock {
  dc: Huffman;
  ac: Huffman;
  comp: number;
  /** Block position: (mx·sx + dx, my·sy + dy). */
  sx: number;
  sy: number;
  dx: number;
  dy: number;
}

/** Scan data with byte stuffing removed, split at RSTn markers; 4 zero bytes after each part. */
interface Segments {
  bytes: Uint8Array;
  /** Bit offset where each part starts and ends (the end excludes the zero padding). */
  starts: number[];
  ends: number[];
}

const PAD = 4;
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint8Array(1 << 16);

/**
 * Unstuff the entropy-coded data from `from`: 0xFF00 is a 0xFF byte, 0xFFFF is fill, RSTn ends a
 * part (when restarts are on), any other marker or the end of the buffer ends the data. The
 * zeros after each part are what decoders feed past a marker: reading them is running out.
 */
function entropySegments(b: Buffer, from: number, restarts: boolean): Segments {
  const need = b.length - from + 64;
  // One buffer is kept for the small files (thumbnails, forwarded copies); a big one is not.
  if (scratch.length < need && need <= SCRATCH_MAX) scratch = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(need, scratch.length * 2)));
  let out = need <= scratch.length ? scratch : new Uint8Array(need);
  let o = 0;
  // Each restart marker (2 bytes) leaves PAD bytes of zeros: a file with many of them needs
  // more room than its own size. Grown here, so that a file reads the same whatever came before.
  const room = (extra: number) => {
    if (o + extra <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, o + extra));
    bigger.set(out.subarray(0, o));
    out = bigger;
  };
  const starts = [0];
  const ends: number[] = [];
  let p = from;
  const len = b.length;
  for (;;) {
    // Copy plain runs in one go: 0xFF is rare in entropy data.
    let q = b.indexOf(0xff, p);
    if (q < 0) q = len;
    room(q - p + PAD * 2);
    out.set(b.subarray(p, q), o);
    o += q - p;
    p = q;
    if (p >= len) break;
    const next = b[p + 1];
    if (next === 0x00) {
      out[o++] = 0xff;
      p += 2;
    } else if (next === 0xff) {
      p++;
    } else if (restarts && next !== undefined && next >= 0xd0 && next <= 0xd7) {
      ends.push(o * 8);
      room(PAD * 2);
      out.fill(0, o, o + PAD);
      o += PAD;
      starts.push(o * 8);
      p += 2;
    } else break;
  }
  ends.push(o * 8);
  out.fill(0, o, o + PAD);
  return { bytes: out, starts, ends };
}

/**
 * Huffman-decode every block of the scan, handing each luma block's DC value (the block mean
 * before dequantisation) to `put`. The bit position is a single local: the bits at any position
 * are read straight from the unstuffed bytes (past the end of a part, those after it: its zero
 * padding first). False when the data is broken or runs out.
 */
function decodeDc(
  seg: Segments,
  plan: PlanBlock[],
  components: number,
  mcuW: number,
  mcuH: number,
  restartInterval: number,
  put: (bx: number, by: number, value: number) => void,
): boolean {
  const d = seg.bytes;
  const pred = new Int32Array(components);
  let part = 0;
  let bp = seg.starts[0]!;
  let limit = seg.ends[0]!;
  let mcus = 0;
  const total = mcuW * mcuH;
  for (let my = 0; my < mcuH; my++) {
    for (let mx = 0; mx < mcuW; mx++) {
      for (let pi = 0; pi < plan.length; pi++) {
        const blk = plan[pi]!;
        // ---- DC: category symbol, then that many bits
        const dcT = blk.dc;
        const dcFast = dcT.dcFast;
        let diff: number;
        const f = dcFast === null ? 0 : dcFast[peekAt(d, bp)]!;
        if (f !== 0) {
          bp += f & 0x7f;
          diff = f >> 8;
        } else {
          const e = symbolAt(dcT, windowAt(d, bp));
          if (e < 0) return false;
          bp += e >> 8;
          const cat = e & 0xff;
          if (cat > 11) return false;
          diff = 0;
          if (cat) {
            diff = extend(windowAt(d, bp) >>> (32 - cat), cat);
            bp += cat;
          }
        }
        const value = (pred[blk.comp]! += diff);
        if (blk.comp === 0) put(mx * blk.sx + blk.dx, my * blk.sy + blk.dy, value);
        // ---- AC: run/size symbols, whose bits are skipped
        const ac = blk.ac;
        const acRun = ac.acRun;
        for (let k = 1; k < 64; ) {
          if (acRun !== null) {
            const w = peekAt(d, bp);
            const r = acRun[w]!;
            if (r !== 0) {
              // The whole run when no symbol before its last ends the block, else its first.
              const one = k + (r >> 13) < 64 ? r : ac.acOne![w]!;
              bp += one & 31;
              k += (one >> 5) & 0xff;
              continue;
            }
          }
          const e = symbolAt(ac, windowAt(d, bp));
          if (e < 0) return false;
          bp += e >> 8;
          const sym = e & 0xff;
          const size = sym & 15;
          if (size === 0) {
            if (sym !== 0xf0) break;
            k += 16;
            continue;
          }
          k += (sym >> 4) + 1;
          bp += size;
        }
        // A broken stream can wander far past its part: stop before reading beyond the padding.
        if (bp > limit + PAD * 8) return false;
      }
      mcus++;
      if (restartInterval && mcus % restartInterval === 0 && mcus < total) {
        if (bp > limit) return false;
        part++;
        if (part >= seg.starts.length) return false;
        bp = seg.starts[part]!;
        limit = seg.ends[part]!;
        pred.fill(0);
      }
    }
  }
  // The data ran out before the last block: the grid would be partly invented.
  return bp <= limit;
}

/** The LOOK bits from bit `bp` on (three bytes hold them: LOOK + 7 ≤ 24). */
function peekAt(d: Uint8Array, bp: number): number {
  const i = bp >>> 3;
  return (((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!) >>> (24 - LOOK - (bp & 7))) & LOOK_MASK;
}

/** The 32 bits from bit `bp` on. */
function windowAt(d: Uint8Array, bp: number): number {
  const i = bp >>> 3;
  return ((d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!) << (bp & 7);
}

/** The canonical walk over code lengths 1–16: (length << 8) | symbol, or -1 for a code not in the table. */
function slowSymbol(h: Huffman, peek16: number): number {
  for (let l = 1; l <= 16; l++) {
    const code = peek16 >>> (16 - l);
    if (code <= h.maxcode[l]!) return (l << 8) | h.values[h.valptr[l]! + code - h.mincode[l]!]!;
  }
  return -1;
}
