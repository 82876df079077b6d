/**
 * A photo's caption (文字说明) read from its file name or EXIF description:
 *   "2025-06-12 县一中 端午包粽子活动.jpg" → date 2025-06-12, place 县一中, event 端午包粽子活动.
 * Dates: 2025-06-12, 20250612, 2025.6.12, 2025/6/12, 2025_06_12, 2025年6月12日 (also 6月12日, without
 * a year: the field is present, the date unknown). Camera and app names (IMG_…, 微信图片_…) are
 * not captions; the date in a camera's name is the capture's, the one in WeChat's or QQ's saved
 * name the saving's (SAVED_AS: no caption date).
 */
import { daysInMonth } from '../windows/days.js';

export interface Caption {
  /** The date in the caption, YYYY-MM-DD; null when absent or without a year. */
  date: string | null;
  /** The date as written. */
  dateText: string | null;
  place: string | null;
  event: string | null;
  /** Other labelled fields ("主讲人：张三", "宣讲主题:…"), by label. */
  labelled: Record<string, string>;
  /** Text left after the date, as tokens. */
  tokens: string[];
}

const FULL_DATE =
  /(?<!\d)(\d{4})(?:\s*([-./_])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{2})(\d{2})(?:\d{6})?)(?!\d)/;
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;

/** Tokens that name a camera, app or copy rather than describe the photo. */
const NOISE = /^(img|dsc|dscn|dscf|dcim|pxl|mvimg|vid|photo|image|pic|mmexport\d*|wx_camera_\d*|screenshot|微信图片|微信截图|截图|屏幕截图|图片|照片|相片|副本|copy|拷贝|final|最终版?|修改版?|\d+|[a-z]\d*|\(\d+\)|（\d+）)$/i;

const PLACE_SUFFIX =
  '(?:学校|中学|小学|幼儿园|一中|二中|三中|大学|学院|社区|村委会|村|居委会|小区|广场|公园|纪念馆|博物馆|图书馆|文化馆|体育馆|展览馆|馆|中心|服务站|站|所|街道|镇|乡|会议室|报告厅|礼堂|大厅|厅|大院|院|局|委|办|路|街|巷|大厦|楼|室|场|园|基地|景区|码头|车站|医院|市场|超市|商场|酒店|宾馆)';
const PLACE_SUFFIX_RE = new RegExp(PLACE_SUFFIX, 'g');
const CJK = /[\u4e00-\u9fff]/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function stripExtension(s: string): string {
  return s.replace(/\.[A-Za-z0-9]{2,5}$/, '');
}

function cjkCount(s: string): number {
  return (s.match(CJK) ?? []).length;
}

/** A leading place ending in a place word (…中学, …社区), leaving at least two characters of event. */
function placeSplit(token: string): [string, string] | null {
  let best: [string, string] | null = null;
  for (const m of token.matchAll(PLACE_SUFFIX_RE)) {
    const end = m.index + m[0].length;
    const head = token.slice(0, end);
    const rest = token.slice(end);
    if (head.length >= 2 && head.length <= 16 && cjkCount(head) === head.length && cjkCount(rest) >= 2) best = [head, rest];
  }
  return best;
}

/**
 * The name WeChat or QQ on a computer gives a picture it saves (微信图片_20240101123045.jpg,
 * 微信图片_2024-01-01_123045_123.jpg, QQ图片20240101123045.jpg: the date with the time of day) is the
 * moment of saving, days or years after the photo was taken, not a date anyone wrote. Read as the caption's
 * date it made the name "state the time" and a camera date differ from it
 * (photo.caption-date-mismatch, 说明写的是 2024-01-01). A date the clerk adds beside it is still read.
 */
const SAVED_AS = /(?:微信图片_?|qq图片)(?:\d{14}|\d{4}-\d{2}-\d{2}_\d{6})(?:_\d{1,4})?(?!\d)/gi;

export function parseCaption(text: string): Caption {
  let rest = stripExtension(text.normalize('NFKC').trim()).replace(SAVED_AS, ' ');
  let date: string | null = null;
  let dateText: string | null = null;
  const full = FULL_DATE.exec(rest);
  if (full) {
    const y = Number(full[1]);
    const m = Number(full[3] ?? full[5] ?? full[7]);
    const d = Number(full[4] ?? full[6] ?? full[8]);
    date = validDate(y, m, d);
    if (date) {
      dateText = full[0];
      rest = rest.slice(0, full.index) + ' ' + rest.slice(full.index + full[0].length);
    }
  }
  if (!dateText) {
    const md = MONTH_DAY.exec(rest);
    if (md && validDate(2000, Number(md[1]), Number(md[2]))) {
      dateText = md[0];
      rest = rest.slice(0, md.index) + ' ' + rest.slice(md.index + md[0].length);
    }
  }
  // a time right after the date (IMG_20250612_093000) is not text
  rest = rest.replace(/(?<!\d)\d{1,2}[:.时]\d{2}(?:[:.分]\d{2}秒?)?(?!\d)/g, ' ');

  const labelled: Record<string, string> = {};
  rest = rest.replace(/([\u4e00-\u9fff]{2,6})[:：]\s*([^\s,，;；、_|]+)/g, (_all, label: string, value: string) => {
    labelled[label] = value;
    return ' ';
  });

  const tokens = rest
    .split(/[\s_,，;；、|+·•\-—–]+/)
    .map((t) => t.replace(/^[()（）[\]【】《》"'“”]+|[()（）[\]【】《》"'“”]+$/g, ''))
    .filter((t) => t && !NOISE.test(t) && cjkCount(t) > 0);

  let place: string | null = labelled['地点'] ?? labelled['地址'] ?? null;
  let event: string | null = labelled['事件'] ?? labelled['活动'] ?? labelled['活动名称'] ?? labelled['内容'] ?? null;
  const free = [...tokens];
  if (!place && free.length >= 2) {
    place = free.shift()!;
  } else if (!place && free.length === 1) {
    const split = placeSplit(free[0]!);
    if (split) {
      place = split[0];
      free[0] = split[1];
    }
  }
  if (!event && free.length) event = free.join(' ');
  return { date, dateText, place, event, labelled, tokens };
}

/** Field names a rule set may ask for, and how each is recognised. */
const FIELD_KIND: Record<string, 'date' | 'place' | 'event'> = {
  时间: 'date',
  日期: 'date',
  活动时间: 'date',
  地点: 'place',
  活动地点: 'place',
  场所: 'place',
  位置: 'place',
  事件: 'event',
  活动: 'event',
  活动名称: 'event',
  活动内容: 'event',
  内容: 'event',
  主题: 'event',
};

/** Which of the wanted fields the caption carries. Unknown fields need an explicit "label：value". */
export function captionFields(c: Caption, wanted: readonly string[]): { present: string[]; missing: string[] } {
  const present: string[] = [];
  const missing: string[] = [];
  for (const f of wanted) {
    const kind = FIELD_KIND[f];
    const ok =
      kind === 'date'
        ? c.dateText !== null
        : kind === 'place'
          ? c.place !== null
          : kind === 'event'
            ? c.event !== null
            : Object.keys(c.labelled).some((l) => l === f || l.includes(f) || f.includes(l)) ||
              c.tokens.some((t) => t.startsWith(f) && t.length > f.length);
    (ok ? present : missing).push(f);
  }
  return { present, missing };
}

/** Merge captions from several sources: each field from the first source that has it. */
export function mergeCaptions(...cs: (Caption | null)[]): Caption {
  const list = cs.filter((c): c is Caption => c !== null);
  const first = <K extends keyof Caption>(k: K) => list.find((c) => c[k] !== null)?.[k] ?? null;
  return {
    date: first('date') as string | null,
    dateText: list.find((c) => c.dateText !== null)?.dateText ?? null,
    place: first('place') as string | null,
    event: first('event') as string | null,
    labelled: Object.assign({}, ...list.map((c) => c.labelled).reverse()) as Record<string, string>,
    tokens: list.flatMap((c) => c.tokens),
  };
}
