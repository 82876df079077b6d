/**
 * Data instances (数据实例): Arabic numbers followed by a counting unit (场, 次, 人次, 万元, % …).
 * Dates, ordinals (第3期), 文号 (〔2024〕12号) and bare numbers do not count.
 */
import { dateRanges } from './dates.js';

/** Longest first, so 人次 wins over 人 and 万元 over 元. */
export const DEFAULT_UNITS = [
  '万人次', '人次', '场次', '万余人', '余人', '多人', '万人', '人', '万元', '亿元', '元',
  '场', '次', '期', '名', '个', '处', '篇', '户', '家', '所', '件', '条', '项', '支', '批', '份',
  '本', '册', '部', '幅', '块', '座', '所', '套', '台', '辆', '小时', '课时', '公里', '平方米',
  '平方公里', '亩', '吨', '小区', '村', '社区', '所学校', '%', '‰', '个百分点', '倍',
  '张', '轮', '盏', '棵', '株', '米', '千米', '天', '分钟', '间', '栋', '箱', '袋', '公斤', '千克', '起', '宗', '例', '首', '集', '堂', '门', '只', '艘', '架',
];

export interface DataPoint {
  text: string;
  value: number;
  unit: string;
  index: number;
  page?: number;
}

function unitPattern(units: string[]): string {
  const uniq = [...new Set(units)].sort((a, b) => b.length - a.length);
  return uniq.map((u) => u.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')).join('|');
}

/**
 * Numbers with units. 1.2万人次, 300余场, 50多名, 95%, 1200人 all count once each.
 * A number preceded by 第 (ordinal) or standing inside a date or a 文号 is skipped.
 */
export function findDataPoints(
  text: string,
  pageAt: (i: number) => number | undefined = () => undefined,
  units: string[] = DEFAULT_UNITS,
): DataPoint[] {
  const re = new RegExp(`(?<![\\d.第〔\\[【(（])(\\d+(?:\\.\\d+)?)\\s*([万千百亿]?)\\s*(余|多)?\\s*(${unitPattern(units)})`, 'g');
  // Date ranges come sorted by start and matches in text order: one sweep keeps the furthest end
  // of the ranges started so far (a match is inside a date when that end lies beyond it). Testing
  // every range for every match was quadratic: 40,000 × "2026年3月5日服务30人，" took 6.5 s here alone.
  const dates = dateRanges(text);
  let next = 0;
  let reach = -1;
  const out: DataPoint[] = [];
  for (const m of text.matchAll(re)) {
    const index = m.index ?? 0;
    while (next < dates.length && dates[next]![0] <= index) reach = Math.max(reach, dates[next++]![1]);
    if (index < reach) continue;
    const after = text.slice(index + m[0].length, index + m[0].length + 1);
    // 12号 / 3月 are not units; "2024年" never matches. Guard "个" in 个别/个人 and 名 in 名称/名单.
    if ((m[4] === '个' && /[别人性案]/.test(after)) || (m[4] === '名' && /[称单义额]/.test(after))) continue;
    const scale = { 万: 1e4, 千: 1e3, 百: 1e2, 亿: 1e8 }[m[2] as '万' | '千' | '百' | '亿'] ?? 1;
    const dp: DataPoint = { text: m[0], value: Number(m[1]) * scale, unit: m[4], index };
    const page = pageAt(index);
    if (page !== undefined) dp.page = page;
    out.push(dp);
  }
  return out;
}
