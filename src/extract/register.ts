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

/**
 * What a reviewer opening the workbook cannot see but the rows read include: the sheet's state,
 * the activity rows read from hidden rows, the columns the header reads that are hidden. Null
 * when the sheet hides none of it.
 */
function hiddenOf(sheet: Grid['sheets'][number], header: HeaderMatch, rows: RegisterRow[]): NonNullable<RegisterFacts['hidden']>[number] | null {
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  let nRows = 0;
  if (hiddenRows.size) for (const r of rows) if (hiddenRows.has(r.row - 1)) nRows++;
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  let nColumns = 0;
  if (hiddenColumns.size) {
    const read = new Set(Object.values(header.columns).flatMap((c) => (Array.isArray(c) ? c : [c])));
    for (const c of read) if (hiddenColumns.has(c)) nColumns++;
  }
  if (!sheet.state && nRows === 0 && nColumns === 0) return null;
  return { sheet: sheet.name, state: sheet.state ?? 'visible', rows: nRows, columns: nColumns };
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
    const { rows, unread, unreadCells } = readRows(sheet, header, grid.date1904);
    append(facts.rows, rows);
    const hidden = hiddenOf(sheet, header, rows);
    if (hidden) (facts.hidden ??= []).push(hidden);
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
