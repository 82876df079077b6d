/**
 * Finding a register's header row by synonyms, below title rows, with merged (two-level) headers.
 */
import { type GridSheet, type GridCell, cellText } from './register-grid.js';

export type Field = 'seq' | 'name' | 'date' | 'dateEnd' | 'place' | 'platform' | 'participants' | 'form' | 'photos' | 'note';

/** Header words per field. The longest synonym contained in a header cell decides its field. */
export const HEADER_SYNONYMS: Record<Field, string[]> = {
  seq: ['序号', '编号'],
  name: ['活动名称', '活动主题', '活动内容', '活动项目', '项目名称', '主题', '名称'],
  date: ['活动时间', '活动日期', '开展时间', '开展日期', '举办时间', '举办日期', '开始时间', '开始日期', '起始时间', '时间', '日期'],
  dateEnd: ['结束时间', '结束日期', '截止时间', '截止日期', '终止时间'],
  place: ['活动地点', '开展地点', '举办地点', '活动场所', '地点', '场所', '地址'],
  platform: ['线上平台', '网络平台', '发布平台', '活动平台', '直播平台', '平台', '网址', '链接'],
  participants: ['参与人数', '参加人数', '参与人次', '参加人次', '受众人数', '覆盖人数', '服务人数', '参与群众', '参加群众', '人数', '人次'],
  form: ['线上/线下', '线上线下', '线上或线下', '活动形式', '开展形式', '举办形式', '形式', '方式'],
  photos: [
    '照片文件名', '图片文件名', '截图文件名', '照片名称', '图片名称', '截图名称', '照片文件', '图片文件', '截图文件', '照片编号', '图片编号',
    '佐证照片', '佐证图片', '活动照片', '活动图片', '活动截图', '实景图片', '图片资料', '影像资料', '照片', '图片', '截图',
  ],
  note: ['备注', '说明'],
};

const FIELDS = Object.keys(HEADER_SYNONYMS) as Field[];

function normaliseHeader(s: string): string {
  return s
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .trim();
}

/** The field a header cell names, or null. Long texts (titles, notes) are never headers. */
export function classifyHeader(text: string): Field | null {
  const t = normaliseHeader(text);
  if (!t || t.length > 12) return null;
  let best: { field: Field; len: number } | null = null;
  for (const field of FIELDS) {
    for (const syn of HEADER_SYNONYMS[field]) {
      if (t.includes(syn) && (!best || syn.length > best.len)) best = { field, len: syn.length };
    }
  }
  return best?.field ?? null;
}

export interface HeaderMatch {
  /** 0-based index of the last header row; data starts below it. */
  lastRow: number;
  /** 0-based index of the (first) header row. */
  firstRow: number;
  /** Field → 0-based column. Photos may span several columns (照片1、照片2 …). */
  columns: Partial<Record<Exclude<Field, 'photos'>, number>> & { photos?: number[] };
}

function rowFields(row: GridCell[]): Map<number, Field> {
  const out = new Map<number, Field>();
  row.forEach((cell, c) => {
    if (cell.kind !== 'text') return;
    const f = classifyHeader(cell.text);
    if (f) out.set(c, f);
  });
  return out;
}

function score(fields: Map<number, Field>): number {
  const distinct = new Set(fields.values());
  distinct.delete('seq');
  if (!distinct.has('name') && !distinct.has('date')) return 0;
  return distinct.size >= 2 ? distinct.size : 0;
}

/**
 * True when a row is a repeated header inside the data: every filled cell is a header word and
 * they name at least two fields. A data row can hold header words too (an activity called
 * '清明主题网上祭英烈' next to '1.2万人次'), so one cell that is not a header word makes it data.
 */
export function looksLikeHeader(row: GridCell[]): boolean {
  const filled = row.filter((c) => c.kind !== 'empty');
  // A count or a date inside a cell ('1.2万人次', '6月1日') is a value; a trailing ordinal (照片1) is not.
  const valueLike = (t: string) => /\d(?!\d*$)/.test(t.trim());
  if (filled.some((c) => c.kind !== 'text' || valueLike(c.text) || classifyHeader(c.text) === null)) return false;
  return score(rowFields(row)) > 0;
}

function toColumns(fields: Map<number, Field>): HeaderMatch['columns'] {
  const cols: HeaderMatch['columns'] = {};
  for (const [c, f] of [...fields].sort((a, b) => a[0] - b[0])) {
    if (f === 'photos') (cols.photos ??= []).push(c);
    else if (cols[f] === undefined) cols[f] = c;
  }
  return cols;
}

/** Scans the first rows of a sheet for the best header row (and a second header level below it). */
export function findHeader(sheet: GridSheet, maxScan = 30): HeaderMatch | null {
  let best: { r: number; s: number; fields: Map<number, Field> } | null = null;
  for (let r = 0; r < Math.min(sheet.rows.length, maxScan); r++) {
    const fields = rowFields(sheet.rows[r]!);
    const s = score(fields);
    if (s > 0 && (!best || s > best.s)) best = { r, s, fields };
  }
  if (!best) return null;
  let lastRow = best.r;
  const merged = new Map(best.fields);
  // A second header level: header words, no dates or numbers, right below.
  const next = sheet.rows[best.r + 1];
  if (next) {
    const sub = rowFields(next);
    const values = next.filter((c) => c.kind !== 'empty' && !c.master);
    const allLabels = values.every((c) => c.kind === 'text' && classifyHeader(cellText(c)) !== null);
    if (sub.size > 0 && values.length > 0 && allLabels) {
      for (const [c, f] of sub) merged.set(c, f);
      lastRow = best.r + 1;
    }
  }
  // 参与群众 / 参加群众 are the participants only where no column counts them: beside a 参与人数
  // column, a 参与群众 column says who took part (社区居民、志愿者), and was read as the count.
  const headerText = (c: number) => [best.r, lastRow].map((r) => cellText(sheet.rows[r]![c])).join('');
  const counting = (c: number) => /[数次]/.test(headerText(c));
  const participants = [...merged].filter(([, f]) => f === 'participants').map(([c]) => c);
  if (participants.length > 1 && participants.some(counting)) for (const c of participants) if (!counting(c)) merged.delete(c);
  return { firstRow: best.r, lastRow, columns: toColumns(merged) };
}
