/**
 * Dates in register cells, however offices type them: Excel dates and serials, '2025年6月12日',
 * '二〇二五年六月十二日', '2025.6.12', '2025/6/12', '20250612', '6月12日' and ranges such as
 * '6月10日-12日' or '2025.6.30—7.2'. A date typed without a year keeps its month and day
 * (`yearless`): the extractor does not know the rule set, so the year is supplied later by the
 * check (from the sheet's title or 填报 line, else the evaluation period: resolveParsedDate).
 */
import { parseCnNumeral, toHalfWidth } from './register-number.js';
import { daysBetween, daysInMonth } from '../windows/days.js';

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

/** Month and day of a date typed without a year; a range's end too (an end month before the start month is next year). */
export interface YearlessDate {
  month: number;
  day: number;
  endMonth?: number;
  endDay?: number;
}

export interface ParsedDate {
  date: string | null; // YYYY-MM-DD
  dateEnd: string | null; // for ranges
  error: DateError | null;
  /** Set (with date null) when the text gives no year. */
  yearless?: YearlessDate;
  /**
   * Days listed one by one (6月10日、12日): each day as 'MM-DD', first to last; date and dateEnd
   * (or yearless) span them. The activity ran on these days, not on every day between.
   */
  days?: string[];
}

/** Where a sheet says which year it is about: its title ('2025年…登记表') or a 填报 line ('填报日期：2025年7月10日'). */
export interface YearHint {
  year: number;
  /** Month of a 填报 date: an activity cannot come after the register was filled in. */
  month: number | null;
}

const ok = (date: string, dateEnd: string | null = null): ParsedDate => ({ date, dateEnd, error: null });
const bad = (error: DateError): ParsedDate => ({ date: null, dateEnd: null, error });

function pad(n: number): string {
  return String(n).padStart(2, '0');
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
  // A fraction is a time of day ('2025/4/3 10:00' whose date style was lost): still a date.
  if (dateFormatted || (n >= PLAUSIBLE_SERIAL.min && n < PLAUSIBLE_SERIAL.max + 1)) {
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
    const dist = s < period.start ? daysBetween(s, period.start) : s > period.end ? daysBetween(period.end, s) : 0;
    if (!best || dist < best.dist) best = { y, dist };
  }
  return best?.y ?? null;
}


/** Normalise: half-width, Chinese numerals before 年/月/日/号 to digits, no weekday or clock time. */
function normalise(text: string): string {
  let t = toHalfWidth(text).trim();
  t = t.replace(/([〇零一二三四五六七八九十]+)(?=[年月日号])/g, (m) => String(parseCnNumeral(m) ?? m));
  t = t.replace(/[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?/g, '');
  t = t.replace(/(?:上午|下午|晚上|早上|中午|晚|全天)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?/g, '');
  t = t.replace(/(?:上午|下午|晚上|早上|中午|全天)?\s*\d{1,2}\s*[时點点](?:\s*\d{1,2}\s*分)?/g, '');
  t = t.replace(/上午|下午|晚上|早上|中午|全天/g, '');
  t = t.replace(/(?<=\d)T[\dZ+\-:.]*$/, ''); // ISO time part and zone (its clock time may already be gone: 2026-04-03T10:00)
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

/** The year of a month/day from a sheet's hint: the hint's year, or the year before for a month after the 填报 month. */
export function yearFromHint(month: number, hint: YearHint): number {
  return hint.month !== null && month > hint.month ? hint.year - 1 : hint.year;
}

/**
 * A single date or a range typed as text. Without `period`, a date typed without a year comes
 * back as `yearless` (the extractor's form); with it, the year is resolved from the period.
 */
export function parseDateText(text: string, period?: Period): ParsedDate {
  const parsed = parseDateTextRaw(text);
  return period && parsed.yearless ? resolveParsedDate(parsed, null, period) : parsed;
}

/** Supplies the year of a year-less date: from the sheet's hint, else the one that puts it inside the period. */
export function resolveParsedDate(p: ParsedDate, hint: YearHint | null, period: Period): ParsedDate {
  const yl = p.yearless;
  if (!yl) return p;
  const y = hint ? yearFromHint(yl.month, hint) : resolveYear(yl.month, yl.day, period);
  if (y === null) return bad('no-such-day');
  const start = ymd(y, yl.month, yl.day);
  if (!start) return bad('no-such-day');
  if (yl.endMonth === undefined || yl.endDay === undefined) return ok(start);
  const end = ymd(yl.endMonth < yl.month ? y + 1 : y, yl.endMonth, yl.endDay);
  if (!end) return bad('no-such-day');
  return end < start ? bad('range-reversed') : ok(start, end === start ? null : end);
}

/** A valid month/day in some year (29 February included). */
const validMonthDay = (m: number, d: number) => ymd(2024, m, d) !== null;

function parseDateTextRaw(text: string): ParsedDate {
  const t = normalise(text);
  if (!t) return bad('empty');
  const single = parseParts(t);
  if (single) {
    if (single.y === null) {
      return validMonthDay(single.m, single.d)
        ? { date: null, dateEnd: null, error: null, yearless: { month: single.m, day: single.d } }
        : bad('no-such-day');
    }
    const s = ymd(single.y, single.m, single.d);
    return s ? ok(s) : bad('no-such-day');
  }
  // Ranges: split at 至/到/~/—/– anywhere, or at a '-' that leaves a full date on the left.
  const candidates: [string, string][] = [];
  const strong = /[至到~—–－]+|--/.exec(t);
  if (strong) candidates.push([t.slice(0, strong.index), t.slice(strong.index + strong[0].length)]);
  // Days listed (4月3日、4日 / 4月3日、4月5日): spanning the first to the last, each read after the
  // first; the days themselves are kept (the activity ran on them, not on the days between).
  const listed = t.split(/[、,，;；]|和|及/);
  let days: string[] | null = null;
  if (listed.length > 1 && !strong) {
    const first = parseParts(listed[0]!);
    const rest = first ? listed.slice(1).map((x) => parseEndParts(x, { y: first.y ?? 0, m: first.m })) : [];
    if (first && rest.every((x) => x !== null)) {
      candidates.push([listed[0]!, listed.at(-1)!]);
      days = [...new Set([first, ...(rest as Parts[])].map((x) => `${pad(x.m)}-${pad(x.d)}`))];
    }
  }
  for (let i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) candidates.push([t.slice(0, i), t.slice(i + 1)]);
  for (let k = 0; k < candidates.length; k++) {
    const p = span(candidates[k]![0], candidates[k]![1]);
    if (!p) continue;
    // The listed candidate is the first: its days, when they are more than one.
    return k === 0 && days && days.length > 1 && !p.error ? { ...p, days } : p;
  }
  if (MONTH_ONLY.test(t)) return bad('no-day');
  return bad('unrecognised');
}

/** A range from its two sides; null when they read as no range (the next candidate is tried). */
function span(l: string, r: string): ParsedDate | null {
  {
    const left = parseParts(l);
    if (!left) return null;
    // A year-less start is read against year 0 (an end in an earlier month lands in year 1).
    let y = left.y ?? 0;
    const endParts = parseEndParts(r, { y, m: left.m });
    if (!endParts) return null;
    if (left.y === null && endParts.y !== null && endParts.y > 1) {
      // '12月30日-2025年1月2日': the end's year dates the start too.
      y = left.m <= endParts.m ? endParts.y : endParts.y - 1;
    } else if (left.y === null) {
      if (!validMonthDay(left.m, left.d) || !validMonthDay(endParts.m, endParts.d)) return bad('no-such-day');
      if (endParts.y === 0 && (endParts.m < left.m || (endParts.m === left.m && endParts.d < left.d))) return bad('range-reversed');
      const same = endParts.m === left.m && endParts.d === left.d;
      return { date: null, dateEnd: null, error: null, yearless: same ? { month: left.m, day: left.d } : { month: left.m, day: left.d, endMonth: endParts.m, endDay: endParts.d } };
    }
    const start = ymd(y, left.m, left.d);
    if (!start) return bad('no-such-day');
    const end = ymd(endParts.y ?? y, endParts.m, endParts.d);
    if (!end) return bad('no-such-day');
    return end < start ? bad('range-reversed') : ok(start, end === start ? null : end);
  }
}
