/**
 * 我们的节日: the one table of the seven festivals. Every other list of festival names (rule-file
 * keys, default windows, calendar rules, words that name a festival, English names) is derived
 * from it. Only the rule (which lunar day, which solar term) is written here, never a date.
 * This module imports nothing, so every layer may use it.
 */

export type FestivalDateRule = { lunar: readonly [month: number, day: number] } | { term: string };

interface FestivalRow {
  name: string;
  en: string;
  date: FestivalDateRule;
  /** Default activity window in days around the date (local practice, domain.md; configurable). */
  window: { before: number; after: number };
  /** The rule file's global `festivals: {before, after}` does not apply (春节 has its own, longer window). */
  ownWindow: boolean;
  /** Words that tie an activity name, caption or file name to the festival. */
  words: readonly string[];
}

export const FESTIVAL_TABLE = [
  { name: '春节', en: 'Spring Festival', date: { lunar: [1, 1] }, window: { before: 10, after: 15 }, ownWindow: true,
    words: ['春节', '新春', '过年', '除夕', '迎新春', '年俗', '写春联', '送春联', '贺新年'] },
  { name: '元宵', en: 'Lantern Festival', date: { lunar: [1, 15] }, window: { before: 7, after: 7 }, ownWindow: false,
    words: ['元宵', '闹元宵', '灯谜', '灯会', '上元'] },
  { name: '清明', en: 'Qingming', date: { term: '清明' }, window: { before: 7, after: 7 }, ownWindow: false,
    words: ['清明', '祭扫', '扫墓', '祭英烈', '缅怀'] },
  { name: '端午', en: 'Dragon Boat', date: { lunar: [5, 5] }, window: { before: 7, after: 7 }, ownWindow: false,
    words: ['端午', '粽', '龙舟', '赛龙舟'] },
  { name: '七夕', en: 'Qixi', date: { lunar: [7, 7] }, window: { before: 7, after: 7 }, ownWindow: false,
    words: ['七夕', '乞巧', '牛郎织女'] },
  { name: '中秋', en: 'Mid-Autumn', date: { lunar: [8, 15] }, window: { before: 7, after: 7 }, ownWindow: false,
    words: ['中秋', '月饼', '赏月', '团圆'] },
  { name: '重阳', en: 'Double Ninth', date: { lunar: [9, 9] }, window: { before: 7, after: 7 }, ownWindow: false,
    words: ['重阳', '敬老', '登高', '孝老'] },
] as const satisfies readonly FestivalRow[];

export type FestivalName = (typeof FESTIVAL_TABLE)[number]['name'];

/** The festival names in calendar order (rule files name them; the calendar dates them). */
export const FESTIVALS = FESTIVAL_TABLE.map((f) => f.name) as unknown as readonly [FestivalName, ...FestivalName[]];

/** One value per festival, from its table row. */
export function perFestival<T>(f: (row: (typeof FESTIVAL_TABLE)[number]) => T): Record<FestivalName, T> {
  return Object.fromEntries(FESTIVAL_TABLE.map((row) => [row.name, f(row)])) as Record<FestivalName, T>;
}
