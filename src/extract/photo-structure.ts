/**
 * Container structure read from a few bytes: JPEG markers, PNG chunks, ISOBMFF (HEIF/AVIF) boxes.
 * Enough to find the EXIF block, the declared pixel size and whether the file is cut short,
 * without decoding pixels.
 */

import type { JpegFrame } from './jpeg-integrity.js';

/** Positional read: up to `len` bytes at `pos` (shorter at the end of the file). */
export type ReadAt = (pos: number, len: number) => Promise<Buffer>;

// ---------------------------------------------------------------- JPEG

export interface JpegLayout {
  /** TIFF block of the first APP1 Exif segment, as [start, end) offsets in the file. */
  exif: { start: number; end: number } | null;
  xmp: { start: number; end: number } | null;
  /** Payload of the APP13 'Photoshop 3.0' segment (IPTC lives in its 8BIM 0x0404 resource). */
  app13: { start: number; end: number } | null;
  /** Frame size; `huffmanBaseline`: SOF0/SOF1, the Huffman-coded sequential JPEG the DC reader reads. */
  sof: { width: number; height: number; huffmanBaseline: boolean } | null;
  /** The frame as the integrity checks need it (sampling factors, coding), when well-formed. */
  frame: JpegFrame | null;
  /** Where the first scan's entropy-coded data starts (after its header). */
  scanData: number | null;
  /**
   * The frame and scan headers are well-formed (precision, 1–4 components with sampling factors
   * 1–4, non-zero size, scan components that the frame declares): what libjpeg checks first.
   */
  headersValid: boolean;
  /** Offset of the first SOS (entropy-coded data starts after it). */
  sos: number | null;
  /** Bytes of the file the header walk needed; more than the buffer means: read more. */
  needed: number;
  /** A marker was expected but something else was found. */
  badMarkerAt: number | null;
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export function jpegLayout(buf: Buffer): JpegLayout {
  const out: JpegLayout = { exif: null, xmp: null, app13: null, sof: null, frame: null, scanData: null, headersValid: false, sos: null, needed: 2, badMarkerAt: null };
  let frameIds: number[] | null = null;
  let p = 2;
  while (p + 4 <= buf.length) {
    if (buf[p] !== 0xff) {
      out.badMarkerAt = p;
      return out;
    }
    const marker = buf[p + 1]!;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      p += 2;
      continue;
    }
    if (marker === 0xd9) return out; // EOI before SOS
    const len = buf.readUInt16BE(p + 2);
    const end = p + 2 + len;
    out.needed = end;
    if (marker === 0xda) {
      out.sos = p;
      out.scanData = end;
      const ns = buf[p + 4];
      if (frameIds && ns !== undefined && ns >= 1 && ns <= 4 && len === 6 + 2 * ns && p + 5 + 2 * ns <= buf.length) {
        const ids = Array.from({ length: ns }, (_, i) => buf[p + 5 + 2 * i]!);
        out.headersValid = ids.every((id) => frameIds!.includes(id));
      }
      return out;
    }
    if (end > buf.length) return out; // caller reads up to `needed` and walks again
    if (marker === 0xe1 && !out.exif && buf.toString('latin1', p + 4, p + 10) === 'Exif\0\0') {
      out.exif = { start: p + 10, end };
    } else if (marker === 0xe1 && !out.xmp && buf.toString('latin1', p + 4, p + 33) === 'http://ns.adobe.com/xap/1.0/\0') {
      out.xmp = { start: p + 33, end };
    } else if (marker === 0xed && !out.app13 && buf.toString('latin1', p + 4, p + 18) === 'Photoshop 3.0\0') {
      out.app13 = { start: p + 18, end };
    } else if (SOF.has(marker) && !out.sof && len >= 7) {
      out.sof = { height: buf.readUInt16BE(p + 5), width: buf.readUInt16BE(p + 7), huffmanBaseline: marker === 0xc0 || marker === 0xc1 };
      frameIds = validFrame(buf, p + 4, len);
      if (frameIds) {
        out.frame = {
          width: out.sof.width,
          height: out.sof.height,
          components: frameIds.map((_, i) => ({ h: buf[p + 11 + 3 * i]! >> 4, v: buf[p + 11 + 3 * i]! & 15 })),
          huffman: marker <= 0xc7,
          progressive: marker === 0xc2 || marker === 0xc6 || marker === 0xca || marker === 0xce,
        };
      }
    }
    p = end;
  }
  out.needed = Math.max(out.needed, p + 4);
  return out;
}

/** Component ids of a well-formed frame header (segment body at `at`), or null. */
function validFrame(buf: Buffer, at: number, len: number): number[] | null {
  const precision = buf[at];
  const height = buf.readUInt16BE(at + 1);
  const width = buf.readUInt16BE(at + 3);
  const nf = buf[at + 5] ?? 0;
  if ((precision !== 8 && precision !== 12) || !height || !width || nf < 1 || nf > 4 || len !== 8 + 3 * nf) return null;
  const ids: number[] = [];
  for (let i = 0; i < nf; i++) {
    const o = at + 6 + 3 * i;
    const h = buf[o + 1]! >> 4;
    const v = buf[o + 1]! & 15;
    if (h < 1 || h > 4 || v < 1 || v > 4 || buf[o + 2]! > 3) return null;
    ids.push(buf[o]!);
  }
  return ids;
}

/** IPTC DateCreated (2:55) + TimeCreated (2:60) from a Photoshop IRB, as exiftool composes them. */
export function iptcDateTimeCreated(irb: Buffer): { date: string; time: string | null } | null {
  let p = 0;
  while (p + 12 <= irb.length && irb.toString('latin1', p, p + 4) === '8BIM') {
    const id = irb.readUInt16BE(p + 4);
    const nameLen = irb[p + 6]!;
    let q = p + 6 + 1 + nameLen;
    if ((1 + nameLen) & 1) q++;
    if (q + 4 > irb.length) return null;
    const size = irb.readUInt32BE(q);
    const data = irb.subarray(q + 4, Math.min(irb.length, q + 4 + size));
    if (id === 0x0404) {
      let date: string | null = null;
      let time: string | null = null;
      for (let r = 0; r + 5 <= data.length; ) {
        if (data[r] !== 0x1c) break;
        const rec = data[r + 1]!;
        const ds = data[r + 2]!;
        const len = data.readUInt16BE(r + 3);
        if (len & 0x8000) break; // extended length: not used for these fields
        const v = data.toString('latin1', r + 5, r + 5 + len);
        if (rec === 2 && ds === 55) date = v;
        if (rec === 2 && ds === 60) time = v;
        r += 5 + len;
      }
      return date ? { date, time } : null;
    }
    p = q + 4 + size + (size & 1);
  }
  return null;
}

// ---------------------------------------------------------------- PNG

export interface PngLayout {
  width: number | null;
  height: number | null;
  exif: Buffer | null;
  /** tEXt / iTXt (uncompressed) text by keyword. */
  text: Record<string, string>;
  iend: boolean;
  /** A chunk's declared length runs past the end of the file. */
  truncatedAt: number | null;
  /** The chunk walk reached the end of the file (without IEND, when `iend` is false: cut short). */
  reachedEnd: boolean;
}

export async function pngLayout(head: Buffer, size: number, readAt: ReadAt, maxChunks = 20_000): Promise<PngLayout> {
  const out: PngLayout = { width: null, height: null, exif: null, text: {}, iend: false, truncatedAt: null, reachedEnd: false };
  let p = 8;
  for (let n = 0; n < maxChunks && p + 8 <= size; n++) {
    const hdr = p + 8 <= head.length ? head.subarray(p, p + 8) : await readAt(p, 8);
    if (hdr.length < 8) break;
    const len = hdr.readUInt32BE(0);
    const type = hdr.toString('latin1', 4, 8);
    const end = p + 12 + len;
    if (end > size) {
      out.truncatedAt = p;
      return out;
    }
    if (type === 'IHDR' && len >= 8) {
      const d = p + 16 <= head.length ? head.subarray(p + 8, p + 16) : await readAt(p + 8, 8);
      out.width = d.readUInt32BE(0);
      out.height = d.readUInt32BE(4);
    } else if (type === 'eXIf' && !out.exif && len < 16 * 1024 * 1024) {
      out.exif = end <= head.length ? head.subarray(p + 8, p + 8 + len) : await readAt(p + 8, len);
    } else if ((type === 'tEXt' || type === 'iTXt') && len < 64 * 1024) {
      const d = end <= head.length ? head.subarray(p + 8, p + 8 + len) : await readAt(p + 8, len);
      const nul = d.indexOf(0);
      if (nul > 0) {
        const key = d.toString('latin1', 0, nul);
        if (type === 'tEXt') out.text[key] = d.toString('latin1', nul + 1);
        else if (d[nul + 1] === 0) {
          const lang = d.indexOf(0, nul + 3);
          const tkey = lang >= 0 ? d.indexOf(0, lang + 1) : -1;
          if (tkey >= 0) out.text[key] = d.toString('utf8', tkey + 1);
        }
      }
    } else if (type === 'IEND') {
      out.iend = true;
      return out;
    }
    p = end;
  }
  out.reachedEnd = p + 8 > size;
  return out;
}

// ---------------------------------------------------------------- ISOBMFF (HEIF / AVIF)

interface Box {
  type: string;
  start: number; // of the box
  body: number; // start of its payload
  end: number;
}

function boxesIn(buf: Buffer, from: number, to: number): Box[] {
  const out: Box[] = [];
  let p = from;
  while (p + 8 <= to) {
    let size = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    let body = p + 8;
    if (size === 1) {
      if (p + 16 > to) break;
      size = Number(buf.readBigUInt64BE(p + 8));
      body = p + 16;
    } else if (size === 0) size = to - p;
    if (size < body - p) break;
    out.push({ type, start: p, body, end: Math.min(p + size, to) });
    if (p + size > to) break;
    p += size;
  }
  return out;
}

export interface HeifPrimary {
  /** Stored size of the primary item (ispe), before rotation/mirroring. */
  width: number | null;
  height: number | null;
  /** Counter-clockwise rotation in degrees from irot (0, 90, 180, 270). */
  rotation: number;
  /** The meta box was not complete in the buffer. */
  incomplete: boolean;
}

/** The primary image's ispe and irot, from the meta box. */
export function heifPrimary(buf: Buffer): HeifPrimary {
  const res: HeifPrimary = { width: null, height: null, rotation: 0, incomplete: false };
  const top = boxesIn(buf, 0, buf.length);
  const meta = top.find((b) => b.type === 'meta');
  if (!meta) {
    res.incomplete = true;
    return res;
  }
  if (meta.end > buf.length || buf.readUInt32BE(meta.start) > buf.length - meta.start) res.incomplete = true;
  const kids = boxesIn(buf, meta.body + 4, meta.end);
  const pitm = kids.find((b) => b.type === 'pitm');
  let primary = -1;
  if (pitm) primary = buf[pitm.body] === 0 ? buf.readUInt16BE(pitm.body + 4) : buf.readUInt32BE(pitm.body + 4);
  const iprp = kids.find((b) => b.type === 'iprp');
  if (!iprp) return res;
  const props = boxesIn(buf, iprp.body, iprp.end);
  const ipco = props.find((b) => b.type === 'ipco');
  const ipma = props.find((b) => b.type === 'ipma');
  if (!ipco || !ipma) return res;
  const list = boxesIn(buf, ipco.body, ipco.end);
  // ipma: version/flags, entry_count, then per item: id, n, n × association
  const version = buf[ipma.body]!;
  const flags = buf.readUIntBE(ipma.body + 1, 3);
  let p = ipma.body + 4;
  const count = buf.readUInt32BE(p);
  p += 4;
  for (let i = 0; i < count && p < ipma.end; i++) {
    const id = version < 1 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
    p += version < 1 ? 2 : 4;
    const n = buf[p++]!;
    const indices: number[] = [];
    for (let k = 0; k < n; k++) {
      if (flags & 1) {
        indices.push(buf.readUInt16BE(p) & 0x7fff);
        p += 2;
      } else {
        indices.push(buf[p]! & 0x7f);
        p += 1;
      }
    }
    if (id !== primary && primary !== -1) continue;
    for (const ix of indices) {
      const box = list[ix - 1];
      if (!box) continue;
      if (box.type === 'ispe' && box.body + 12 <= box.end) {
        res.width = buf.readUInt32BE(box.body + 4);
        res.height = buf.readUInt32BE(box.body + 8);
      } else if (box.type === 'irot' && box.body < box.end) {
        res.rotation = (buf[box.body]! & 3) * 90;
      }
    }
    if (primary !== -1) break;
  }
  return res;
}

/** Top-level boxes' declared sizes against the file size: where the file is cut short, if it is. */
export async function isoTruncatedAt(
  size: number,
  readAt: ReadAt,
  maxBoxes = 10_000,
  boxes: { type: string; size: number; header: number }[] = [],
): Promise<number | null> {
  let p = 0;
  for (let n = 0; n < maxBoxes && p < size; n++) {
    const h = await readAt(p, 16);
    if (h.length < 8) return p;
    let len = h.readUInt32BE(0);
    let header = 8;
    if (len === 1) {
      if (h.length < 16) return p;
      len = Number(h.readBigUInt64BE(8));
      header = 16;
    } else if (len === 0) {
      // Size 0: the box runs to the end of the file.
      boxes.push({ type: h.toString('latin1', 4, 8), size: size - p, header });
      return null;
    }
    if (len < 8) return p;
    if (p + len > size) return p;
    boxes.push({ type: h.toString('latin1', 4, 8), size: len, header });
    p += len;
  }
  return null;
}

// ---------------------------------------------------------------- WebP / GIF / BMP

export interface RiffLayout {
  exif: { start: number; length: number } | null;
  /** The RIFF size says the file is longer than it is. */
  truncated: boolean;
}

export async function webpLayout(head: Buffer, size: number, readAt: ReadAt): Promise<RiffLayout> {
  const riffEnd = head.readUInt32LE(4) + 8;
  const out: RiffLayout = { exif: null, truncated: riffEnd > size };
  let p = 12;
  for (let n = 0; n < 1000 && p + 8 <= Math.min(size, riffEnd); n++) {
    const h = p + 8 <= head.length ? head.subarray(p, p + 8) : await readAt(p, 8);
    const type = h.toString('latin1', 0, 4);
    const len = h.readUInt32LE(4);
    if (type === 'EXIF') out.exif = { start: p + 8, length: len };
    p += 8 + len + (len & 1);
  }
  return out;
}

export function bmpSize(head: Buffer): { width: number; height: number } | null {
  if (head.length < 26) return null;
  const dib = head.readUInt32LE(14);
  if (dib === 12) return { width: head.readUInt16LE(18), height: head.readUInt16LE(20) };
  return { width: Math.abs(head.readInt32LE(18)), height: Math.abs(head.readInt32LE(22)) };
}
