/**
 * Words that tie an activity name or a photo caption to a festival. A match attributes the
 * activity to that festival even when its date is in another festival's window too.
 */
import type { FestivalName } from '../rules/schema.js';

export const FESTIVAL_WORDS: Record<FestivalName, string[]> = {
  春节: ['春节', '新春', '过年', '除夕', '迎新春', '年俗', '写春联', '送春联', '贺新年'],
  元宵: ['元宵', '闹元宵', '灯谜', '灯会', '上元'],
  清明: ['清明', '祭扫', '扫墓', '祭英烈', '缅怀'],
  端午: ['端午', '粽', '龙舟', '赛龙舟'],
  七夕: ['七夕', '乞巧', '牛郎织女'],
  中秋: ['中秋', '月饼', '赏月', '团圆'],
  重阳: ['重阳', '敬老', '登高', '孝老'],
};

/** Festivals a text names (activity name, caption, file name). */
export function festivalsNamedIn(text: string): FestivalName[] {
  return (Object.keys(FESTIVAL_WORDS) as FestivalName[]).filter((f) => FESTIVAL_WORDS[f].some((w) => text.includes(w)));
}
