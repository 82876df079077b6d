/**
 * Per-language formatting of raw message args. Checks pass raw values (numbers, ISO dates, codes,
 * arrays of names); the catalog's zh/en templates turn them into words with these helpers, so no
 * check ever builds Chinese or English text.
 */
import type { ArgValue } from '../types.js';
import type { Lang } from '../types.js';
import { FESTIVAL_TABLE } from '../festivals/table.js';

/** An arg that holds a list (array), as strings; a lone value is a list of one; absent: empty. */
export function items(v: ArgValue | undefined): string[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
  return [String(v)];
}

/** Objects of a list arg (e.g. festival windows). */
export function records(v: ArgValue | undefined): Readonly<Record<string, string | number>>[] {
  return Array.isArray(v) ? v.filter((x): x is Readonly<Record<string, string | number>> => typeof x === 'object' && x !== null) : [];
}

/**
 * Frozen lists (they cannot change) already written out, by the list itself: findings that share
 * one list (the members of a large near-duplicate group name the same first photos) share its
 * text too.
 */
const written = new WeakMap<readonly unknown[], Map<string, string>>();

/** A list in running text: 甲、乙、丙 / a, b, c. */
export function list(v: ArgValue | undefined, lang: Lang, sep?: string): string {
  const by = sep ?? (lang === 'zh' ? '、' : ', ');
  if (!Array.isArray(v) || !Object.isFrozen(v)) return items(v).join(by);
  const seps = written.get(v) ?? written.set(v, new Map()).get(v)!;
  const have = seps.get(by);
  if (have !== undefined) return have;
  const text = items(v).join(by);
  seps.set(by, text);
  return text;
}

/** A size as people read it, precise enough that "99.5 KB" never reads as the 100 KB limit. */
export function size(bytes: ArgValue | undefined): string {
  const n = Number(bytes);
  if (!Number.isFinite(n)) return String(bytes);
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) {
    const k = n / 1024;
    return `${Number.isInteger(k) ? k : k.toFixed(1)} KB`;
  }
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Bytes as MB with one decimal. */
export const mb = (n: ArgValue | undefined): string => `${(Number(n) / 1048576).toFixed(1)} MB`;

/** Festival names (the rule file's keys) in English from the one festival table; zh keeps the name itself. */
const FESTIVAL_EN: ReadonlyMap<string, string> = new Map(FESTIVAL_TABLE.map((f) => [f.name, f.en.endsWith('Festival') ? `the ${f.en}` : `the ${f.en} Festival`]));
export function festival(name: ArgValue | undefined, lang: Lang): string {
  const s = String(name ?? '');
  return lang === 'zh' ? s : (FESTIVAL_EN.get(s) ?? s);
}

/** The five elements of a 说明报告 (the rule file's names); a county's own element keeps its name. */
const ELEMENT_EN: Record<string, string> = {
  主体责任: 'responsibility',
  部署文件: 'deployment documents',
  具体措施: 'measures',
  数据实例: 'data and examples',
  取得成效: 'results',
};
export function element(name: ArgValue | undefined, lang: Lang): string {
  const s = String(name ?? '');
  return lang === 'zh' ? s : (Object.hasOwn(ELEMENT_EN, s) ? ELEMENT_EN[s]! : s);
}

/** Caption fields a rule file asks photos for (时间, 地点, 事件 …); others keep their name. */
const FIELD_EN: Record<string, string> = {
  时间: 'date', 日期: 'date', 活动时间: 'date',
  地点: 'place', 活动地点: 'place', 场所: 'place', 位置: 'place',
  事件: 'event', 活动: 'activity', 活动名称: 'activity name', 活动内容: 'content', 内容: 'content', 主题: 'theme',
  主讲人: 'speaker', 宣讲主题: 'talk theme',
};
export function fields(v: ArgValue | undefined, lang: Lang): string {
  if (lang === 'zh') return list(v, 'zh');
  return items(v).map((s) => (Object.hasOwn(FIELD_EN, s) ? FIELD_EN[s]! : s)).join(', ');
}

/** What a file is, by its content (the sniffed container or image format). */
const CONTAINER: Record<string, { zh: string; en: string }> = {
  pdf: { zh: 'PDF', en: 'PDF' }, docx: { zh: 'Word (.docx)', en: 'Word (.docx)' }, xlsx: { zh: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  ofd: { zh: 'OFD 版式文件', en: 'an OFD document' }, zip: { zh: '压缩包', en: 'a zip archive' }, cfb: { zh: '旧版 Office 文件', en: 'an old Office file' },
  text: { zh: '纯文本文件', en: 'a plain-text file' }, unknown: { zh: '无法识别的文件', en: 'an unrecognised file' }, empty: { zh: '空文件', en: 'an empty file' },
  jpeg: { zh: 'JPEG 图片', en: 'a JPEG image' }, png: { zh: 'PNG 图片', en: 'a PNG image' }, heif: { zh: 'HEIC 图片', en: 'a HEIC image' },
  webp: { zh: 'WebP 图片', en: 'a WebP image' }, gif: { zh: 'GIF 图片', en: 'a GIF image' }, bmp: { zh: 'BMP 图片', en: 'a BMP image' },
  tiff: { zh: 'TIFF 图片', en: 'a TIFF image' }, avif: { zh: 'AVIF 图片', en: 'an AVIF image' },
  mp4: { zh: 'MP4 视频', en: 'an MP4 video' }, mov: { zh: 'QuickTime (.mov) 视频', en: 'a QuickTime (.mov) video' }, '3gp': { zh: '3GP 视频', en: 'a 3GP video' },
};
/** A kind of file in words ("JPEG 图片" / "a JPEG image"); an unknown code stays as it is. */
export function container(code: ArgValue | undefined, lang: Lang, fallback?: string): string {
  const s = String(code ?? '');
  return Object.hasOwn(CONTAINER, s) ? CONTAINER[s]![lang] : (fallback ?? s);
}

/** A document's format code (facts.format) as its program's name: PDF, Word, OFD, TXT. */
const DOC_FORMAT: Record<string, string> = { pdf: 'PDF', docx: 'Word', doc: 'Word', ofd: 'OFD', text: 'TXT' };
export function docFormat(code: ArgValue | undefined): string | undefined {
  const s = String(code ?? '');
  return Object.hasOwn(DOC_FORMAT, s) ? DOC_FORMAT[s] : undefined;
}

/**
 * A register cell arg ("登记!C6", or "登记!第6行" when the row has no such cell) in words a clerk
 * reads: 工作表“登记”C6 单元格 / cell C6 of sheet "登记". Anything else is shown as it is.
 */
export function cellRef(v: ArgValue | undefined, lang: Lang): string {
  const s = String(v ?? '');
  const m = /^(.*)!(?:([A-Z]{1,3})(\d+)|第\s*(\d+)\s*行)$/s.exec(s);
  if (!m) return s;
  const [, sheet, col, row, rowOnly] = m;
  if (lang === 'zh') return col ? `工作表“${sheet}”${col}${row} 单元格` : `工作表“${sheet}”第 ${rowOnly} 行`;
  return col ? `cell ${col}${row} of sheet "${sheet}"` : `row ${rowOnly} of sheet "${sheet}"`;
}

/**
 * A date-time arg (ISO, as the facts keep it: 2025-06-12T09:30:00, maybe with a zone) as people
 * write it: 2025-06-12 09:30:00, a zone after it (UTC, UTC+08:00). Anything else is shown as it is.
 */
export function dateTime(v: ArgValue | undefined): string {
  const s = String(v ?? '');
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m) return s;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` UTC${m[3]}`;
  return `${m[1]} ${m[2]}${zone}`;
}

/**
 * A span of two dates, written one way in every message: 2025-08-01 ~ 2026-07-31 (zh) and
 * 2025-08-01 to 2026-07-31 (en; an en dash between two ISO dates read as one long number).
 */
export function span(from: ArgValue | undefined, to: ArgValue | undefined, lang: Lang): string {
  return lang === 'zh' ? `${from} ~ ${to}` : `${from} to ${to}`;
}
