/** Boundary tables for the register checks: the row date against the period, listed photos against the row date. */
import { describe, expect, it } from 'vitest';
import { registerChecks } from '../../src/checks/register.js';
import { PERIOD, count, ctxOf, indicatorOf, photo, register, row, rules, runChecks, unitOf } from './helpers.js';

const outside = (date: string, dateEnd: string | null = null) => {
  const rs = rules();
  const ind = indicatorOf(rs, [register([row(date, dateEnd)])]);
  return count(runChecks(registerChecks, unitOf([ind]), ctxOf(rs)), 'register.date-outside-period');
};

describe('register.date-outside-period: a row (or date range) against the period, ends inclusive', () => {
  // period 2024-08-01 … 2025-07-31
  it.each([
    ['single day, just before the start', '2024-07-31', null, 1],
    ['single day, on the start', PERIOD.start, null, 0],
    ['single day, on the end', PERIOD.end, null, 0],
    ['single day, just after the end', '2025-08-01', null, 1],
    // A range is judged by the end that faces the period: it counts when any day of it is inside.
    ['range ending just before the start', '2024-07-28', '2024-07-31', 1],
    ['range ending on the start', '2024-07-28', PERIOD.start, 0],
    ['range starting before and ending inside', '2024-07-28', '2024-08-03', 0],
    ['range starting inside and ending after', '2025-07-29', '2025-08-03', 0],
    ['range starting on the end', PERIOD.end, '2025-08-03', 0],
    ['range starting just after the end', '2025-08-01', '2025-08-03', 1],
  ])('%s', (_label, date, dateEnd, expected) => {
    expect(outside(date, dateEnd)).toBe(expected);
  });
});

describe('register.photo-date-mismatch: a listed photo within photoToleranceDays of the row date', () => {
  const mismatch = (captured: string, date: string, dateEnd: string | null = null) => {
    const rs = rules();
    const files = [register([row(date, dateEnd, { photos: ['p.jpg'], photosCell: 'E3' })]), photo('p.jpg', { capturedAt: `${captured}T10:00:00` })];
    const ind = indicatorOf(rs, files);
    expect(ind.def.register.photoToleranceDays).toBe(3);
    return count(runChecks(registerChecks, unitOf([ind]), ctxOf(rs)), 'register.photo-date-mismatch');
  };
  it.each([
    ['4 days before the row date', '2025-06-08', 1],
    ['3 days before the row date (on the tolerance)', '2025-06-09', 0],
    ['on the row date', '2025-06-12', 0],
    ['3 days after the row date (on the tolerance)', '2025-06-15', 0],
    ['4 days after the row date', '2025-06-16', 1],
  ])('single day 2025-06-12, photo %s', (_label, captured, expected) => {
    expect(mismatch(captured, '2025-06-12')).toBe(expected);
  });
  it.each([
    ['4 days before the range start', '2025-06-06', 1],
    ['3 days before the range start', '2025-06-07', 0],
    ['3 days after the range end', '2025-06-15', 0],
    ['4 days after the range end', '2025-06-16', 1],
  ])('range 2025-06-10~2025-06-12, photo %s', (_label, captured, expected) => {
    expect(mismatch(captured, '2025-06-10', '2025-06-12')).toBe(expected);
  });
});

describe('register.photo-date-mismatch: days listed in the cell (6月1日、20日) are those days ± photoToleranceDays, not the span between them (session 18)', () => {
  const mismatch = (captured: string, days: string[], tolerance?: number) => {
    const rs = rules();
    const files = [register([row(`2025-${days[0]}`, `2025-${days[days.length - 1]}`, { photos: ['p.jpg'], photosCell: 'E3', dateDays: days })]), photo('p.jpg', { capturedAt: `${captured}T10:00:00` })];
    const ind = indicatorOf(rs, files);
    if (tolerance !== undefined) ind.def = { ...ind.def, register: { ...ind.def.register, photoToleranceDays: tolerance } };
    return count(runChecks(registerChecks, unitOf([ind]), ctxOf(rs)), 'register.photo-date-mismatch');
  };
  it.each([
    ['4 days before the first day', '2025-05-28', 1],
    ['3 days before the first day', '2025-05-29', 0],
    ['on the first day', '2025-06-01', 0],
    ['3 days after the first day', '2025-06-04', 0],
    ['4 days after the first day (inside the span)', '2025-06-05', 1],
    ['between the days (inside the span)', '2025-06-10', 1],
    ['4 days before the last day (inside the span)', '2025-06-16', 1],
    ['3 days before the last day', '2025-06-17', 0],
    ['3 days after the last day', '2025-06-23', 0],
    ['4 days after the last day', '2025-06-24', 1],
  ])('listed 2025-06-01、2025-06-20, photo %s', (_label, captured, expected) => {
    expect(mismatch(captured, ['06-01', '06-20'])).toBe(expected);
  });
  it.each([
    ['on the first day', '2025-06-10', 0],
    ['on the day between', '2025-06-11', 1],
    ['on the last day', '2025-06-12', 0],
  ])('listed 2025-06-10、2025-06-12 with photoToleranceDays 0, photo %s', (_label, captured, expected) => {
    expect(mismatch(captured, ['06-10', '06-12'], 0)).toBe(expected);
  });
});
