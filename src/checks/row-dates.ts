/**
 * The dates of a register row as the checks use them. A date typed without a year (1月26日) takes
 * its year from the sheet's title or 填报 line (a fact of the file), else the one that puts it
 * inside the evaluation period (a setting of the rule set): the year is decided here, not by the
 * extractor, so the facts stay the same whatever rules are loaded.
 */
import type { RegisterFacts, RegisterRow } from '../types.js';
import { resolveParsedDate } from '../text/register-dates.js';

export interface RowDates {
  date: string | null;
  dateEnd: string | null;
  error: string | null;
  /** Where the year came from, for a date typed without one. */
  yearFrom: 'title' | 'filled' | 'period' | null;
  /** The days listed (6月10日、12日), YYYY-MM-DD: the activity ran on these, not on every day from date to dateEnd. */
  days?: string[];
}

/** Listed 'MM-DD' days dated from the first day's year (a day in an earlier month is in the next year). */
function listedDays(date: string | null, days: string[] | undefined): { days?: string[] } {
  if (!date || !days?.length) return {};
  const year = Number(date.slice(0, 4));
  const first = date.slice(5);
  return { days: days.map((md) => `${md < first ? year + 1 : year}-${md}`) };
}

export function rowDates(row: RegisterRow, facts: Pick<RegisterFacts, 'yearHints'>, period: { start: string; end: string }): RowDates {
  const yl = row.dateYearless;
  if (!yl) return { date: row.date, dateEnd: row.dateEnd ?? null, error: row.dateError ?? null, yearFrom: null, ...listedDays(row.date, row.dateDays) };
  const hint = facts.yearHints?.find((h) => h.sheet === row.sheet) ?? null;
  const r = resolveParsedDate({ date: null, dateEnd: null, error: null, yearless: yl }, hint, period);
  return { date: r.date, dateEnd: r.dateEnd, error: r.error, yearFrom: hint ? hint.source : 'period', ...listedDays(r.date, row.dateDays) };
}
