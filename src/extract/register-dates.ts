/**
 * Dates in register cells, however offices type them: Excel dates and serials, '2025年6月12日',
 * '二〇二五年六月十二日', '2025.6.12', '2025/6/12', '20250612', '6月12日' (year taken from the
 * evaluation period) and ranges such as '6月10日-12日' or '2025.6.30—7.2'.
 */
import { parseCnNumeral, toHalfWidth } from './register-number.js';

export interface Period {
  start: string;
  end: string;
}

/** Why a cell that should hold a date does not. */
export type DateError =
  | 'empty' // nothing typed
  | 'unrecognised' // text that is no date form we know
  | 'no-such-day' // 2月30日, 13月1日 …
  | 'no-day' // month only: '2025年6月'
  | 'number-not-date' // a plain number that is no Excel date serial (e.g. 6.12)
  | 'range-reversed'; // end before start

export interface ParsedDate {
  date: string | null; // YYYY-MM-DD
  dateEnd: string | null; // for ranges
  error: DateError | null;
}

const ok = (date: string, dateEnd: string | null = null): ParsedDate => ({ date, dateEnd, error: null });
const bad = (error: DateError): ParsedDate => ({ date: null, dateEnd: null, error });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A JS Date from exceljs: UTC wall-clock, so read it with getUTC*. */
export function utcDateToYmd(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Excel serial → YYYY-MM-DD (1900 system with its phantom 1900-02-29, or the 1904 system). */
export function serialToYmd(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return utcDateToYmd(new Date(epoch + whole * 86_400_000));
}

/** Serials from 1990-01-01 to 2099-12-31: a bare number in that range in a date column is taken as a date. */
const PLAUSIBLE_SERIAL = { min: 32874, max: 73415 };

/** A number in a date column. `dateFormatted` is true when the cell's style is a date format. */
export function parseDateNumber(n: number, dateFormatted: boolean, date1904 = false): ParsedDate {
  if (dateFormatted || (Number.isInteger(n) && n >= PLAUSIBLE_SERIAL.min && n <= PLAUSIBLE_SERIAL.max)) {
    const s = serialToYmd(n, date1904);
    return s ? ok(s) : bad('number-not-date');
  }
  // 20250612 typed as a number.
  if (Number.isInteger(n) && n >= 19_900_101 && n <= 20_991_231) {
    const s = ymd(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
    return s ? ok(s) : bad('no-such-day');
  }
  return bad('number-not-date');
}

/** Pick the year for a date typed without one: the one that puts it inside the period, else the nearest. */
export function resolveYear(m: number, d: number, period: Period): number | null {
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  let best: { y: number; dist: number } | null = null;
  for (let y = first - 1; y <= last + 1; y++) {
    const s = ymd(y, m, d);
    if (!s) continue;
    const dist = s < period.start ? dayDiff(s, period.start) : s > period.end ? dayDiff(period.end, s) : 0;
    if (!best || dist < best.dist) best = { y, dist };
  }
  return best?.y ?? null;
}

function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Normalise: half-width, Chinese numerals before 年/月/日/号 to digits, no weekday or clock time. */
function normalise(text: string): string {
  let t = toHalfWidth(text).trim();
  t = t.replace(/([〇零一二三四五六七八九十]+)(?=[年月日号])/g, (m) => String(parseCnNumeral(m) ?? m));
  t = t.replace(/[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?/g, '');
  t = t.replace(/(?:上午|下午|晚上|早上|中午|晚|全天)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?/g, '');
  t = t.replace(/(?:上午|下午|晚上|早上|中午|全天)?\s*\d{1,2}\s*[时點点](?:\s*\d{1,2}\s*分)?/g, '');
  t = t.replace(/上午|下午|晚上|早上|中午|全天/g, '');
  t = t.replace(/T\d.*$/, ''); // ISO time part
  return t.replace(/\s+/g, '').replace(/[-~至到—–]+$/, '');
}

type Parts = { y: number | null; m: number; d: number };

const FULL: RegExp[] = [
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/,
  /^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];
const SHORT_YEAR = /^(\d{2})[./\-](\d{1,2})[./\-](\d{1,2})$/;
const YEARLESS: RegExp[] = [/^(\d{1,2})月(\d{1,2})[日号]?$/, /^(\d{1,2})[./](\d{1,2})$/];
const MONTH_ONLY = /^(\d{4})(?:年(\d{1,2})月?|[./\-](\d{1,2}))$/;

function parseParts(t: string): Parts | null {
  for (const re of FULL) {
    const m = re.exec(t);
    if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  const s = SHORT_YEAR.exec(t);
  if (s) return { y: 2000 + Number(s[1]), m: Number(s[2]), d: Number(s[3]) };
  for (const re of YEARLESS) {
    const m = re.exec(t);
    if (m) return { y: null, m: Number(m[1]), d: Number(m[2]) };
  }
  return null;
}

/** The end of a range, read relative to its start: '12日', '7月2日', '7.2', or a full date. */
function parseEndParts(t: string, start: { y: number; m: number }): Parts | null {
  const full = parseParts(t);
  if (full && full.y !== null) return full;
  if (full) return { y: full.m < start.m ? start.y + 1 : start.y, m: full.m, d: full.d };
  const m = /^(\d{1,2})[日号]?$/.exec(t);
  if (m) return { y: start.y, m: start.m, d: Number(m[1]) };
  const md = /^(\d{1,2})-(\d{1,2})$/.exec(t);
  if (md) return { y: Number(md[1]) < start.m ? start.y + 1 : start.y, m: Number(md[1]), d: Number(md[2]) };
  return null;
}

function resolve(p: Parts, period: Period): { s: string | null; y: number } | null {
  const y = p.y ?? resolveYear(p.m, p.d, period);
  if (y === null) return null;
  return { s: ymd(y, p.m, p.d), y };
}

/** A single date or a range typed as text. */
export function parseDateText(text: string, period: Period): ParsedDate {
  const t = normalise(text);
  if (!t) return bad('empty');
  const single = parseParts(t);
  if (single) {
    const r = resolve(single, period);
    return r?.s ? ok(r.s) : bad('no-such-day');
  }
  // Ranges: split at 至/到/~/—/– anywhere, or at a '-' that leaves a full date on the left.
  const candidates: [string, string][] = [];
  const strong = /[至到~—–－]+|--/.exec(t);
  if (strong) candidates.push([t.slice(0, strong.index), t.slice(strong.index + strong[0].length)]);
  for (let i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) candidates.push([t.slice(0, i), t.slice(i + 1)]);
  for (const [l, r] of candidates) {
    const left = parseParts(l);
    if (!left) continue;
    const start = resolve(left, period);
    if (!start) continue;
    const endParts = parseEndParts(r, { y: start.y, m: left.m });
    if (!endParts) continue;
    if (!start.s) return bad('no-such-day');
    const end = ymd(endParts.y ?? start.y, endParts.m, endParts.d);
    if (!end) return bad('no-such-day');
    return end < start.s ? bad('range-reversed') : ok(start.s, end === start.s ? null : end);
  }
  if (MONTH_ONLY.test(t)) return bad('no-day');
  return bad('unrecognised');
}
