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
 * A quote that is never closed is read as a plain character (`unclosedQuote` says where), so the
 * lines after it stay rows: Excel would make the rest of the file one cell, and its rows vanish.
 * Fields are sliced from the text, never built a character at a time: a 16 MB line costs one
 * substring, not sixteen million concatenations.
 */
export type ParsedCsv = string[][] & { truncated?: boolean; unclosedQuote?: { row: number; column: number } };

export function parseCsv(text: string, maxFields = Infinity): ParsedCsv {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = [',', '\t', ';'].map((s) => ({ s, n: firstLine.split(s).length })).sort((a, b) => b.n - a.n)[0]!.s;
  const rows: ParsedCsv = [];
  const n = text.length;
  let row: string[] = [];
  let fields = 0;
  let i = 0;
  while (i < n) {
    if (fields >= maxFields) {
      rows.truncated = true;
      return rows;
    }
    let field = '';
    if (text[i] === '"') {
      // Quoted: up to the closing quote, "" standing for one quote.
      let j = i + 1;
      const parts: string[] = [];
      let unclosed = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          unclosed = true;
          break;
        }
        parts.push(text.slice(j, q));
        if (text[q + 1] === '"') {
          parts.push('"');
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      if (unclosed) {
        // A quote never closed would swallow every line after it into one field (and the rows
        // with it): it is read as a plain character, and the line ends where it ends.
        rows.unclosedQuote ??= { row: rows.length, column: row.length };
      } else {
        field = parts.join('');
        i = j;
      }
    }
    // Unquoted text (or what follows a closing quote) up to the separator or the line end.
    let k = i;
    while (k < n) {
      const ch = text[k];
      if (ch === sep || ch === '\n' || ch === '\r') break;
      k++;
    }
    if (k > i) field += text.slice(i, k);
    row.push(field);
    fields++;
    if (k >= n) {
      rows.push(row);
      row = [];
      break;
    }
    if (text[k] === sep) {
      i = k + 1;
      if (i >= n) {
        row.push('');
        rows.push(row);
        row = [];
      }
      continue;
    }
    // A line end: \r\n, \n or \r.
    i = text[k] === '\r' && text[k + 1] === '\n' ? k + 2 : k + 1;
    rows.push(row);
    row = [];
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
  if (parsed.unclosedQuote) grid.unclosedQuote = { sheet: sheetName, cell: cellRef(parsed.unclosedQuote.row, parsed.unclosedQuote.column) };
  return grid;
}
