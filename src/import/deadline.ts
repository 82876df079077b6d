/**
 * The 完成时限 column of a 任务分解表. The rule model has one date for it: `deadline`, the hand-in
 * deadline of the whole ledger. When the table's dates agree, that is the deadline; when they
 * differ, the latest is (everything is due by then) and each indicator keeps its own date in its
 * note; a 时限 that is no date ('长期坚持', '每季度末') stays in the note word for word.
 */
import { cellText, type GridCell, type GridSheet } from '../extract/register-grid.js';
import { parseDateText, resolveParsedDate } from '../text/register-dates.js';

export interface TableDeadline {
  date: string | null;
  /** The year a date typed without one is read in (from the table's title), or null. */
  year: number | null;
}

/** A 完成时限 cell as text (a date cell as YYYY-MM-DD). */
export function deadlineText(cell: GridCell | undefined): string {
  if (!cell) return '';
  return cell.kind === 'date' ? cell.date : cellText(cell).trim();
}

const DATE_PART = /(?:\d{4}\s*[年./-]\s*)?\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?|\d{4}-\d{2}-\d{2}/;

/** '2025年10月26日前', '10月26日（周日）', '2025-10-26' → YYYY-MM-DD; a date without a year only with `year`. */
export function parseDeadline(text: string, year: number | null): string | null {
  const m = DATE_PART.exec(text);
  if (!m) return null;
  const p = parseDateText(m[0]);
  if (p.date) return p.date;
  if (p.yearless && year !== null) return resolveParsedDate(p, { year, month: null }, { start: `${year}-01-01`, end: `${year}-12-31` }).date;
  return null;
}

/** The one year a sheet's title rows name ('清河县2025年创建…任务分解表'), or null. */
function titleYear(sheets: GridSheet[]): number | null {
  const years = new Set<number>();
  for (const s of sheets) for (const row of s.rows.slice(0, 3)) for (const c of row) {
    for (const m of cellText(c).matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/g)) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0]! : null;
}

export function tableDeadline(drafts: { key: string; deadlines: string[] }[], sheets: GridSheet[], notes: string[]): TableDeadline {
  const year = titleYear(sheets);
  const dates = new Set<string>();
  for (const d of drafts) for (const t of d.deadlines) {
    const date = parseDeadline(t, year);
    if (date) dates.add(date);
  }
  if (!dates.size) return { date: null, year };
  const latest = [...dates].sort().pop()!;
  if (dates.size > 1) notes.push(`完成时限不一致（${[...dates].sort().join('、')}），deadline 取最晚的 ${latest}，其余写入各指标的 note`);
  return { date: latest, year };
}
