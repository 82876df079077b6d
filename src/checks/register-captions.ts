/**
 * A photo's caption from the register: when a register row of the photo's indicator folder lists
 * the photo, that row's 活动时间 / 活动地点 (or 平台) / 活动名称 are the photo's 时间 / 地点 / 事件
 * for the fields its file name and EXIF description lack. Pure: facts of the folder only.
 */
import type { ExtractedFile } from '../types.js';
import type { IndicatorModel } from './types.js';
import type { Caption } from '../text/caption.js';
import { isRegister } from './register.js';
import { photoIndex } from './register-photos.js';
import { rowDates } from './row-dates.js';

/** Per indicator folder and period: photo file → caption of the first row that lists it. */
const memo = new WeakMap<IndicatorModel, { key: string; byPhoto: Map<ExtractedFile, Caption> }>();

function build(ind: IndicatorModel, period: { start: string; end: string }): Map<ExtractedFile, Caption> {
  const byPhoto = new Map<ExtractedFile, Caption>();
  const index = photoIndex(ind.files);
  for (const reg of ind.files.filter(isRegister)) {
    if (reg.error) continue;
    for (const row of reg.facts.rows) {
      if (!row.photos.length) continue;
      const d = rowDates(row, reg.facts, period);
      const caption: Caption = {
        date: d.date,
        dateText: d.date ? (row.dateText ?? d.date) : null,
        place: row.place,
        event: row.name,
        labelled: {},
        tokens: [],
      };
      for (const listed of row.photos) {
        const photo = index.find(listed);
        if (photo && !byPhoto.has(photo)) byPhoto.set(photo, caption);
      }
    }
  }
  return byPhoto;
}

/** The caption the register gives a photo of this indicator folder, or null when no row lists it. */
export function registerCaption(photo: ExtractedFile, ind: IndicatorModel | null, period: { start: string; end: string }): Caption | null {
  if (!ind) return null;
  const key = `${period.start}~${period.end}`;
  let m = memo.get(ind);
  if (!m || m.key !== key) {
    m = { key, byPhoto: build(ind, period) };
    memo.set(ind, m);
  }
  return m.byPhoto.get(photo) ?? null;
}
