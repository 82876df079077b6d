/**
 * A .csv register: decoded as UTF-8 (with or without BOM) or, failing that, GB18030 (what
 * Chinese-locale Excel writes), then split into a one-sheet grid of text cells.
 */
import { decodeTextFile } from '../text/decode.js';
import { cellRef, type Grid, type GridCell, type GridOverflow } from './register-grid.js';
import { DEFAULT_CAPS, type SheetCaps } from './xlsx-read.js';

/**
 * RFC 4180 fields, with quotes, doubled quotes and newlines inside quotes. Separator guessed (, ; or tab).
 * Stops after `maxFields` fields (the caller reports the rest as not read): `truncated` says so.
 */
export function parseCsv(text: string, maxFields = Infinity): string[][] & { truncated?: boolean } {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = [',', '\t', ';'].map((s) => ({ s, n: firstLine.split(s).length })).sort((a, b) => b.n - a.n)[0]!.s;
  const rows: string[][] & { truncated?: boolean } = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fields = 0;
  for (let i = 0; i < text.length; i++) {
    if (fields >= maxFields) {
      rows.truncated = true;
      return rows;
    }
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      fields++;
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      fields++;
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One sheet of text cells, within the same caps as an .xlsx sheet (rows, columns, cells). */
export function readCsvGrid(buf: Buffer, sheetName: string, caps: SheetCaps = DEFAULT_CAPS): Grid {
  const parsed = parseCsv(decodeTextFile(buf), caps.cells);
  let overflow: GridOverflow | null = null;
  const note = (o: GridOverflow) => {
    overflow ??= o;
  };
  const rows: GridCell[][] = [];
  for (const [r, fields] of parsed.entries()) {
    if (r >= caps.rows) {
      note({ sheet: sheetName, cell: cellRef(r, 0), reason: 'rows', limit: caps.rows });
      break;
    }
    if (fields.length > caps.columns && fields.slice(caps.columns).some((v) => v.trim())) {
      note({ sheet: sheetName, cell: cellRef(r, caps.columns), reason: 'columns', limit: caps.columns });
    }
    rows.push(fields.slice(0, caps.columns).map((v): GridCell => (v.trim() ? { kind: 'text', text: v.trim() } : { kind: 'empty' })));
  }
  if (parsed.truncated) note({ sheet: sheetName, cell: cellRef(parsed.length, 0), reason: 'cells', limit: caps.cells });
  const grid: Grid = { sheets: [{ name: sheetName, rows }], date1904: false };
  if (overflow) grid.overflow = [overflow];
  return grid;
}
