/**
 * The year a register sheet is about, for dates typed without one (1月26日): its title
 * ('县文旅局2025年“我们的节日”活动登记表') or its 填报 line ('填报日期：2025年7月10日', or the date
 * in the cell beside '填报日期'). A title naming two years ('2024—2025年度') says nothing.
 */
import { type GridSheet, type GridCell, cellRef, cellText } from './register-grid.js';
import { parseDateNumber, parseDateText } from '../text/register-dates.js';
import { parseCnNumeral, toHalfWidth } from '../text/register-number.js';

export interface SheetYear {
  year: number;
  month: number | null;
  cell: string;
  source: 'title' | 'filled';
}

const YEAR_IN_TITLE = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年/;
const ANY_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)|([〇零一二三四五六七八九]{4})(?=\s*年)/g;
const FILLED_LABEL = /(?:填报|填表|制表|报送)(?:日期|时间)/;

/** Every year a title names, when it names one with 年 ('2024—2025年度' names two). */
function titleYears(text: string): number[] {
  const t = toHalfWidth(text);
  if (!YEAR_IN_TITLE.test(t)) return [];
  const years = new Set<number>();
  for (const m of t.matchAll(ANY_YEAR)) {
    const y = m[1] ? Number(m[1]) : parseCnNumeral(m[2]!);
    if (y !== null && y >= 1990 && y <= 2100) years.add(y);
  }
  return [...years];
}

function cellDate(cell: GridCell | undefined, date1904: boolean): string | null {
  if (!cell) return null;
  if (cell.kind === 'date') return cell.date;
  if (cell.kind === 'number') return parseDateNumber(cell.value, cell.dateFormatted, date1904).date;
  if (cell.kind === 'text') {
    const m = /(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号])/.exec(toHalfWidth(cell.text));
    return m ? parseDateText(m[1]!).date : null;
  }
  return null;
}

/** A 填报 date on a row: in the labelled cell itself or in the next filled cell to its right. */
function filledDate(row: GridCell[], date1904: boolean): { date: string; col: number } | null {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]!;
    if (cell.kind !== 'text' || !FILLED_LABEL.test(cell.text)) continue;
    const own = cellDate(cell, date1904);
    if (own) return { date: own, col: c };
    for (let n = c + 1; n < row.length; n++) {
      if (row[n]!.kind === 'empty' || row[n]!.master === cell.master && cell.master) continue;
      const next = cellDate(row[n], date1904);
      return next ? { date: next, col: n } : null;
    }
  }
  return null;
}

/** The sheet's year: a title row above the header first, else a 填报 line anywhere in the sheet. */
export function findYearHint(sheet: GridSheet, headerRow: number, date1904: boolean): SheetYear | null {
  for (let r = 0; r < headerRow; r++) {
    const row = sheet.rows[r]!;
    // A 填报 line above the header is no title, its date typed in the label's cell or in one beside it
    // (填报日期： | 2026年1月10日): it is read below, with its month. A row whose 填报日期 is left
    // blank beside its title (县文旅局2025年…登记表 | 填报日期：) still names the title's year.
    if (filledDate(row, date1904)) continue;
    const c = row.findIndex((x) => x.kind === 'text' && !FILLED_LABEL.test(x.text) && titleYears(cellText(x)).length > 0);
    if (c < 0) continue;
    const years = titleYears(cellText(row[c]));
    if (years.length === 1) return { year: years[0]!, month: null, cell: cellRef(r, c), source: 'title' };
  }
  for (let r = 0; r < sheet.rows.length; r++) {
    const hit = filledDate(sheet.rows[r]!, date1904);
    if (hit) return { year: Number(hit.date.slice(0, 4)), month: Number(hit.date.slice(5, 7)), cell: cellRef(r, hit.col), source: 'filled' };
  }
  return null;
}
