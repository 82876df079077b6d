/**
 * 我们的节日: festival dates and their windows. (Interface; implemented with a lunar-calendar
 * library — see the register/festival work.)
 */
import type { FestivalName } from '../rules/schema.js';

export interface FestivalWindow {
  name: FestivalName;
  date: string; // YYYY-MM-DD (Gregorian)
  from: string; // window start, inclusive
  to: string; // window end, inclusive
}

/** Festivals whose date falls inside [start, end], each with its window. */
export function festivalWindowsInPeriod(
  _period: { start: string; end: string },
  _windows: Record<FestivalName, { before: number; after: number }>,
): FestivalWindow[] {
  throw new Error('not implemented yet');
}
