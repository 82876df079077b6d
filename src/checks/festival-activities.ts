/**
 * Activities as evidence for 我们的节日: one per register row, plus one per capture day of the
 * photos that no register row lists (a day of photos is one activity). Dates come from the row,
 * from EXIF, or from a date written in the photo's caption or file name.
 */
import type { ExtractedFile } from '../types.js';
import type { FestivalName } from '../rules/schema.js';
import { festivalsNamedIn } from '../festivals/names.js';
import { parseDateText } from '../text/register-dates.js';
import { ONLINE_WORDS } from '../text/register-online.js';
import { isRegister } from './register.js';
import { photoIndex, captureDay } from './register-photos.js';
import { rowDates } from './row-dates.js';

export interface Activity {
  source: 'register' | 'photo';
  ref: string; // file path (+ sheet!row) for messages and tests
  from: string;
  to: string;
  /** The days a register cell lists (6月10日、12日): the activity ran on these only, not on every day from `from` to `to`. */
  days?: string[];
  online: boolean;
  named: FestivalName[];
}

const DATE_IN_TEXT = /\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;

function photoText(f: ExtractedFile): string {
  const caption = f.facts.type === 'photo' ? f.facts.description ?? '' : '';
  return `${f.name} ${caption}`;
}

function photoDay(f: ExtractedFile, period: { start: string; end: string }): string | null {
  const exif = captureDay(f);
  if (exif) return exif;
  const m = DATE_IN_TEXT.exec(photoText(f));
  return m ? parseDateText(m[0], period).date : null;
}

export function collectActivities(files: ExtractedFile[], period: { start: string; end: string }): Activity[] {
  const out: Activity[] = [];
  const index = photoIndex(files);
  const listed = new Set<ExtractedFile>();
  for (const reg of files.filter(isRegister)) {
    for (const row of reg.facts.rows) {
      const d = rowDates(row, reg.facts, period);
      // A row whose date cannot be read (register.date-invalid says so) is no activity; the photos
      // it lists still are, by their own capture days ("登记表和照片中都没有" would be untrue).
      if (!d.date) continue;
      for (const p of row.photos) {
        const hit = index.find(p);
        if (hit) listed.add(hit);
      }
      out.push({
        source: 'register',
        ref: `${reg.path}#${row.sheet}!${row.row}`,
        from: d.date,
        to: d.dateEnd ?? d.date,
        ...(d.days ? { days: d.days } : {}),
        online: row.online === true,
        named: festivalsNamedIn(`${row.name ?? ''} ${row.note ?? ''}`),
      });
    }
  }
  const byDay = new Map<string, ExtractedFile[]>();
  for (const p of index.photos) {
    if (listed.has(p)) continue;
    const day = photoDay(p, period);
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), p]);
  }
  for (const [day, photos] of [...byDay].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const text = photos.map(photoText).join(' ');
    out.push({
      source: 'photo',
      ref: photos.map((p) => p.path).join(', '),
      from: day,
      to: day,
      online: ONLINE_WORDS.test(text),
      named: festivalsNamedIn(text),
    });
  }
  return out;
}
