/**
 * A register sheet as a plain grid of typed cells, whatever it was read from (xlsx or csv).
 * Merged cells are filled from their master so a header or a date merged over rows reads the
 * same in every cell it covers; `master` (the merge's top-left address) is set on every cell of
 * a merge, the master included. Rows may be ragged (as long as their last cell): a missing cell is
 * empty.
 */

export type GridCell =
  /** unread: a formula with no value saved (a generator that never calculated): nothing to read, but not blank. */
  | { kind: 'empty'; master?: string; unread?: 'formula-without-value' }
  | { kind: 'text'; text: string; master?: string }
  | { kind: 'number'; value: number; dateFormatted: boolean; master?: string }
  | { kind: 'date'; date: string; master?: string };

export interface GridSheet {
  name: string;
  rows: GridCell[][]; // rows[r][c], 0-based
  /** The workbook hides the sheet (.xlsx `state`): 'veryHidden' only VBA can show again. Absent: visible. */
  state?: 'hidden' | 'veryHidden';
  /** 0-based rows marked hidden (`<row hidden="1">`, a filter's or a collapsed outline's too) that hold a cell read, ascending. */
  hiddenRows?: number[];
  /** 0-based columns marked hidden (`<col hidden="1">`) or narrower than one pixel, within the column cap, ascending. */
  hiddenColumns?: number[];
  /** Of hiddenRows, those not marked hidden but lower than one pixel (`ht` below ROW_SEEN_PT). */
  lowRows?: number[];
  /** Of hiddenColumns, those not marked hidden but narrower than one pixel (`width` below COLUMN_SEEN_WIDTH). */
  narrowColumns?: number[];
  /** Cells whose style shows nothing of their value: a `;;;` number format, white text on no fill, text of its fill's colour. */
  hiddenCells?: { row: number; column: number; how: 'format' | 'white' | 'same-colour' }[];
}

export interface Grid {
  sheets: GridSheet[];
  date1904: boolean;
  /** Per sheet, the first cell with content that lies beyond the reading caps (not read). */
  overflow?: GridOverflow[];
  /** A .csv quote never closed (read as a plain character): its cell. */
  unclosedQuote?: { sheet: string; cell: string };
}

export interface GridOverflow {
  sheet: string;
  cell: string;
  reason: 'rows' | 'columns' | 'cells' | 'workbook-cells';
  limit: number;
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

/** Reads every worksheet of an .xlsx buffer (xlsx-read.ts). Throws on a bad package (the caller classifies it). */
export async function readXlsxGrid(buf: Buffer): Promise<Grid> {
  return (await import('./xlsx-read.js')).readXlsx(buf);
}
