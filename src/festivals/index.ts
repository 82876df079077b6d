/**
 * 我们的节日: festival dates (computed with the lunar calendar) and their windows.
 */
import type { FestivalName } from './table.js';
import { festivalDates } from './dates.js';
import { around, contains, withinPeriod } from '../windows/window.js';

export { festivalDate, festivalDates, FESTIVAL_RULES } from './dates.js';
export { festivalsNamedIn, FESTIVAL_WORDS } from './names.js';
export { addDays, daysBetween } from '../windows/days.js';

export interface FestivalWindow {
  name: FestivalName;
  date: string; // YYYY-MM-DD (Gregorian)
  from: string; // window start (windows/window.ts: both ends inclusive)
  to: string; // window end
}

/** Lunar dates are costly to compute and asked for once per photo: remember them per year. */
const datesByYear = new Map<number, ReturnType<typeof festivalDates>>();
function datesOf(year: number): ReturnType<typeof festivalDates> {
  let d = datesByYear.get(year);
  if (!d) datesByYear.set(year, (d = festivalDates(year)));
  return d;
}

/** Every festival of a Gregorian year with its window, in calendar order. */
export function festivalWindows(
  year: number,
  windows: Record<FestivalName, { before: number; after: number }>,
): FestivalWindow[] {
  return datesOf(year).map(({ name, date }) => ({ name, date, ...around({ from: date, to: date }, windows[name].before, windows[name].after) }));
}

/** Festivals whose date falls inside [start, end], each with its window. */
export function festivalWindowsInPeriod(
  period: { start: string; end: string },
  windows: Record<FestivalName, { before: number; after: number }>,
): FestivalWindow[] {
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  const out: FestivalWindow[] = [];
  for (let y = first; y <= last; y++) {
    for (const w of festivalWindows(y, windows)) if (contains(withinPeriod(period), w.date)) out.push(w);
  }
  return out;
}
