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
}

export function rowDates(row: RegisterRow, facts: Pick<RegisterFacts, 'yearHints'>, period: { start: string; end: string }): RowDates {
  const yl = row.dateYearless;
  if (!yl) return { date: row.date, dateEnd: row.dateEnd ?? null, error: row.dateError ?? null, yearFrom: null };
  const hint = facts.yearHints?.find((h) => h.sheet === row.sheet) ?? null;
  const r = resolveParsedDate({ date: null, dateEnd: null, error: null, yearless: yl }, hint, period);
  return { date: r.date, dateEnd: r.dateEnd, error: r.error, yearFrom: hint ? hint.source : 'period' };
}
