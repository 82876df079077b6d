import { describe, expect, it } from 'vitest';
import { parseDateText, parseDateNumber, serialToYmd, resolveYear } from '../../src/text/register-dates.js';
import { excelSerial } from '../../fixtures/build/xlsx.js';

const period = { start: '2024-08-01', end: '2025-07-31' };

describe('register dates: text forms', () => {
  it.each([
    ['2025年6月12日', '2025-06-12'],
    ['2025年06月12号', '2025-06-12'],
    ['二〇二五年六月十二日', '2025-06-12'],
    ['2025.6.12', '2025-06-12'],
    ['2025/6/12', '2025-06-12'],
    ['2025-06-12', '2025-06-12'],
    ['20250612', '2025-06-12'],
    ['２０２５．６．１２', '2025-06-12'],
    ['2025年6月12日（星期四）上午9:30', '2025-06-12'],
    ['2025-06-12 14:00', '2025-06-12'],
    ['25.6.12', '2025-06-12'],
    // An ISO date-time from a system export: the T and its time are no part of the date.
    ['2025-06-12T10:00', '2025-06-12'],
    ['2025-06-12T10:00:00+08:00', '2025-06-12'],
  ])('%s → %s', (text, want) => {
    expect(parseDateText(text, period)).toEqual({ date: want, dateEnd: null, error: null });
  });

  it('takes the year of a yearless date from the evaluation period, on either side of new year', () => {
    expect(parseDateText('6月12日', period).date).toBe('2025-06-12');
    expect(parseDateText('9月3日', period).date).toBe('2024-09-03');
    expect(parseDateText('12.25', period).date).toBe('2024-12-25');
    // Outside the period in every year: the nearest year, so the period check can flag it.
    expect(resolveYear(7, 31, { start: '2024-08-01', end: '2024-12-31' })).toBe(2024);
  });

  it.each([
    ['6月10日-12日', '2025-06-10', '2025-06-12'],
    ['6月10日至12日', '2025-06-10', '2025-06-12'],
    ['2025年6月10日—6月12日', '2025-06-10', '2025-06-12'],
    ['2025.6.30-7.2', '2025-06-30', '2025-07-02'],
    ['2025-06-10~2025-06-12', '2025-06-10', '2025-06-12'],
    ['2024年12月30日-1月2日', '2024-12-30', '2025-01-02'],
    ['6月12日9:00-11:00', '2025-06-12', null],
    // Days listed: spanning the first to the last (the days themselves, `days`, in listed-days.test.ts).
    ['2025年6月10日、12日', '2025-06-10', '2025-06-12'],
    ['6月10日、6月12日', '2025-06-10', '2025-06-12'],
    ['6月10日，11日，12日', '2025-06-10', '2025-06-12'],
    ['2025年6月30日和7月1日', '2025-06-30', '2025-07-01'],
  ])('range %s', (text, from, to) => {
    const { days: _days, ...span } = parseDateText(text, period);
    expect(span).toEqual({ date: from, dateEnd: to, error: null });
  });

  it.each([
    ['', 'empty'],
    ['待定', 'unrecognised'],
    ['端午节前后', 'unrecognised'],
    ['6月32日', 'no-such-day'],
    ['2025年2月29日', 'no-such-day'],
    ['2025年13月1日', 'no-such-day'],
    ['2025年6月', 'no-day'],
    ['6月12日-6月10日', 'range-reversed'],
  ])('invalid %s → %s', (text, reason) => {
    expect(parseDateText(text, period)).toEqual({ date: null, dateEnd: null, error: reason });
  });
});

describe('register dates: numbers', () => {
  it('converts 1900-system serials (past the phantom 1900-02-29) and 1904-system serials', () => {
    expect(serialToYmd(45413)).toBe('2024-05-01');
    expect(serialToYmd(45413.604)).toBe('2024-05-01');
    expect(serialToYmd(61)).toBe('1900-03-01');
    expect(serialToYmd(59)).toBe('1900-02-28');
    expect(serialToYmd(45413 - 1462, true)).toBe('2024-05-01');
    expect(serialToYmd(excelSerial('2025-06-12'))).toBe('2025-06-12');
  });

  it('reads date-formatted serials, bare serials in range, yyyymmdd numbers; rejects other numbers', () => {
    expect(parseDateNumber(45820, true).date).toBe('2025-06-12');
    expect(parseDateNumber(45820, false).date).toBe('2025-06-12');
    expect(parseDateNumber(20250612, false).date).toBe('2025-06-12');
    expect(parseDateNumber(20250631, false).error).toBe('no-such-day');
    expect(parseDateNumber(6.12, false).error).toBe('number-not-date');
    expect(parseDateNumber(150, false).error).toBe('number-not-date');
  });
});
