/**
 * Turning the data rows under a header into register rows: name, date (or range), place,
 * participants, online/offline, photo file names — each with the cell it came from.
 */
import type { RegisterRow } from '../types.js';
import { type GridSheet, type GridCell, cellRef, cellText } from './register-grid.js';
import { type HeaderMatch, looksLikeHeader } from './register-header.js';
import { type Period, parseDateNumber, parseDateText, type ParsedDate } from './register-dates.js';
import { parseParticipants } from './register-number.js';
import { ONLINE_WORDS, OFFLINE_WORDS, formIsOnline } from './register-online.js';

export { formIsOnline } from './register-online.js';

/** Footer and note rows that are not activities. */
const FOOTER = /^(合计|总计|小计|共计|填表人|制表人|审核人|负责人|联系人|填报人|填表说明|填表日期|注[:：]|说明[:：]|备注[:：])/;
const PHOTO_NON_NAMES = /^(\d+\s*张?|无|有|略|是|否|见附件|附后|详见.*|见.*文件夹)$/;
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

function parseDateCell(cell: GridCell, period: Period, date1904: boolean): ParsedDate {
  switch (cell.kind) {
    case 'date':
      return { date: cell.date, dateEnd: null, error: null };
    case 'number':
      return parseDateNumber(cell.value, cell.dateFormatted, date1904);
    case 'text':
      return parseDateText(cell.text, period);
    default:
      return { date: null, dateEnd: null, error: 'empty' };
  }
}

function isSkippable(row: GridCell[], header: HeaderMatch): boolean {
  const filled = row.filter((c) => c.kind !== 'empty');
  if (filled.length === 0) return true;
  // One merged cell across the row: a title or a note.
  const masters = new Set(filled.map((c) => c.master ?? ''));
  if (filled.length > 1 && masters.size === 1 && !masters.has('')) return true;
  if (filled.length === 1 && filled[0]!.kind === 'text' && row.some((c) => c.master)) {
    const text = (filled[0] as { text: string }).text;
    if (text.length > 20) return true;
  }
  const first = cellText(filled[0]);
  if (FOOTER.test(first.replace(/\s/g, ''))) return true;
  if (looksLikeHeader(row)) return true;
  // Only a sequence number (template rows): nothing to check.
  const cols = header.columns;
  const meaningful = [cols.name, cols.date, cols.place, cols.participants, cols.form, ...(cols.photos ?? [])]
    .filter((c): c is number => c !== undefined)
    .some((c) => (row[c]?.kind ?? 'empty') !== 'empty');
  return !meaningful;
}

export function readRows(
  sheet: GridSheet,
  header: HeaderMatch,
  period: Period,
  date1904: boolean,
): RegisterRow[] {
  const cols = header.columns;
  const out: RegisterRow[] = [];
  const at = (row: GridCell[], c: number | undefined): GridCell => (c === undefined ? { kind: 'empty' } : row[c] ?? { kind: 'empty' });
  for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    if (isSkippable(row, header)) continue;
    const nameText = cellText(at(row, cols.name)) || null;
    const placeText = cellText(at(row, cols.place)) || null;
    const reg: RegisterRow = {
      sheet: sheet.name,
      row: r + 1,
      name: nameText,
      date: null,
      place: placeText,
      participants: null,
      online: null,
      photos: [],
    };
    if (cols.date !== undefined) {
      const cell = at(row, cols.date);
      const d = parseDateCell(cell, period, date1904);
      reg.dateCell = cellRef(r, cols.date);
      reg.dateText = cell.kind === 'empty' ? null : cellText(cell);
      reg.date = d.date;
      reg.dateEnd = d.dateEnd;
      reg.dateError = d.error;
      if (cols.dateEnd !== undefined && d.date && !d.dateEnd) {
        const end = parseDateCell(at(row, cols.dateEnd), period, date1904);
        if (end.date && end.date > d.date) reg.dateEnd = end.date;
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
    }
    if (cols.form !== undefined) {
      const text = cellText(at(row, cols.form));
      reg.form = text || null;
      reg.formCell = cellRef(r, cols.form);
      reg.online = text ? formIsOnline(text) : null;
    }
    if (reg.online === null) {
      // No (readable) 形式: the activity's own wording may still say it was online.
      const words = [nameText, placeText, cellText(at(row, cols.note))].filter(Boolean).join(' ');
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
  return out;
}
