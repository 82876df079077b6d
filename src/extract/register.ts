/**
 * Register extractor (台账登记表 / 活动登记表): .xlsx read from its XML within caps (xlsx-read.ts),
 * .csv as text, both under a byte cap (limits.ts); legacy .xls and encrypted workbooks are recognised and reported.
 * Never throws: a file that cannot be read gives an ExtractError.
 */
import { errnoOf, errorDetail } from './error-detail.js';
import type { FileInput, ExtractError, RegisterFacts, RegisterRow } from '../types.js';
import { type Grid, colLetter } from './register-grid.js';
import { readXlsxGrid } from './register-grid.js';
import { readCsvGrid } from './register-csv.js';
import { type HeaderMatch, findHeader } from './register-header.js';
import { readRows } from './register-rows.js';
import { sniffRegister } from './register-container.js';
import { findYearHint } from './register-year.js';
import { readWholeFile } from '../formats/read.js';
import { append } from '../util/append.js';
import { refusal, zipError } from './refusal.js';
import { MAX_CSV_BYTES, MAX_REGISTER_BYTES, documentBudget } from './limits.js';

export type RegisterResult = { facts: { type: 'register' } & RegisterFacts; error: ExtractError | null };

function empty(format: RegisterFacts['format']): { type: 'register' } & RegisterFacts {
  return { type: 'register', format, sheets: [], headerFound: false, rows: [], headers: [] };
}

function fail(format: RegisterFacts['format'], code: string, detail: string, reason?: string): RegisterResult {
  return { facts: empty(format), error: reason === undefined ? { code, detail } : { code, detail, reason } };
}

/** A sheet that looks like a table: at least two rows with two or more filled cells. */
function looksTabular(sheet: Grid['sheets'][number]): boolean {
  let n = 0;
  for (const row of sheet.rows) if (row.filter((c) => c.kind !== 'empty').length >= 2 && ++n >= 2) return true;
  return false;
}

type HiddenEntry = NonNullable<RegisterFacts['hidden']>[number];
type HiddenHow = NonNullable<HiddenEntry['how']>[number];

/**
 * The sheet as a reviewer opening the workbook sees it below its header: a hidden sheet shows no
 * row; a row hidden or lower than a pixel shows none of its cells; a column hidden or narrower than
 * a pixel, and a cell whose style shows nothing of its value (`;;;`, white on no fill, text of its
 * fill's colour), show nothing. The header itself is found on the sheet as stored. Returns the
 * sheet to read (the same object when nothing below the header is hidden) and what was hidden.
 */
function seenSheet(sheet: Grid['sheets'][number], header: HeaderMatch): { sheet: Grid['sheets'][number]; cells: number; how: Set<HiddenHow> } {
  const how = new Set<HiddenHow>();
  const first = header.lastRow + 1;
  const hiddenRows = new Set((sheet.hiddenRows ?? []).filter((r) => r >= first));
  const lowRows = new Set(sheet.lowRows ?? []);
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  const narrowColumns = new Set(sheet.narrowColumns ?? []);
  const hiddenCells = new Map<number, Map<number, 'format' | 'white' | 'same-colour'>>();
  for (const h of sheet.hiddenCells ?? []) {
    if (h.row < first) continue;
    let m = hiddenCells.get(h.row);
    if (!m) hiddenCells.set(h.row, (m = new Map()));
    m.set(h.column, h.how);
  }
  if (sheet.state) how.add('sheet');
  if (!sheet.state && hiddenRows.size === 0 && hiddenColumns.size === 0 && hiddenCells.size === 0) return { sheet, cells: 0, how };
  let cells = 0;
  const rows = sheet.rows.map((row, r) => {
    if (r < first) return row;
    const filled = row.some((c) => c.kind !== 'empty' || c.unread);
    if (sheet.state || hiddenRows.has(r)) {
      if (filled && !sheet.state) how.add(lowRows.has(r) ? 'low-row' : 'row');
      return [];
    }
    const inRow = hiddenCells.get(r);
    if (!inRow && hiddenColumns.size === 0) return row;
    let changed: typeof row | null = null;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      if (cell.kind === 'empty' && !cell.unread) continue;
      const by: HiddenHow | undefined = hiddenColumns.has(c) ? (narrowColumns.has(c) ? 'narrow-column' : 'column') : inRow?.get(c);
      if (!by) continue;
      changed ??= row.slice();
      changed[c] = { kind: 'empty' };
      cells++;
      how.add(by);
    }
    return changed ?? row;
  });
  return { sheet: { ...sheet, rows }, cells, how };
}

/** The columns the header reads that are hidden (or narrower than a pixel). */
function hiddenReadColumns(sheet: Grid['sheets'][number], header: HeaderMatch): number {
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  if (!hiddenColumns.size) return 0;
  const read = new Set(Object.values(header.columns).flatMap((c) => (Array.isArray(c) ? c : [c])));
  let n = 0;
  for (const c of read) if (hiddenColumns.has(c)) n++;
  return n;
}

/**
 * Rows of every sheet that has a header. Facts do not depend on the rule set: dates typed without
 * a year keep month and day, with the year the sheet's title or 填报 line gives (if any).
 */
export function registerFromGrid(grid: Grid, format: RegisterFacts['format']): { type: 'register' } & RegisterFacts {
  const facts = empty(format);
  const headerless: string[] = [];
  for (const sheet of grid.sheets) {
    facts.sheets.push(sheet.name);
    const header = findHeader(sheet);
    if (!header) {
      if (looksTabular(sheet)) headerless.push(sheet.name);
      if (sheet.state) (facts.hidden ??= []).push({ sheet: sheet.name, state: sheet.state, rows: 0, columns: 0 });
      continue;
    }
    facts.headerFound = true;
    const columns: Record<string, string> = {};
    for (const [field, col] of Object.entries(header.columns)) {
      columns[field] = Array.isArray(col) ? col.map(colLetter).join(',') : colLetter(col);
    }
    facts.headers!.push({ sheet: sheet.name, row: header.lastRow + 1, columns });
    // Only what a reviewer opening the workbook sees is read (seenSheet); what it hides is told.
    const seen = seenSheet(sheet, header);
    const { rows, unread, unreadCells } = readRows(seen.sheet, header, grid.date1904);
    append(facts.rows, rows);
    if (seen.sheet !== sheet || sheet.state) {
      const all = readRows(sheet, header, grid.date1904).rows.length;
      const entry: HiddenEntry = { sheet: sheet.name, state: sheet.state ?? 'visible', rows: Math.max(0, all - rows.length), columns: hiddenReadColumns(sheet, header) };
      if (seen.cells) entry.cells = seen.cells;
      if (seen.how.size) entry.how = [...seen.how].sort();
      if (sheet.state || entry.rows || entry.columns || seen.cells) (facts.hidden ??= []).push(entry);
    }
    if (unread.length) append((facts.unreadRows ??= []), unread);
    if (unreadCells.length) append((facts.unreadCells ??= []), unreadCells);
    if (rows.some((r) => r.dateYearless)) {
      const hint = findYearHint(sheet, header.firstRow, grid.date1904);
      if (hint) (facts.yearHints ??= []).push({ sheet: sheet.name, ...hint });
    }
  }
  if (facts.headerFound && headerless.length) facts.unreadSheets = headerless;
  if (grid.overflow?.length) facts.overflow = grid.overflow.map((o) => ({ ...o }));
  if (grid.unclosedQuote) facts.unclosedQuote = { ...grid.unclosedQuote };
  return facts;
}

export async function extractRegister(file: FileInput): Promise<RegisterResult> {
  const isCsv = /\.(csv|tsv|txt)$/i.test(file.name);
  const format = isCsv ? 'csv' : 'xlsx';
  const cap = isCsv ? MAX_CSV_BYTES : MAX_REGISTER_BYTES;
  if (file.size > cap) return { facts: empty(format), error: refusal('too-large', file.size, cap) };
  const release = await documentBudget.reserve(file.size);
  try {
    return await readRegister(file, isCsv);
  } finally {
    release();
  }
}

async function readRegister(file: FileInput, isCsv: boolean): Promise<RegisterResult> {
  let buf: Buffer;
  try {
    buf = await readWholeFile(file.absPath, isCsv ? MAX_CSV_BYTES : MAX_REGISTER_BYTES);
  } catch (e) {
    const r = zipError(e);
    return r ? { facts: empty(isCsv ? 'csv' : 'xlsx'), error: r } : fail(isCsv ? 'csv' : 'xlsx', 'io', (e as Error).message, errnoOf(e));
  }
  const kind = sniffRegister(buf, file.name);
  switch (kind) {
    case 'empty':
      return fail(isCsv ? 'csv' : 'xlsx', 'empty', 'the file is empty (0 bytes)');
    case 'encrypted':
      return fail('xlsx', 'encrypted', 'password-protected workbook (CFB container with EncryptedPackage)');
    case 'encrypted-xls':
      return fail('xls', 'encrypted', 'password-protected Excel 97-2003 workbook (FILEPASS record)');
    case 'legacy-xls':
      return fail('xls', 'legacy-format', 'legacy Excel 97-2003 workbook (.xls); save it as .xlsx');
    case 'cfb-other':
      return fail('xls', 'unsupported', 'an OLE/CFB file that is not an Excel workbook');
    case 'text':
      try {
        return { facts: registerFromGrid(readCsvGrid(buf, file.name.replace(/\.[^.]+$/, '')), 'csv'), error: null };
      } catch (e) {
        return fail('csv', 'corrupt', errorDetail(e));
      }
    case 'unknown':
      return fail(isCsv ? 'csv' : 'xlsx', 'unsupported', 'not a spreadsheet (no zip, CFB or text signature)');
    case 'zip':
      break;
  }
  try {
    const grid = await readXlsxGrid(buf);
    if (grid.sheets.length === 0) return fail('xlsx', 'no-sheets', 'the workbook lists no worksheets');
    return { facts: registerFromGrid(grid, 'xlsx'), error: null };
  } catch (e) {
    const z = zipError(e);
    if (z) return { facts: empty('xlsx'), error: z };
    const msg = (e as Error).message ?? String(e);
    return fail('xlsx', /end of data|truncat|Corrupted zip/i.test(msg) ? 'truncated' : 'corrupt', errorDetail(e));
  }
}
