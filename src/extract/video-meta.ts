/**
 * The creation date a camera or phone writes as metadata, beside mvhd's UTC time:
 * - QuickTime user data `moov/udta/©day` (a 16-bit length, a 16-bit language, the text);
 * - iTunes-style `…/meta/ilst/©day/data` (what ffmpeg and many MP4 writers use);
 * - Apple's `moov/meta` with `keys` naming `com.apple.quicktime.creationdate` and `ilst` holding
 *   its value by key index (iPhone: "2026-06-19T10:15:30+0800").
 * The Apple key is preferred (it carries the zone); `©day` next. Values are kept as written and
 * parsed into a wall-clock time and its offset when they say one.
 */
import { child, childrenOf, type Child } from './video-boxes.js';
import { daysInMonth } from '../windows/days.js';

export const APPLE_CREATION_KEY = 'com.apple.quicktime.creationdate';
const DAY = '\xa9day';
const MAX_VALUE_CHARS = 64;

export interface MetadataDate {
  /** Where it was read: 'com.apple.quicktime.creationdate' or '©day'. */
  tag: string;
  /** As written (at most 64 characters). */
  value: string;
  /** 'YYYY-MM-DDTHH:MM:SS', or 'YYYY-MM-DD' when only the day is written; null when it is no date. */
  time: string | null;
  /** '+08:00', '+00:00' (Z) …; null when the value names no zone. */
  offset: string | null;
}

const DATE_RE = /^(\d{4})[-:](\d{2})[-:](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** A metadata date string as wall-clock time and offset (null parts when it is not a date). */
export function parseMetadataDate(tag: string, raw: string): MetadataDate {
  const value = raw.replace(/\0+$/, '').trim().slice(0, MAX_VALUE_CHARS);
  const m = DATE_RE.exec(value);
  const none = { tag, value, time: null, offset: null };
  if (!m) return none;
  const [, y, mo, d, hh, mm, ss, zone] = m;
  if (!validDay(Number(y), Number(mo), Number(d))) return none;
  const day = `${y}-${mo}-${d}`;
  if (hh === undefined) return { tag, value, time: day, offset: null };
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return none;
  const time = `${day}T${hh}:${mm}:${ss ?? '00'}`;
  let offset: string | null = null;
  if (zone === 'Z') offset = '+00:00';
  else if (zone) {
    const z = zone.replace(':', '');
    if (Number(z.slice(1, 3)) > 14 || Number(z.slice(3, 5)) > 59) return { tag, value, time, offset: null };
    offset = `${z.slice(0, 3)}:${z.slice(3, 5)}`;
  }
  return { tag, value, time, offset };
}

/** Text of an iTunes/QuickTime `data` box: type 1 (UTF-8) or 2 (UTF-16BE); null for anything else. */
function dataText(buf: Buffer, data: Child): string | null {
  if (data.end - data.body < 8) return null;
  const type = buf.readUInt32BE(data.body) & 0xffffff;
  const bytes = buf.subarray(data.body + 8, Math.min(data.end, data.body + 8 + 256));
  if (type === 1) return bytes.toString('utf8');
  if (type === 2) return utf16be(bytes);
  return null;
}

function utf16be(b: Buffer): string {
  const even = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
  return even.swap16().toString('utf16le');
}

/** QuickTime user-data text (`udta/©day`): 16-bit length, 16-bit language, text; or a `data` box inside. */
function userDataText(buf: Buffer, box: Child, problem: (w: string) => void): string | null {
  const len = box.end - box.body;
  if (len >= 16 && buf.toString('latin1', box.body + 4, box.body + 8) === 'data') {
    const d = child(childrenOf(buf, box.body, box.end, problem), 'data');
    return d ? dataText(buf, d) : null;
  }
  if (len < 4) return null;
  const n = buf.readUInt16BE(box.body);
  const start = box.body + 4;
  return buf.toString('utf8', start, Math.min(box.end, start + n, start + 256));
}

/** The children of a `meta` box: ISO's is a full box (4 bytes of version and flags first), QuickTime's is not. */
function metaChildren(buf: Buffer, meta: Child, problem: (w: string) => void): Child[] {
  const qtStyle = meta.end - meta.body >= 8 && buf.toString('latin1', meta.body + 4, meta.body + 8) === 'hdlr';
  return childrenOf(buf, qtStyle ? meta.body : meta.body + 4, meta.end, problem);
}

/** Key names of a `keys` box (index 1 is the first). */
function keyNames(buf: Buffer, keys: Child): string[] {
  const out: string[] = [];
  if (keys.end - keys.body < 8) return out;
  const count = buf.readUInt32BE(keys.body + 4);
  let at = keys.body + 8;
  for (let i = 0; i < count && i < 4096 && at + 8 <= keys.end; i++) {
    const size = buf.readUInt32BE(at);
    if (size < 8 || at + size > keys.end) break;
    out.push(buf.toString('utf8', at + 8, at + Math.min(size, 8 + 256)));
    at += size;
  }
  return out;
}

/** Dates of one `meta` box: the Apple key's and ©day's, by tag. */
function metaDates(buf: Buffer, meta: Child, found: Map<string, string>, problem: (w: string) => void): void {
  const kids = metaChildren(buf, meta, problem);
  const keys = child(kids, 'keys');
  const ilst = child(kids, 'ilst');
  if (!ilst) return;
  const names = keys ? keyNames(buf, keys) : [];
  for (const item of childrenOf(buf, ilst.body, ilst.end, problem)) {
    // With a `keys` box an item's type is the 1-based index of its key, as a 32-bit number.
    const index = buf.readUInt32BE(item.start + 4);
    const tag = keys && index >= 1 && index <= names.length ? names[index - 1]! : item.type;
    if (tag !== APPLE_CREATION_KEY && tag !== DAY) continue;
    const d = child(childrenOf(buf, item.body, item.end, problem), 'data');
    const text = d ? dataText(buf, d) : null;
    if (text !== null && !found.has(tag)) found.set(tag, text);
  }
}

/**
 * The preferred metadata date of a movie, from `moov`'s children (`udta`, `meta`) and those of
 * its tracks' `udta`/`meta` (some cameras write there): the Apple key first, then ©day.
 */
export function metadataDate(buf: Buffer, places: readonly Child[], problem: (w: string) => void): MetadataDate | null {
  const found = new Map<string, string>();
  for (const box of places) {
    if (box.type === 'meta') metaDates(buf, box, found, problem);
    if (box.type !== 'udta') continue;
    for (const k of childrenOf(buf, box.body, box.end, problem)) {
      if (k.type === DAY && !found.has(DAY)) {
        const text = userDataText(buf, k, problem);
        if (text !== null) found.set(DAY, text);
      } else if (k.type === 'meta') metaDates(buf, k, found, problem);
    }
  }
  const dates = [APPLE_CREATION_KEY, DAY].flatMap((tag) => (found.has(tag) ? [parseMetadataDate(tag, found.get(tag)!)] : []));
  // A value that is no date ("2026", garbage) gives way to one that is.
  return dates.find((d) => d.time !== null) ?? dates[0] ?? null;
}
