/**
 * Dates of 我们的节日 for any year. The rule (which lunar day / which term) is written in
 * festivals/table.ts, never a date; the dates of FESTIVAL_DATES_FIRST_YEAR…+N were computed from
 * it with the lunar calendar at build time (`npm run festivals` writes dates-table.ts; a test
 * checks it against lunar-javascript year by year), so a run does not load lunar-javascript for
 * those years. Other years are computed (lunar.ts).
 */
import { FESTIVALS, perFestival, type FestivalName, type FestivalDateRule } from './table.js';
import { lunarToSolar, solarTerm } from './lunar.js';
import { FESTIVAL_DATES, FESTIVAL_DATES_FIRST_YEAR } from './dates-table.js';

/** 春节 1/1, 元宵 1/15, 端午 5/5, 七夕 7/7, 中秋 8/15, 重阳 9/9 (lunar); 清明 = solar term (festivals/table.ts). */
export const FESTIVAL_RULES: Record<FestivalName, FestivalDateRule> = perFestival((f) => f.date);

/** Gregorian date (YYYY-MM-DD) of a festival in a Gregorian year, computed with the lunar calendar. */
export function computedFestivalDate(name: FestivalName, year: number): string {
  const rule = FESTIVAL_RULES[name];
  // Every one of these falls in the lunar year that starts in the same Gregorian year.
  return 'term' in rule ? solarTerm(year, rule.term) : lunarToSolar(year, rule.lunar[0], rule.lunar[1]);
}

/** The table's row for a year (MM-DD per festival, FESTIVALS order), or null outside it. */
function tableRow(year: number): string[] | null {
  const row = Number.isInteger(year) ? FESTIVAL_DATES[year - FESTIVAL_DATES_FIRST_YEAR] : undefined;
  return row === undefined ? null : row.split(' ');
}

/** Gregorian date (YYYY-MM-DD) of a festival in the given Gregorian year. */
export function festivalDate(name: FestivalName, year: number): string {
  const row = tableRow(year);
  return row ? `${year}-${row[FESTIVALS.indexOf(name)]}` : computedFestivalDate(name, year);
}

/** All seven festivals of a Gregorian year, in calendar order. */
export function festivalDates(year: number): { name: FestivalName; date: string }[] {
  let dates = datesByYear.get(year);
  if (!dates) {
    dates = FESTIVALS.map((name) => ({ name, date: festivalDate(name, year) })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    datesByYear.set(year, dates);
  }
  // A copy: the lunar conversion is done once per year and process (checks ask for each file).
  return dates.map((d) => ({ ...d }));
}
const datesByYear = new Map<number, { name: FestivalName; date: string }[]>();
