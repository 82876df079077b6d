/**
 * .xlsx → Grid, read straight from the package XML through the bounded zip reader. Only cells
 * that exist in the sheet XML are created (a lone cell at XFD1048576 costs one cell, not 17
 * billion), within per-sheet caps on rows, columns and cells (limits.ts); a cell beyond a cap is
 * not read and is listed in `overflow`, which the register check turns into a finding.
 *
 * Cell values as the grid promises: shared and inline strings and formula results as text,
 * numbers, booleans as TRUE/FALSE, errors as their text (#N/A), numbers under a date format
 * (built-in, CJK built-in or custom) as dates; merged ranges filled from their top-left cell.
 */
import type { Grid, GridCell, GridOverflow, GridSheet } from './register-grid.js';
import { cellRef } from './register-grid.js';
import { cellLooks, dateXfs, isDate1904, MAX_THEME_PART, sheetParts, themeColours, type CellHidden, type CellLook, type ThemeColours } from './register-styles.js';
import { attrOf, scanXml, unescapeXmlText } from './xml-scan.js';
import { serialToYmd } from '../text/register-dates.js';
import { ZipArchive, ZipBombError } from './zip.js';
import { MAX_REGISTER_MARKUP, MAX_SHEET_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './limits.js';

export interface SheetCaps {
  rows: number;
  columns: number;
  cells: number;
}

export const DEFAULT_CAPS: SheetCaps = { rows: MAX_SHEET_ROWS, columns: MAX_SHEET_COLUMNS, cells: MAX_SHEET_CELLS };

/** 'XFD1048576' → [row 1048575, col 16383] (0-based); null when not a cell reference. */
export function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 ? [row - 1, col - 1] : null;
}

/** Shared strings: each <si>'s <t> texts run together, phonetic runs (<rPh>) left out. */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let cur: string | null = null;
  let inT = false;
  let inPh = 0;
  for (const tok of scanXml(xml)) {
    if (tok.type === 'open') {
      if (tok.name === 'si') {
        if (tok.selfClosing) out.push('');
        else cur = '';
      } else if (tok.name === 'rPh' && !tok.selfClosing) inPh++;
      else if (tok.name === 't' && !tok.selfClosing) inT = true;
    } else if (tok.type === 'close') {
      if (tok.name === 'si' && cur !== null) {
        out.push(unescapeXmlText(cur));
        cur = null;
      } else if (tok.name === 'rPh') inPh = Math.max(0, inPh - 1);
      else if (tok.name === 't') inT = false;
    } else if (cur !== null && inT && inPh === 0) cur += tok.raw;
  }
  return out;
}

function text(s: string): GridCell {
  const t = s.trim();
  return t ? { kind: 'text', text: t } : { kind: 'empty' };
}

interface CellContext {
  strings: string[];
  dateXf: Map<number, number>;
  date1904: boolean;
  /** Cell styles that show nothing of some values (register-styles.ts cellLooks); absent: none. */
  looks?: Map<number, CellLook>;
}

/**
 * A row lower than one pixel at 100% (0.75 pt), or a column narrower than one pixel (a seventh of
 * a character of the default font), shows nothing of its cells, hidden or not.
 */
export const ROW_SEEN_PT = 0.75;
export const COLUMN_SEEN_WIDTH = 1 / 7;

/** What a cell's style shows of its value: null when it shows it (register-styles.ts). */
function cellHidden(attrs: string, value: GridCell, ctx: CellContext): CellHidden | null {
  if (!ctx.looks?.size || value.kind === 'empty') return null;
  const s = attrOf(attrs, 's');
  const look = s === null ? undefined : ctx.looks.get(Number(s));
  if (!look) return null;
  return value.kind === 'text' && attrOf(attrs, 't') !== null ? look.text : look.number(value.kind === 'number' ? value.value : 1);
}

/** One <c> element's value, from its attributes, its <v> text and its inline-string text (raw XML text). */
export function cellValue(attrs: string, v: string | undefined, inline: string | undefined, ctx: CellContext): GridCell {
  const t = attrOf(attrs, 't');
  const value = v === undefined ? undefined : unescapeXmlText(v);
  switch (t) {
    case 's': {
      const i = value === undefined ? NaN : Number(value);
      return Number.isInteger(i) && i >= 0 && i < ctx.strings.length ? text(ctx.strings[i]!) : { kind: 'empty' };
    }
    case 'inlineStr':
      return inline !== undefined ? text(unescapeXmlText(inline)) : value !== undefined ? text(value) : { kind: 'empty' };
    case 'str':
    case 'e':
      return value !== undefined ? text(value) : { kind: 'empty' };
    case 'b':
      return value === undefined ? { kind: 'empty' } : { kind: 'text', text: value.trim() === '1' || value.trim() === 'true' ? 'TRUE' : 'FALSE' };
    case 'd': {
      const m = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
      return m ? { kind: 'date', date: m[1]! } : value !== undefined ? text(value) : { kind: 'empty' };
    }
    default: {
      if (value === undefined || value.trim() === '') return { kind: 'empty' };
      const n = Number(value);
      if (!Number.isFinite(n)) return text(value);
      const s = attrOf(attrs, 's');
      const dateFormatted = s !== null && ctx.dateXf.has(Number(s));
      if (dateFormatted) {
        const d = serialToYmd(n, ctx.date1904);
        if (d) return { kind: 'date', date: d };
      }
      return { kind: 'number', value: n, dateFormatted };
    }
  }
}

/**
 * One worksheet's XML → rows of cells. Rows are as long as their last cell (consumers read a
 * missing cell as empty); rows with no cells are empty arrays.
 */
export function readSheetXml(
  name: string,
  xml: string,
  ctx: CellContext,
  caps: SheetCaps = DEFAULT_CAPS,
  /** Cells the workbook's earlier sheets took: the cell cap is the whole workbook's. */
  used = 0,
): { sheet: GridSheet; overflow: GridOverflow | null; cells: number } {
  const rows: GridCell[][] = [];
  let overflow: GridOverflow | null = null;
  let cells = used;
  const cellReason = used > 0 ? 'workbook-cells' : 'cells';
  const note = (o: GridOverflow) => {
    overflow ??= o;
  };
  /** Places a cell; false (and noted) when it lies beyond a cap. */
  const put = (r: number, c: number, cell: GridCell): boolean => {
    if (r >= caps.rows) {
      note({ sheet: name, cell: cellRef(r, c), reason: 'rows', limit: caps.rows });
      return false;
    }
    if (c >= caps.columns) {
      note({ sheet: name, cell: cellRef(r, c), reason: 'columns', limit: caps.columns });
      return false;
    }
    // Every cell up to this one is materialised: the cap counts those.
    const have = rows[r]?.length ?? 0;
    const grow = Math.max(0, c + 1 - have);
    if (cells + grow > caps.cells) {
      note({ sheet: name, cell: cellRef(r, c), reason: cellReason, limit: caps.cells });
      return false;
    }
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    cells += grow;
    while (row.length < c) row.push({ kind: 'empty' });
    row[c] = cell;
    return true;
  };
  const merges: string[] = [];
  // Hidden rows are noted only when a cell of theirs is placed (bounded by the cell cap); hidden
  // columns only within the column cap, and only from the first `caps.columns` <col> elements
  // (Excel writes at most one per column run), so neither costs more than the cells do.
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  // Of those, the ones not marked hidden but too low / narrow to show anything; and cells whose
  // style shows nothing of their value (bounded by the cells placed).
  const lowRows = new Set<number>();
  const narrowColumns = new Set<number>();
  const hiddenCells: { row: number; column: number; how: CellHidden }[] = [];
  let rowLow = false;
  let colElements = 0;
  // hostile20: the sheet's defaults (sheetFormatPr): rows of a default height below a pixel show only those given
  // their own height; a default column width below a pixel shows only the columns given their own width (recorded
  // from the first `caps.columns` <col> elements). final-review20: zeroHeight hides no written row — it is the
  // height of EMPTY rows (MS-XLS DefaultRowHeight fDyZero; ECMA: rows hidden "only not hidden if specified"), what
  // Excel writes when a clerk hides the unused rows below the table, its data rows carrying no ht; a row element
  // with cells shows (LibreOffice prints it). Under zeroHeight the default height is the unhidden rows' one.
  let rowsLowByDefault = false;
  let columnsNarrowByDefault = false;
  const sizedColumns = new Set<number>();
  let rowHidden = false;
  let rowIndex = -1;
  let colIndex = -1;
  let cell: { attrs: string; v?: string; inline?: string; f?: boolean; hasV?: boolean } | null = null;
  let inV = false;
  let inIs = false;
  let inT = false;
  let inPh = 0;
  const finish = () => {
    if (!cell) return;
    const at = attrOf(cell.attrs, 'r');
    const [r, c] = (at ? parseRef(at) : null) ?? [rowIndex, colIndex + 1];
    colIndex = c;
    let value = cellValue(cell.attrs, cell.v, cell.inline, ctx);
    const attrs = cell.attrs;
    // A formula whose result was never saved (no <v> at all: exceljs without result, a generator
    // that never calculated) cannot be read: placed as such, never as a blank cell.
    if (value.kind === 'empty' && cell.f && !cell.hasV && cell.inline === undefined) value = { kind: 'empty', unread: 'formula-without-value' };
    cell = null;
    // A styled empty cell creates nothing.
    const how = cellHidden(attrs, value, ctx);
    if ((value.kind !== 'empty' || value.unread) && put(r, c, value)) {
      if (rowHidden) hiddenRows.add(r);
      if (rowLow) lowRows.add(r);
      if (how) hiddenCells.push({ row: r, column: c, how });
    }
  };
  for (const tok of scanXml(xml)) {
    if (tok.type === 'text') {
      if (!cell) continue;
      if (inV) cell.v = (cell.v ?? '') + tok.raw;
      else if (inIs && inT && inPh === 0) cell.inline = (cell.inline ?? '') + tok.raw;
      continue;
    }
    if (tok.type === 'open') {
      switch (tok.name) {
        case 'row': {
          finish(); // a cell left open belongs to the row before
          const r = attrOf(tok.attrs, 'r');
          rowIndex = r !== null && /^\d{1,7}$/.test(r) && Number(r) >= 1 ? Number(r) - 1 : rowIndex + 1;
          colIndex = -1;
          rowHidden = isTrue(attrOf(tok.attrs, 'hidden'));
          const ht = attrOf(tok.attrs, 'ht');
          const ownHeight = ht !== null && ht.trim() !== '';
          rowLow = !rowHidden && (ownHeight ? Number(ht) < ROW_SEEN_PT : rowsLowByDefault);
          rowHidden ||= rowLow;
          if (tok.selfClosing) rowHidden = rowLow = false;
          break;
        }
        case 'sheetFormatPr': {
          const h = attrOf(tok.attrs, 'defaultRowHeight');
          rowsLowByDefault = !isTrue(attrOf(tok.attrs, 'zeroHeight')) && h !== null && h.trim() !== '' && Number(h) < ROW_SEEN_PT;
          const w = attrOf(tok.attrs, 'defaultColWidth');
          columnsNarrowByDefault = w !== null && w.trim() !== '' && Number(w) < COLUMN_SEEN_WIDTH;
          break;
        }
        case 'col': {
          const hidden = isTrue(attrOf(tok.attrs, 'hidden'));
          const width = attrOf(tok.attrs, 'width');
          const sized = width !== null && width.trim() !== '';
          const narrow = !hidden && sized && Number(width) < COLUMN_SEEN_WIDTH;
          if (++colElements > caps.columns) break;
          const min = Number(attrOf(tok.attrs, 'min'));
          const max = Number(attrOf(tok.attrs, 'max'));
          if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1) break;
          if (sized) for (let c = min; c <= Math.min(max, caps.columns); c++) sizedColumns.add(c - 1);
          if (!(hidden || narrow)) break;
          for (let c = min; c <= Math.min(max, caps.columns); c++) {
            hiddenColumns.add(c - 1);
            if (narrow) narrowColumns.add(c - 1);
          }
          break;
        }
        case 'c':
          finish();
          cell = { attrs: tok.attrs };
          if (tok.selfClosing) finish();
          break;
        case 'v':
          if (cell) cell.hasV = true;
          if (cell && !tok.selfClosing) inV = true;
          break;
        case 'f':
          if (cell) cell.f = true;
          break;
        case 'is':
          if (cell && !tok.selfClosing) inIs = true;
          break;
        case 't':
          if (inIs && !tok.selfClosing) inT = true;
          break;
        case 'rPh':
          if (!tok.selfClosing) inPh++;
          break;
        case 'mergeCell': {
          const ref = attrOf(tok.attrs, 'ref');
          if (ref) merges.push(ref);
          break;
        }
      }
      continue;
    }
    switch (tok.name) {
      case 'c':
        finish();
        break;
      case 'row':
        finish();
        rowHidden = rowLow = false;
        break;
      case 'v':
        inV = false;
        break;
      case 'is':
        inIs = false;
        break;
      case 't':
        inT = false;
        break;
      case 'rPh':
        inPh = Math.max(0, inPh - 1);
        break;
    }
  }
  finish();
  // Merged ranges: every covered cell takes the top-left cell's value; all carry its address.
  // The fill is bounded too: no more cell writes than the cell cap, whatever the ranges.
  let fills = 0;
  for (const ref of merges) {
    const [a, b] = ref.split(':');
    const from = a ? parseRef(a) : null;
    const to = b ? parseRef(b) : from;
    if (!from || !to) continue;
    const [r0, c0] = [Math.min(from[0], to[0]), Math.min(from[1], to[1])];
    const [r1, c1] = [Math.max(from[0], to[0]), Math.max(from[1], to[1])];
    const master = rows[r0]?.[c0] ?? { kind: 'empty' };
    const address = cellRef(r0, c0);
    fill: for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        if (++fills > caps.cells) {
          note({ sheet: name, cell: cellRef(r, c), reason: cellReason, limit: caps.cells });
          break fill;
        }
        if (!put(r, c, { ...master, master: address })) {
          if (r >= caps.rows) break fill;
          break; // past the last column: on to the next row
        }
      }
    }
  }
  if (columnsNarrowByDefault) {
    // Columns holding a cell read, not given their own width: as narrow as the sheet's default.
    let width = 0;
    for (const row of rows) width = Math.max(width, row.length);
    for (let c = 0; c < Math.min(width, caps.columns); c++) {
      if (sizedColumns.has(c) || hiddenColumns.has(c)) continue;
      hiddenColumns.add(c);
      narrowColumns.add(c);
    }
  }
  const sheet: GridSheet = { name, rows };
  if (hiddenRows.size) sheet.hiddenRows = [...hiddenRows].sort((a, b) => a - b);
  if (hiddenColumns.size) sheet.hiddenColumns = [...hiddenColumns].sort((a, b) => a - b);
  if (lowRows.size) sheet.lowRows = [...lowRows].sort((a, b) => a - b);
  if (narrowColumns.size) sheet.narrowColumns = [...narrowColumns].sort((a, b) => a - b);
  if (hiddenCells.length) sheet.hiddenCells = hiddenCells;
  return { sheet, overflow, cells };
}

const isTrue = (v: string | null) => v === '1' || v === 'true';

/** The workbook's theme colours (xl/theme/theme1.xml, as Excel, WPS and LibreOffice name it), within MAX_THEME_PART. */
function workbookTheme(zip: ZipArchive): ThemeColours | null {
  const e = zip.entry('xl/theme/theme1.xml');
  if (!e || e.size > MAX_THEME_PART) return null;
  return themeColours(zip.text('xl/theme/theme1.xml'));
}

/** Reads every worksheet of an .xlsx buffer. Throws ZipBombError / ZipFormatError / Error (the caller classifies). */
export function readXlsx(buf: Buffer, caps: SheetCaps = DEFAULT_CAPS, markupLimit = MAX_REGISTER_MARKUP): Grid {
  const zip = new ZipArchive(buf);
  const workbook = zip.text('xl/workbook.xml');
  if (workbook === null) throw new Error('not an Excel workbook: xl/workbook.xml missing');
  const styles = zip.text('xl/styles.xml');
  const ctx: CellContext = {
    strings: sharedStrings(zip.text('xl/sharedStrings.xml')),
    dateXf: styles ? dateXfs(styles) : new Map(),
    looks: styles ? cellLooks(styles, workbookTheme(zip)) : new Map(),
    date1904: isDate1904(workbook),
  };
  const grid: Grid = { sheets: [], date1904: ctx.date1904 };
  const overflow: GridOverflow[] = [];
  // Each part is read once: an 879 KB workbook listing 3,000 sheets that all name one 8 MB part ran
  // for minutes, parsing it again for each; a workbook saved by Excel or WPS never shares a part.
  const parts = sheetParts(zip, workbook);
  // The caps are the workbook's, not each sheet's: a 2 MB workbook of 120 sheets, each 4 MB of
  // XML holding 250,000 cells (every sheet within its own caps), took 43 s and 2.4 GB. The sheet
  // parts' declared sizes (an entry never inflates beyond its own) are summed before any is read.
  let markup = 0;
  for (const path of new Set(parts.map((p) => p.path))) {
    markup += (path && zip.entry(path)?.size) || 0;
    if (markup > markupLimit) throw new ZipBombError({ reason: 'total-size', entry: path!, seen: markup, limit: markupLimit });
  }
  let cells = 0;
  const read = new Set<string>();
  for (const { name, path, state } of parts) {
    if (path && read.has(path)) continue;
    if (path) read.add(path);
    const xml = path ? zip.text(path) : null;
    if (xml === null) continue; // a chart sheet, or a sheet part that is missing
    const r = readSheetXml(name, xml, ctx, caps, cells);
    cells = r.cells;
    if (state) r.sheet.state = state;
    grid.sheets.push(r.sheet);
    if (r.overflow) overflow.push(r.overflow);
    // The cells are spent: the sheets after this one are not read (one finding says so, not one a sheet).
    if (r.overflow?.reason === 'cells' || r.overflow?.reason === 'workbook-cells') break;
  }
  if (overflow.length) grid.overflow = overflow;
  return grid;
}
