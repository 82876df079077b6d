/**
 * Turning the data rows under a header into register rows: name, date (or range), place,
 * participants, online/offline, photo file names — each with the cell it came from. No row is
 * dropped silently: blank, title, footer and repeated-header rows are skipped, a row holding only
 * a sequence number is a template row, and any other row with nothing in a column the tool knows
 * is returned as unread (a finding names its cell).
 */
import type { RegisterRow } from '../types.js';
import { type GridSheet, type GridCell, cellRef, cellText } from './register-grid.js';
import { type HeaderMatch, looksLikeHeader } from './register-header.js';
import { parseDateNumber, parseDateText, type ParsedDate } from '../text/register-dates.js';
import { parseParticipants } from '../text/register-number.js';
import { ONLINE_WORDS, OFFLINE_WORDS, formIsOnline } from '../text/register-online.js';

export { formIsOnline } from '../text/register-online.js';

/** Footer and note rows that are not activities. */
const FOOTER = /^(?:(?:合计|总计|小计|共计)(?![\u4e00-\u9fff])|(?:填表人|制表人|审核人|负责人|联系人|填报人|填报单位|填报日期|填报时间|填表说明|填表日期|注|说明|备注)(?:[:：]|$)|[（(]?以下空白|[（(]?以下无)/;
/** Counts and pointers in a photos column, no file names: 3张, 1-3, 第2张, 无, 见附件 … */
const PHOTO_NON_NAMES = /^(第?\d+(?:\s*[-~～—–至到]\s*\d+)?\s*张?|无|有|略|是|否|见附件|附后|详见.*|见.*文件夹)$/;
const IMAGE_EXT = /\.(jpe?g|png|heic|heif|webp|gif|bmp|tiff?)$/i;

/** File names listed in a photo cell: split at 、，,；; and new lines (spaces only between image names). */
export function splitPhotoNames(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[、,，;；\n\r]+/)) {
    const p = part.trim();
    if (!p) continue;
    const bySpace = p.split(/\s+/);
    const names = bySpace.length > 1 && bySpace.every((s) => IMAGE_EXT.test(s)) ? bySpace : [p];
    for (const n of names) if (!PHOTO_NON_NAMES.test(n)) out.push(n.normalize('NFC'));
  }
  return out;
}

function parseDateCell(cell: GridCell, date1904: boolean): ParsedDate {
  switch (cell.kind) {
    case 'date':
      return { date: cell.date, dateEnd: null, error: null };
    case 'number':
      return parseDateNumber(cell.value, cell.dateFormatted, date1904);
    case 'text':
      return parseDateText(cell.text);
    default:
      return { date: null, dateEnd: null, error: 'empty' };
  }
}

type RowKind = 'data' | 'skip' | 'unread';

/** Columns whose content makes a row an activity (everything the header recognised but 序号). */
function knownColumns(header: HeaderMatch): number[] {
  const c = header.columns;
  return [c.name, c.date, c.dateEnd, c.place, c.platform, c.participants, c.form, ...(c.photos ?? [])].filter(
    (x): x is number => x !== undefined,
  );
}

function rowKind(row: GridCell[], header: HeaderMatch): RowKind {
  const filled = row.filter((c) => c.kind !== 'empty');
  if (filled.length === 0) return 'skip';
  // One merged cell across the row: a title or a note.
  const masters = new Set(filled.map((c) => c.master ?? ''));
  if (filled.length > 1 && masters.size === 1 && !masters.has('')) return 'skip';
  if (filled.length === 1 && filled[0]!.kind === 'text' && row.some((c) => c.master)) {
    const text = (filled[0] as { text: string }).text;
    if (text.length > 20) return 'skip';
  }
  const first = cellText(filled[0]);
  if (FOOTER.test(first.replace(/\s/g, ''))) return 'skip';
  if (looksLikeHeader(row)) return 'skip';
  if (knownColumns(header).some((c) => (row[c]?.kind ?? 'empty') !== 'empty')) return 'data';
  // Only a sequence number (template rows) or a remark: nothing to check.
  const { seq, note } = header.columns;
  if (row.every((c, i) => c.kind === 'empty' || i === seq || i === note)) return 'skip';
  return 'unread';
}

export interface SheetRows {
  rows: RegisterRow[];
  unread: { sheet: string; row: number; cell: string; text: string }[];
  /** Rows holding cells that cannot be read (a formula with no saved value): the cells, first the one named. */
  unreadCells: { sheet: string; row: number; cell: string; cells: string[]; reason: 'formula-without-value' }[];
}

/** A cell with nothing readable in it though it is not blank (a formula never calculated). */
const unreadable = (c: GridCell | undefined): boolean => !!c && c.kind === 'empty' && !!c.unread;

export function readRows(sheet: GridSheet, header: HeaderMatch, date1904: boolean): SheetRows {
  const cols = header.columns;
  const out: RegisterRow[] = [];
  const unread: SheetRows['unread'] = [];
  const unreadCells: SheetRows['unreadCells'] = [];
  const known = new Set(knownColumns(header));
  const at = (row: GridCell[], c: number | undefined): GridCell => (c === undefined ? { kind: 'empty' } : row[c] ?? { kind: 'empty' });
  for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const kind = rowKind(row, header);
    // Cells that cannot be read are told with the row's cell refs whatever else the row holds: in
    // a row read as an activity, or under a column the tool knows (a row of formulas only). A 序号
    // or 备注 formula (=ROW()-1 on every row of a generated register) is never read, so it can
    // misread nothing: not told, in a template's empty row or a filled one.
    const bad: number[] = [];
    row.forEach((c, i) => {
      if (unreadable(c) && i !== header.columns.seq && i !== header.columns.note) bad.push(i);
    });
    if (bad.length && (kind !== 'skip' || bad.some((i) => known.has(i)))) {
      unreadCells.push({ sheet: sheet.name, row: r + 1, cell: cellRef(r, bad[0]!), cells: bad.map((i) => cellRef(r, i)), reason: 'formula-without-value' });
    }
    if (kind === 'skip') continue;
    if (kind === 'unread') {
      const c = row.findIndex((x, i) => x.kind !== 'empty' && i !== cols.seq && i !== cols.note);
      unread.push({ sheet: sheet.name, row: r + 1, cell: cellRef(r, c), text: cellText(row[c]).slice(0, 60) });
      continue;
    }
    const nameText = cellText(at(row, cols.name)) || null;
    const placeText = cellText(at(row, cols.place)) || null;
    const platformText = cellText(at(row, cols.platform)) || null;
    const reg: RegisterRow = {
      sheet: sheet.name,
      row: r + 1,
      name: nameText,
      date: null,
      // An online activity's place is its platform.
      place: placeText ?? platformText,
      participants: null,
      online: null,
      photos: [],
    };
    if (platformText) reg.platform = platformText;
    if (cols.date !== undefined) {
      const cell = at(row, cols.date);
      const d = parseDateCell(cell, date1904);
      reg.dateCell = cellRef(r, cols.date);
      reg.dateText = cell.kind === 'empty' ? null : cellText(cell);
      reg.date = d.date;
      reg.dateEnd = d.dateEnd;
      reg.dateError = d.error;
      if (d.yearless) reg.dateYearless = d.yearless;
      if (d.days) reg.dateDays = d.days;
      if (cols.dateEnd !== undefined && (d.date || d.yearless) && !d.dateEnd && d.yearless?.endMonth === undefined) {
        const end = parseDateCell(at(row, cols.dateEnd), date1904);
        if (d.date && end.date && end.date > d.date) reg.dateEnd = end.date;
        else if (d.yearless && end.yearless && !end.yearless.endMonth) {
          const later = end.yearless.month !== d.yearless.month || end.yearless.day > d.yearless.day;
          if (later) reg.dateYearless = { ...d.yearless, endMonth: end.yearless.month, endDay: end.yearless.day };
        }
      }
    } else {
      reg.dateError = 'no-date-column';
    }
    if (cols.participants !== undefined) {
      const cell = at(row, cols.participants);
      const p = parseParticipants(cell.kind === 'number' ? cell.value : cell.kind === 'empty' ? null : cellText(cell));
      reg.participants = p.value;
      reg.participantsError = p.error;
      reg.participantsCell = cellRef(r, cols.participants);
      if (p.error && p.error !== 'empty') reg.participantsText = cellText(cell).slice(0, 60);
    }
    if (cols.form !== undefined) {
      const text = cellText(at(row, cols.form));
      reg.form = text || null;
      reg.formCell = cellRef(r, cols.form);
      reg.online = text ? formIsOnline(text) : null;
    }
    if (reg.online === null) {
      // No (readable) 形式: the activity's own wording or its platform may still say it was online.
      const words = [nameText, placeText, platformText, cellText(at(row, cols.note))].filter(Boolean).join(' ');
      if (ONLINE_WORDS.test(words)) reg.online = true;
      else if (cols.form === undefined && OFFLINE_WORDS.test(words)) reg.online = false;
    }
    if (cols.photos?.length) {
      reg.photosCell = cellRef(r, cols.photos[0]!);
      reg.photos = cols.photos.flatMap((c) => splitPhotoNames(cellText(at(row, c))));
    }
    const note = cellText(at(row, cols.note));
    if (note) reg.note = note;
    out.push(reg);
  }
  return { rows: out, unread, unreadCells };
}
