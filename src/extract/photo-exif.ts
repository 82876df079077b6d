/**
 * EXIF tags of a photo, read from its TIFF block (the payload of a JPEG APP1 Exif segment, a PNG
 * eXIf chunk, a HEIF Exif item …). exifr reads it with raw values (no time-zone revival); when
 * exifr fails, exif-reader reads the same bytes. Strings are decoded here: UTF-8 in ASCII tags,
 * UCS-2LE in XPComment, the charset header of UserComment.
 */
import exifr from 'exifr';
import { createRequire } from 'node:module';
import type ExifReader from 'exif-reader';
import { daysInMonth } from '../windows/days.js';

/** The fallback reader, loaded the first time exifr cannot read a block. */
let exifReaderFn: typeof ExifReader | undefined;
const exifReader = (b: Buffer) => (exifReaderFn ??= createRequire(import.meta.url)('exif-reader') as typeof ExifReader)(b);

export interface ExifTags {
  make: string | null;
  model: string | null;
  software: string | null;
  /** Local wall-clock 'YYYY-MM-DDTHH:mm:ss' (+offset when recorded). */
  dateTimeOriginal: string | null;
  createDate: string | null;
  modifyDate: string | null;
  orientation: number | null;
  gps: { latitude: number; longitude: number } | null;
  description: { text: string; tag: 'ImageDescription' | 'XPComment' | 'UserComment' } | null;
  /** IFD1 JPEG thumbnail, offsets from the TIFF header. */
  thumbnail: { offset: number; length: number } | null;
  reader: 'exifr' | 'exif-reader';
}

const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  ifd1: true,
  interop: false,
  makerNote: false,
  userComment: true,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  reviveValues: false,
  translateValues: false,
  sanitize: true,
  mergeOutput: false,
} as const;

// ---------------------------------------------------------------- value decoding

type Raw = unknown;

function bytesOf(v: Raw): Buffer | null {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return Buffer.from(v as number[]);
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text of an ASCII-typed tag: UTF-8 when valid (as exiftool writes it), else Latin-1. */
export function decodeText(v: Raw): string | null {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number') s = String(v);
  else {
    const b = bytesOf(v);
    if (!b) return null;
    try {
      s = utf8.decode(b);
    } catch {
      s = b.toString('latin1');
    }
  }
  s = s.replace(/\0[\s\S]*$/, '').trim();
  return s === '' ? null : s;
}

/** Windows XP tags: UCS-2LE, NUL-terminated. */
export function decodeUcs2(v: Raw): string | null {
  if (typeof v === 'string') return decodeText(v);
  const b = bytesOf(v);
  if (!b) return null;
  const s = b.subarray(0, b.length & ~1).toString('utf16le');
  return decodeText(s);
}

function swap16(b: Buffer): Buffer {
  const out = Buffer.from(b.subarray(0, b.length & ~1));
  return out.swap16();
}

/** UserComment: an 8-byte charset header ('ASCII', 'UNICODE', 'JIS', or zeros) and the text. */
export function decodeUserComment(v: Raw, bigEndian: boolean): string | null {
  if (typeof v === 'string') return decodeText(v);
  const b = bytesOf(v);
  if (!b || b.length < 8) return b ? decodeText(b) : null;
  const head = b.toString('latin1', 0, 8).replace(/\0+$/, '');
  const body = b.subarray(8);
  if (head === 'UNICODE') {
    // The spec says "the byte order of the TIFF header"; some writers use LE regardless.
    const le = bigEndian ? swap16(body).toString('utf16le') : body.subarray(0, body.length & ~1).toString('utf16le');
    const alt = bigEndian ? body.subarray(0, body.length & ~1).toString('utf16le') : swap16(body).toString('utf16le');
    return decodeText(plausible(le) >= plausible(alt) ? le : alt);
  }
  if (head === 'JIS') return null; // not used in mainland practice; exiftool needs a charset option too
  return decodeText(body);
}

/** How much of a string is ordinary text (ASCII printable, CJK, common punctuation). */
function plausible(s: string): number {
  let ok = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0) ok++;
  }
  return ok / Math.max(1, s.length);
}

/**
 * An EXIF or XMP date as local wall-clock 'YYYY-MM-DDTHH:mm:ss', with `offset` appended when it
 * is a valid ±HH:MM (or the value itself carries one). Invalid or placeholder dates give null.
 */
export function normalizeDate(v: Raw, offset?: Raw): string | null {
  let s: string | null;
  if (v instanceof Date) s = Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 19); // exif-reader: UTC = wall clock
  else s = decodeText(v);
  if (!s) return null;
  const m = /^(\d{4})[:\-](\d{2})[:\-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m) return null;
  const [y, mo, d, h = '00', mi = '00', se = '00'] = m.slice(1, 7) as string[];
  const Y = Number(y);
  const M = Number(mo);
  const D = Number(d);
  if (Y < 1900 || M < 1 || M > 12 || D < 1 || D > daysInMonth(Y, M)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return null;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${se}`;
  const off = normalizeOffset(offset) ?? normalizeOffset(m[7]);
  return off ? local + off : local;
}

export function normalizeOffset(v: Raw): string | null {
  const s = decodeText(v);
  if (!s) return null;
  if (s === 'Z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!m || Number(m[2]) > 14 || Number(m[3]) > 59) return null;
  return `${m[1]}${m[2]}:${m[3]}`;
}

function dmsToDeg(v: Raw, ref: Raw): number | null {
  let deg: number | null = null;
  if (typeof v === 'number') deg = v;
  else if (Array.isArray(v) && v.length >= 1 && v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    const [d = 0, m = 0, s = 0] = v as number[];
    deg = d + m / 60 + s / 3600;
  }
  if (deg === null || !Number.isFinite(deg)) return null;
  const r = decodeText(ref);
  return r === 'S' || r === 'W' ? -Math.abs(deg) : deg;
}

function gpsOf(g: Record<string, Raw> | undefined): ExifTags['gps'] {
  if (!g) return null;
  const lat = dmsToDeg(g.GPSLatitude, g.GPSLatitudeRef);
  const lon = dmsToDeg(g.GPSLongitude, g.GPSLongitudeRef);
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { latitude: Math.round(lat * 1e7) / 1e7, longitude: Math.round(lon * 1e7) / 1e7 };
}

function orientationOf(v: Raw): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 8 ? v : null;
}

function pickDescription(desc: Raw, xp: Raw, uc: Raw, be: boolean): ExifTags['description'] {
  const d = decodeText(desc);
  if (d) return { text: d, tag: 'ImageDescription' };
  const x = decodeUcs2(xp);
  if (x) return { text: x, tag: 'XPComment' };
  const u = decodeUserComment(uc, be);
  if (u) return { text: u, tag: 'UserComment' };
  return null;
}

function thumbOf(offset: Raw, length: Raw, tiffLength: number): ExifTags['thumbnail'] {
  if (typeof offset !== 'number' || typeof length !== 'number' || length <= 0) return null;
  if (offset + length > tiffLength) return null;
  return { offset, length };
}

// ---------------------------------------------------------------- readers

type Group = Record<string, Raw>;

async function viaExifr(tiff: Buffer): Promise<ExifTags | null> {
  const r = (await exifr.parse(tiff, EXIFR_OPTIONS as never)) as
    | { ifd0?: Group; exif?: Group; gps?: Group; ifd1?: Group; userComment?: Raw; errors?: unknown[] }
    | undefined;
  if (!r || (!r.ifd0 && !r.exif)) return null;
  const i0 = r.ifd0 ?? {};
  const ex = r.exif ?? {};
  const be = tiff.toString('latin1', 0, 2) === 'MM';
  return {
    make: decodeText(i0.Make),
    model: decodeText(i0.Model),
    software: decodeText(i0.Software),
    dateTimeOriginal: normalizeDate(ex.DateTimeOriginal, ex.OffsetTimeOriginal),
    createDate: normalizeDate(ex.CreateDate ?? ex.DateTimeDigitized, ex.OffsetTimeDigitized),
    modifyDate: normalizeDate(i0.ModifyDate ?? i0.DateTime, ex.OffsetTime),
    orientation: orientationOf(i0.Orientation),
    gps: gpsOf(r.gps),
    description: pickDescription(i0.ImageDescription, i0.XPComment, r.userComment ?? ex.UserComment, be),
    thumbnail: thumbOf(r.ifd1?.ThumbnailOffset, r.ifd1?.ThumbnailLength, tiff.length),
    reader: 'exifr',
  };
}

function viaExifReader(tiff: Buffer): ExifTags | null {
  const r = exifReader(tiff);
  const i0 = (r.Image ?? {}) as Group;
  const ph = (r.Photo ?? {}) as Group;
  const th = (r.Thumbnail ?? {}) as Group;
  if (!r.Image && !r.Photo) return null;
  return {
    make: decodeText(i0.Make),
    model: decodeText(i0.Model),
    software: decodeText(i0.Software),
    dateTimeOriginal: normalizeDate(ph.DateTimeOriginal, ph.OffsetTimeOriginal),
    createDate: normalizeDate(ph.DateTimeDigitized, ph.OffsetTimeDigitized),
    modifyDate: normalizeDate(i0.DateTime, ph.OffsetTime),
    orientation: orientationOf(i0.Orientation),
    gps: gpsOf(r.GPSInfo as Group | undefined),
    description: pickDescription(i0.ImageDescription, i0.XPComment, ph.UserComment, r.bigEndian),
    thumbnail: thumbOf(th.JPEGInterchangeFormat, th.JPEGInterchangeFormatLength, tiff.length),
    reader: 'exif-reader',
  };
}

/** The TIFF header inside an EXIF payload that may start with 'Exif\0\0' or an offset word. */
export function tiffStart(buf: Buffer): number {
  for (let i = 0; i + 4 <= Math.min(buf.length, 16); i++) {
    const s = buf.toString('latin1', i, i + 4);
    if (s === 'II*\0' || s === 'MM\0*') return i;
  }
  return -1;
}

/** Bytes of one value of each TIFF field type (1 BYTE … 13 IFD); an unknown type counts 1. */
const TYPE_BYTES = [1, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/** Values a block may decode beyond its own length (entries sharing a value) before it is refused. */
export const EXIF_VALUE_SLACK = 1 << 20;

/**
 * Bytes of the values the EXIF readers decode, entry by entry, in the four IFDs they read (IFD0,
 * IFD1 after it, the Exif and GPS IFDs it points to, each counted as often as it is named): only
 * values stored outside their entry that start inside the block, each at most to the block's end
 * (a count running past it is cut there: readers decode what is there, or fail). Entries may
 * all point at one value, so a 5 MB PNG eXIf of 65,535 entries naming one 1 MB string decoded
 * 64 GB (the run died at the 4 GB heap); a sound block decodes each value once, at most its length.
 */
export function exifValueBytes(tiff: Buffer): number {
  if (tiff.length < 8) return 0;
  const le = tiff[0] === 0x49;
  const u16 = (o: number) => (o + 2 <= tiff.length ? (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o)) : 0);
  const u32 = (o: number) => (o + 4 <= tiff.length ? (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o)) : 0);
  const ifd = (off: number) => {
    const r = { bytes: 0, next: 0, exif: 0, gps: 0 };
    if (off < 8 || off + 2 > tiff.length) return r;
    const n = u16(off);
    for (let i = 0; i < n; i++) {
      const e = off + 2 + i * 12;
      if (e + 12 > tiff.length) return r;
      const tag = u16(e);
      const bytes = u32(e + 4) * (TYPE_BYTES[u16(e + 2)] ?? 1);
      const at = u32(e + 8);
      if (bytes > 4 && at < tiff.length) r.bytes += Math.min(bytes, tiff.length - at);
      if (tag === 0x8769) r.exif = u32(e + 8);
      else if (tag === 0x8825) r.gps = u32(e + 8);
    }
    r.next = u32(off + 2 + n * 12);
    return r;
  };
  const i0 = ifd(u32(4));
  return i0.bytes + ifd(i0.next).bytes + ifd(i0.exif).bytes + ifd(i0.gps).bytes;
}

/** Read the tags of a TIFF block; null when it holds none. Never throws. */
export async function readExifTags(tiff: Buffer): Promise<{ tags: ExifTags | null; error: string | null }> {
  // Entries sharing their values beyond any sound block: refused unread, as an unreadable block.
  if (exifValueBytes(tiff) > tiff.length + EXIF_VALUE_SLACK) return { tags: null, error: 'EXIF entries share their values beyond the block' };
  let firstError: string | null = null;
  try {
    const t = await viaExifr(tiff);
    if (t) return { tags: t, error: null };
  } catch (e) {
    firstError = e instanceof Error ? e.message : String(e);
  }
  try {
    return { tags: viaExifReader(tiff), error: null };
  } catch (e) {
    return { tags: null, error: firstError ?? (e instanceof Error ? e.message : String(e)) };
  }
}

/** XMP exif:DateTimeOriginal (what exiftool reports when EXIF has none). */
export function xmpDateTimeOriginal(xmp: string): string | null {
  const m =
    /exif:DateTimeOriginal\s*=\s*["']([^"']+)["']/.exec(xmp) ?? /<exif:DateTimeOriginal>\s*([^<]+?)\s*</.exec(xmp);
  return m ? normalizeDate(m[1]) : null;
}
