/**
 * The one window primitive: every window's ends are inclusive. Boundary tables: one day outside,
 * on, and one day inside each end, for within period, within period + deadline, on or before
 * deadline, a festival window and a tolerance around a span; and day arithmetic across month,
 * year and leap-day edges in China time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { around, contains, onOrBefore, overlaps, placeOf, withinPeriod, withinPeriodAndDeadline, type DayWindow } from '../../src/windows/window.js';
import { addDays, dayOf, daysApart, daysBetween, daysInMonth, isIsoDate, todayIn } from '../../src/windows/days.js';
import { festivalWindows } from '../../src/festivals/index.js';
import { FESTIVAL_TABLE, FESTIVALS } from '../../src/festivals/table.js';
import { FESTIVAL_WINDOW_DEFAULTS } from '../../src/rules/defaults.js';

const PERIOD = { start: '2024-08-01', end: '2025-07-31' };

/** [day, expected place] around both ends of a closed window. */
function table(w: { from: string; to: string }): [string, 'before' | 'inside' | 'after'][] {
  return [
    [addDays(w.from, -1), 'before'],
    [w.from, 'inside'],
    [addDays(w.from, 1), 'inside'],
    [addDays(w.to, -1), 'inside'],
    [w.to, 'inside'],
    [addDays(w.to, 1), 'after'],
  ];
}

describe('within period', () => {
  const w = withinPeriod(PERIOD);
  it.each(table({ from: PERIOD.start, to: PERIOD.end }))('%s is %s', (day, place) => {
    expect(placeOf(w, day)).toBe(place);
    expect(contains(w, day)).toBe(place === 'inside');
  });
  it('a time counts by its day', () => {
    expect(placeOf(w, '2025-07-31T23:59:59')).toBe('inside');
    expect(placeOf(w, '2025-08-01T00:00:00')).toBe('after');
    expect(placeOf(w, '2024-07-31T23:59:59')).toBe('before');
  });
});

describe('within period + deadline', () => {
  it.each(table({ from: PERIOD.start, to: '2025-10-26' }))('deadline after the end: %s is %s', (day, place) => {
    expect(placeOf(withinPeriodAndDeadline(PERIOD, '2025-10-26'), day)).toBe(place);
  });
  it.each(table({ from: PERIOD.start, to: PERIOD.end }))('deadline before the end: the period decides, %s is %s', (day, place) => {
    expect(placeOf(withinPeriodAndDeadline(PERIOD, '2025-06-30'), day)).toBe(place);
  });
  it('the deadline on the end changes nothing', () => expect(withinPeriodAndDeadline(PERIOD, PERIOD.end)).toEqual({ from: PERIOD.start, to: PERIOD.end }));
});

describe('on or before deadline', () => {
  const w = onOrBefore('2025-10-26');
  it.each([
    ['2025-10-25', 'inside'],
    ['2025-10-26', 'inside'],
    ['2025-10-26T23:59:00', 'inside'],
    ['2025-10-27', 'after'],
    ['1900-01-01', 'inside'],
  ] as const)('%s is %s', (day, place) => expect(placeOf(w, day)).toBe(place));
});

describe('within festival window', () => {
  // 端午 2025 is 2025-05-31; the default window is 7 days either side.
  const duanwu = festivalWindows(2025, FESTIVAL_WINDOW_DEFAULTS).find((f) => f.name === '端午')!;
  it('is the festival date widened by before/after', () => expect(duanwu).toEqual({ name: '端午', date: '2025-05-31', from: '2025-05-24', to: '2025-06-07' }));
  it.each(table({ from: '2025-05-24', to: '2025-06-07' }))('%s is %s', (day, place) => expect(placeOf(duanwu, day)).toBe(place));
  it('春节 keeps its own longer window', () => {
    const cj = festivalWindows(2025, FESTIVAL_WINDOW_DEFAULTS).find((f) => f.name === '春节')!;
    expect([daysBetween(cj.from, cj.date), daysBetween(cj.date, cj.to)]).toEqual([10, 15]);
  });
  it('a zero-day window is the festival day alone', () => {
    const w = around({ from: '2025-05-31', to: '2025-05-31' }, 0, 0);
    expect(table({ from: '2025-05-31', to: '2025-05-31' }).map(([d]) => contains(w, d))).toEqual([false, true, false, false, true, false]);
  });
});

describe('around a span (register row ± tolerance)', () => {
  const w = around({ from: '2025-06-10', to: '2025-06-12' }, 3, 3);
  it('widens both ends', () => expect(w).toEqual({ from: '2025-06-07', to: '2025-06-15' }));
  it.each(table(w))('%s is %s', (day, place) => expect(placeOf(w, day)).toBe(place));
});

describe('overlaps: a span of days against a window', () => {
  const w: DayWindow = withinPeriod(PERIOD);
  it.each([
    [{ from: '2024-07-20', to: '2024-07-31' }, false], // ends the day before the start
    [{ from: '2024-07-20', to: '2024-08-01' }, true], // ends on the start
    [{ from: '2025-07-31', to: '2025-08-05' }, true], // starts on the end
    [{ from: '2025-08-01', to: '2025-08-05' }, false], // starts the day after the end
    [{ from: '2024-07-01', to: '2025-09-01' }, true], // covers it
    [{ from: '2025-01-01', to: '2025-01-01' }, true],
  ])('%o → %s', (span, expected) => expect(overlaps(w, span)).toBe(expected));
});

describe('days (China calendar days, no zone arithmetic)', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-30T23:00:00', 1, '2025-03-31'],
  ])('addDays(%s, %i) = %s', (d, n, out) => expect(addDays(d, n)).toBe(out));
  it.each([
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2024-12-31', '2025-01-01', 1],
    ['2025-01-01', '2024-12-31', -1],
    ['2025-06-12T23:59:59', '2025-06-13T00:00:01', 1],
    ['2025-06-12', '2025-06-12', 0],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => expect(daysBetween(a, b)).toBe(n));
  it('daysApart is fractional on wall-clock times', () => {
    expect(daysApart('2025-06-12T09:00:00', '2025-06-13T21:00:00')).toBe(1.5);
    expect(daysApart('2025-06-12', '2025-06-13T12:00:00')).toBe(1.5);
    expect(daysApart('2025-06-12T09:00:00+08:00', '2025-06-12T09:00:00')).toBe(0); // offsets ignored: both local
  });
  it('days in month, leap years included', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2025, 12)]).toEqual([29, 28, 28, 29, 31]);
  });
  it('dates are validated', () => {
    expect(['2025-02-29', '2025-13-01', '2025-1-1', '2024-02-29'].map(isIsoDate)).toEqual([false, false, false, true]);
    expect(dayOf('2025-06-12T09:30:00')).toBe('2025-06-12');
  });
  it("today is China's day, whatever the machine's zone", () => {
    expect(todayIn(undefined, new Date('2025-06-12T16:30:00Z'))).toBe('2025-06-13'); // 00:30 in Beijing
    expect(todayIn(undefined, new Date('2025-06-12T15:59:59Z'))).toBe('2025-06-12');
  });
});

describe('festival names: one table', () => {
  it('every list of festivals is the table', () => {
    expect(FESTIVALS).toEqual(FESTIVAL_TABLE.map((f) => f.name));
    expect(Object.keys(FESTIVAL_WINDOW_DEFAULTS)).toEqual([...FESTIVALS]);
    expect(FESTIVALS).toEqual(['春节', '元宵', '清明', '端午', '七夕', '中秋', '重阳']);
  });
});

describe('one home for festival names and day differences', () => {
  const srcFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? srcFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
  const files = srcFiles(src).map((f) => ({ rel: path.relative(src, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
  it('no module but festivals/table.ts names a festival as a string or a key', () => {
    const named = new RegExp(`['"](${FESTIVALS.join('|')})['"]|(${FESTIVALS.join('|')}):`);
    expect(files.filter((f) => f.rel !== 'festivals/table.ts' && named.test(f.text)).map((f) => f.rel)).toEqual([]);
  });
  it('no module but windows/days.ts subtracts two parsed dates into days', () => {
    const diff = /Date\.parse\(.*-\s*Date\.parse\(/;
    expect(files.filter((f) => f.rel !== 'windows/days.ts' && diff.test(f.text)).map((f) => f.rel)).toEqual([]);
  });
  it('no module but windows/days.ts works out the days of a month', () => {
    const monthEnd = /Date\.UTC\(\s*\w+\s*,\s*\w+\s*,\s*0\s*\)/;
    expect(files.filter((f) => f.rel !== 'windows/days.ts' && monthEnd.test(f.text)).map((f) => f.rel)).toEqual([]);
  });
});
