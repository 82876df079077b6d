/**
 * A register sheet as a plain grid of typed cells, whatever it was read from (xlsx or csv).
 * Merged cells are filled from their master so a header or a date merged over rows reads the
 * same in every cell it covers; `master` (the merge's top-left address) is set on every cell of
 * a merge, the master included.
 */
import ExcelJS from 'exceljs';
import { readWorkbookStyles } from './register-styles.js';
import { utcDateToYmd } from './register-dates.js';

export type GridCell =
  | { kind: 'empty'; master?: string }
  | { kind: 'text'; text: string; master?: string }
  | { kind: 'number'; value: number; dateFormatted: boolean; master?: string }
  | { kind: 'date'; date: string; master?: string };

export interface GridSheet {
  name: string;
  rows: GridCell[][]; // rows[r][c], 0-based
}

export interface Grid {
  sheets: GridSheet[];
  date1904: boolean;
}

export function colLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based (row, col) → 'B3'. */
export function cellRef(r: number, c: number): string {
  return `${colLetter(c)}${r + 1}`;
}

export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date;
    default:
      return '';
  }
}

type Raw = ExcelJS.CellValue | undefined;

function fromValue(v: Raw, dateFormatted: boolean): GridCell {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v, dateFormatted };
  if (typeof v === 'string') return v.trim() ? { kind: 'text', text: v.trim() } : { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) {
    const d = utcDateToYmd(v);
    return d ? { kind: 'date', date: d } : { kind: 'empty' };
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return fromValue(v.richText.map((r) => r.text).join(''), false);
    if ('formula' in v || 'sharedFormula' in v) return fromValue((v as { result?: Raw }).result, dateFormatted);
    if ('hyperlink' in v && 'text' in v) return fromValue((v as { text: Raw }).text, dateFormatted);
    if ('error' in v) return { kind: 'text', text: String((v as { error: unknown }).error) };
  }
  return { kind: 'empty' };
}

/** Reads every worksheet of an .xlsx buffer. Throws what exceljs throws (the caller classifies it). */
export async function readXlsxGrid(buf: Buffer): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const styles = await readWorkbookStyles(buf);
  const date1904 = styles.date1904 || Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets: GridSheet[] = [];
  for (const ws of wb.worksheets) {
    const dateCells = styles.dateCells.get(ws.name) ?? new Map<string, number>();
    const rows: GridCell[][] = [];
    const rowCount = ws.rowCount;
    const colCount = ws.columnCount;
    for (let r = 1; r <= rowCount; r++) {
      const row: GridCell[] = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = ws.getCell(r, c);
        const master = cell.isMerged && cell.master && cell.master.address !== cell.address ? cell.master : null;
        const src = master ?? cell;
        const g = fromValue(src.value, dateCells.has(src.address));
        if (cell.isMerged) g.master = (master ?? cell).address;
        row.push(g);
      }
      rows.push(row);
    }
    sheets.push({ name: ws.name, rows });
  }
  return { sheets, date1904 };
}
