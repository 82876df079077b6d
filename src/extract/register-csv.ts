/**
 * A .csv register: decoded as UTF-8 (with or without BOM) or, failing that, GB18030 (what
 * Chinese-locale Excel writes), then split into a one-sheet grid of text cells.
 */
import { decodeTextFile } from '../text/decode.js';
import type { Grid, GridCell } from './register-grid.js';

/** RFC 4180 fields, with quotes, doubled quotes and newlines inside quotes. Separator guessed (, ; or tab). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = [',', '\t', ';'].map((s) => ({ s, n: firstLine.split(s).length })).sort((a, b) => b.n - a.n)[0]!.s;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
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
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
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

export function readCsvGrid(buf: Buffer, sheetName: string): Grid {
  const rows = parseCsv(decodeTextFile(buf)).map((r) =>
    r.map((v): GridCell => (v.trim() ? { kind: 'text', text: v.trim() } : { kind: 'empty' })),
  );
  return { sheets: [{ name: sheetName, rows }], date1904: false };
}
