/**
 * Day arithmetic, the one place for it. A day is a China calendar day written 'YYYY-MM-DD'; a
 * time is China wall-clock 'YYYY-MM-DDTHH:MM:SS' (EXIF times carry no zone and are China local
 * time). Both are computed as if they were UTC, so no time-zone or daylight-saving arithmetic
 * happens anywhere: only "today" needs the zone, to know which China day it is.
 */

export const CHINA_ZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;

/** One formatter per zone: making an Intl.DateTimeFormat costs ~15 ms (ICU's zone data), formatting microseconds. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today in the given IANA zone (China by default). */
export function todayIn(zone = CHINA_ZONE, now = new Date()): string {
  let f = dayFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }); // en-CA: YYYY-MM-DD
    if (dayFormats.size >= 16) dayFormats.clear();
    dayFormats.set(zone, f);
  }
  return f.format(now);
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The calendar day of a wall-clock time (or of a day). */
export function dayOf(time: string): string {
  return time.slice(0, 10);
}

/** 'YYYY-MM-DD' shifted by n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${dayOf(day)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole calendar days from a to b (b − a); times count by their day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${dayOf(b)}T00:00:00Z`) - Date.parse(`${dayOf(a)}T00:00:00Z`)) / DAY_MS);
}

/** b − a in days, fractional, on wall-clock times (a day alone is its midnight). */
export function daysApart(a: string, b: string): number {
  return (Date.parse(`${wallClock(b)}Z`) - Date.parse(`${wallClock(a)}Z`)) / DAY_MS;
}

const wallClock = (t: string) => (t.length === 10 ? `${t}T00:00:00` : t.slice(0, 19));

/**
 * An instant ('…Z', or with an offset such as +08:00) as China wall-clock time
 * 'YYYY-MM-DDTHH:MM:SS': UTC + 8 h (China has kept no daylight-saving time since 1991). For
 * times that carry a zone, such as a video's mvhd (UTC); null when it is no instant.
 */
export function chinaWallClock(instant: string): string | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + 8 * 3600 * 1000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19);
}

/**
 * When a person reviewed (the review record's `at`), as a reader in China reads it: an instant
 * with a zone ('2026-11-30T21:23:08Z', what `review accept` writes) as China wall-clock time
 * 'YYYY-MM-DD HH:MM' (here 2026-12-01 05:23: in China it was already the next day); a plain date,
 * or anything else, as written. The record and the JSON keep the value as written.
 */
export function shownReviewTime(at: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(at)) return at;
  const t = chinaWallClock(at);
  return t ? `${t.slice(0, 10)} ${t.slice(11, 16)}` : at;
}
