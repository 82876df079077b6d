/**
 * Dates written in Chinese documents: 2025年6月12日, 2025-06-12, 2025/6/12, 2025.6.12 and the
 * 落款 form 二〇二五年六月十二日. Works on normalised text (half-width digits).
 */
import { daysInMonth } from '../windows/days.js';

export interface FoundDate {
  /** YYYY-MM-DD, or YYYY-MM for a month without a day. */
  iso: string;
  precision: 'day' | 'month';
  index: number;
  end: number;
  raw: string;
}

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, O: 0, 'Ｏ': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 十二 → 12, 二十一 → 21, 三十 → 30, 七 → 7. */
export function chineseNumber(s: string): number | null {
  if (s === '') return null;
  const i = s.indexOf('十');
  if (i < 0) {
    let n = 0;
    for (const ch of s) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  const tens = i === 0 ? 1 : CN_DIGIT[s.slice(0, i)];
  const ones = i === s.length - 1 ? 0 : CN_DIGIT[s.slice(i + 1)];
  if (tens === undefined || ones === undefined || s.length > 3) return null;
  return tens * 10 + ones;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = daysInMonth(y, m);
  return d <= days;
}

const CN = '[〇○零OＯ一二三四五六七八九]';
const PATTERNS: { re: RegExp; cn: boolean; day: boolean }[] = [
  { re: /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?!\d)/g, cn: false, day: true },
  { re: /(?<![\d.\-/])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g, cn: false, day: true },
  { re: new RegExp(`(${CN}{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日`, 'g'), cn: true, day: true },
  { re: /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])(?!\d)/g, cn: false, day: false },
];

/** Every date in the text, in order of position. Impossible dates (2月30日) are skipped. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { re, cn, day } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      let y: number | null;
      let mo: number | null;
      let d: number | null = null;
      if (cn) {
        y = chineseNumber(m[1]);
        mo = chineseNumber(m[2]);
        d = chineseNumber(m[3]);
      } else if (m[2] === '-' || m[2] === '/' || m[2] === '.') {
        y = Number(m[1]);
        mo = Number(m[3]);
        d = Number(m[4]);
      } else {
        y = Number(m[1]);
        mo = Number(m[2]);
        d = day ? Number(m[3]) : null;
      }
      if (y === null || mo === null) continue;
      if (day) {
        if (d === null || !isValidDay(y, mo, d)) continue;
      } else if (mo < 1 || mo > 12) continue;
      const index = m.index ?? 0;
      out.push({
        iso: day ? `${y}-${pad(mo)}-${pad(d ?? 1)}` : `${y}-${pad(mo)}`,
        precision: day ? 'day' : 'month',
        index,
        end: index + m[0].length,
        raw: m[0],
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Character ranges covered by dates, so other matchers (numbers with units) can skip them. */
export function dateRanges(text: string): [number, number][] {
  return findDates(text).map((d) => [d.index, d.end]);
}

/**
 * The document's own date (落款日期): a full date standing on one of the last lines, alone or
 * after the issuing body's name (县教育局 2025年6月12日). Null when the closing lines carry none.
 */
export function findSignedDate(text: string, lastLines = 6): { date: FoundDate; line: string; lineIndex: number } | null {
  const lines = text.split('\n');
  let offset = text.length;
  const starts: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    offset -= lines[i].length;
    starts[i] = offset;
    offset -= 1;
  }
  const from = Math.max(0, lines.length - lastLines);
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    const dates = findDates(line).filter((d) => d.precision === 'day');
    if (dates.length === 0) continue;
    const last = dates[dates.length - 1];
    const rest = (line.slice(0, last.index) + line.slice(last.end)).replace(/[\s:：()（）,，.。日期落款时间]/g, '');
    if (rest.length <= 24) {
      return { date: { ...last, index: last.index + starts[i], end: last.end + starts[i] }, line, lineIndex: i };
    }
  }
  return null;
}
