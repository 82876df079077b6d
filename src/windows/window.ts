/**
 * The one window primitive. A window is a run of calendar days (China days, 'YYYY-MM-DD') and
 * BOTH ENDS ARE INCLUSIVE: a day equal to `from` or to `to` is inside. This is the only place
 * that says so; every date check (photo period, register rows, report/evaluation dates, sign-off
 * deadline, deadline passed, festival windows, tolerances) asks `placeOf`/`contains`/`overlaps`.
 * An open end (null) reaches as far as time goes: `on or before deadline` is { from: null, to }.
 */
import { addDays, dayOf } from './days.js';

export interface DayWindow {
  from: string | null;
  to: string | null;
}

export type Place = 'before' | 'inside' | 'after';

/** Where a day (or the day of a time) lies against a window. */
export function placeOf(w: DayWindow, day: string): Place {
  const d = dayOf(day);
  if (w.from !== null && d < w.from) return 'before';
  if (w.to !== null && d > w.to) return 'after';
  return 'inside';
}

export const contains = (w: DayWindow, day: string): boolean => placeOf(w, day) === 'inside';

/** A span of days [from, to] shares at least one day with the window. */
export function overlaps(w: DayWindow, span: { from: string; to: string }): boolean {
  return placeOf(w, span.to) !== 'before' && placeOf(w, span.from) !== 'after';
}

/** within period: the evaluation period, start and end days included. */
export const withinPeriod = (period: { start: string; end: string }): DayWindow => ({ from: period.start, to: period.end });

/**
 * within period + deadline: from the period's start to the later of its end and the hand-in
 * deadline (a report is written about the period, often after it ends, before hand-in).
 */
export const withinPeriodAndDeadline = (period: { start: string; end: string }, deadline: string): DayWindow => ({
  from: period.start,
  to: deadline > period.end ? deadline : period.end,
});

/** on or before deadline: the deadline day itself is still in time. */
export const onOrBefore = (deadline: string): DayWindow => ({ from: null, to: deadline });

/**
 * A day (or span of days) widened by `before` days before and `after` days after: a festival's
 * window (within festival window), or a tolerance around a register row's date.
 */
export function around(span: { from: string; to: string }, before: number, after: number): { from: string; to: string } {
  return { from: addDays(span.from, -before), to: addDays(span.to, after) };
}
