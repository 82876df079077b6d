/**
 * Message args are raw values and the catalog formats them per language: rendered in English,
 * no rule's message carries Chinese except material values passed through (file, unit, sheet
 * names, quoted text) and the few Chinese words the English text names on purpose (the words a
 * clerk must put in a file name or a header). Every rule is rendered with sample args, and again
 * with each known code of its coded args.
 */
import { describe, expect, it } from 'vitest';
import { catalog, ruleIds, renderMessage, type RuleId } from '../../src/messages/index.js';
import type { ArgValue, Args } from '../../src/types.js';

/** Values that come from the material or the county's own rule file: passed through as they are. */
const MATERIAL: Args = {
  file: '县一中 端午包粽子.jpg',
  photo: '县人民医院 义诊.jpg',
  unit: '县教育局',
  name: '我们的节日',
  sheet: '活动登记',
  sheets: ['活动登记', '填表说明'],
  hiddenSheets: ['隐藏活动'],
  heading: '二、部署文件',
  seen: '县创文办印发',
  cell: '活动登记!B3',
  typed: '1月26日',
  entry: 'word/文档.xml',
  others: ['县文旅局/甲.jpg', '县卫健委/乙.jpg'],
  detail: '读取失败',
  by: '县创文办',
  match: ['会议记录', '会议纪要'],
  folders: ['县文旅局', '县文旅局 - 副本'],
  counted: '县文旅局',
  // review.unused 'nowhere' (users20 66243608): the entry's path as written, and the checked folder's file it means.
  written: '县卫健委/移交签单.jpg',
  suggest: '台账/县卫健委/移交签单.jpg',
  // review.renamed (small21): the new path as the record must write it.
  now: '台账/县卫健委/移交签单（盖章）.jpg',
  // report.element-unsure (session 31): the sentence the element rests on, quoted from the report.
  evidence: '县里组织商户签订责任书。',
};
const Han = /\p{Script=Han}/u;

/** Raw values that are not material: codes, numbers, dates, the rule file's known names. */
const RAW: Args = {
  code: 'III-12',
  expected: 3,
  from: '2025-08-01',
  to: '2026-07-31',
  date: '2026-06-19',
  limit: 1000,
  min: 60,
  max: 20,
  read: 2,
  total: 3,
  page: 1,
  confidence: 42,
  days: 3,
  year: 2027,
  more: 2,
  rows: 3,
  columns: 2,
  chars: 480,
  how: ['vanish', 'style', 'white', 'tiny', 'invisible'],
  hiddenBy: ['row', 'format'],
  count: 4,
  distance: 6,
  width: 800,
  height: 600,
  minWidth: 1024,
  minHeight: 768,
  row: 7,
  line: 12,
  at: '2026-10-20',
  recorded: 'a'.repeat(64),
  actual: 'b'.repeat(64),
  rule: 'signoff.manual-review',
  festival: '端午',
  element: '数据实例',
  missing: ['时间', '地点', '事件', '活动名称'],
  windows: [{ festival: '端午', from: '2026-06-12', to: '2026-06-26' }, { festival: '七夕', from: '2025-08-22', to: '2025-09-05' }],
  problems: ['brackets', 'short-year', 'di', 'zero-padding'],
  aspect: true,
  registerUnread: true,
  registerRead: true,
  what: 'chars',
  yearFrom: 'title',
  yearCell: 'A1',
  kind: 'signoff',
  form: 'scan',
  format: 'pdf',
  guess: 'copy',
  problem: 'truncated',
  reason: 'empty',
  scope: 'units',
  target: 'outside',
  type: 'fifo',
  why: 'no-file',
  start: '2025-08-01',
  end: '2026-07-31',
  source: 'mvhd',
  online: true,
  picture: false,
  part: true,
  cells: 2,
  first: ['C2', 'E2'],
  listed: ['2025-06-10', '2025-06-12'],
};

/** Each known code of a coded arg (every one is rendered, one at a time). */
const CODES: Record<string, ArgValue[]> = {
  festival: ['春节', '元宵', '清明', '端午', '七夕', '中秋', '重阳'],
  element: ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效'],
  missing: [['时间'], ['日期'], ['活动时间'], ['地点'], ['活动地点'], ['场所'], ['位置'], ['事件'], ['活动'], ['活动名称'], ['活动内容'], ['内容'], ['主题'], ['主讲人'], ['宣讲主题']],
  windows: [[]],
  seen: ['jpeg', 'png', 'heif', 'webp', 'gif', 'bmp', 'tiff', 'avif', 'pdf', 'docx', 'xlsx', 'ofd', 'zip', 'cfb', 'text', 'unknown', 'empty', 'unit-root', 'county-root', 'outside-indicator', 'no-folder', ''],
  expected: ['jpeg', 'png', 'pdf', 'ofd', 'zip', 'cfb', 'text', 'unknown', 'empty', ['jpeg', 'png']],
  code: ['EACCES', 'EPERM', 'ENOENT', 'EISDIR', 'EIO', 'symlink', 'too-deep', 'corrupt', 'truncated', 'empty', 'encrypted', 'internal', 'legacy-format', 'no-sheets', 'unsupported'],
  reason: ['empty', 'hidden', 'unrecognised', 'no-such-day', 'no-day', 'number-not-date', 'range-reversed', 'not-a-number', 'not-positive', 'ratio', 'entries', 'total-size', 'size-lies', 'rows', 'columns', 'cells', 'formula-without-value'],
  yearFrom: ['title', 'filled', 'period'],
  problem: ['empty', 'truncated', 'corrupt', 'not-image', 'unsupported'],
  guess: ['screenshot', 'copy'],
  scope: ['indicator', 'indicators', 'units', 'outside'],
  target: ['inside', 'outside', 'dangling', 'loop', 'unknown'],
  type: ['fifo', 'socket', 'device', 'other'],
  kind: ['evaluation', 'signoff'],
  form: ['ocr', 'scan', 'image'],
  format: ['pdf', 'docx', 'doc', 'ofd', 'text', 'image'],
  why: ['no-file', 'no-finding', 'nowhere', 'folder'],
  detail: ['hevc', 'bmp', 'over-decode-cap', 'progressive-over-decode-cap', 'interlaced-over-decode-cap', 'heif-over-decode-cap'],
  aspect: [false],
  to: [null],
  source: ['mvhd', '©day', 'com.apple.quicktime.creationdate'],
  online: [false],
  what: ['chars', 'sentences'],
  picture: [true],
  part: [false],
  cells: [1],
  match: [[]],
  how: [['vanish'], ['style'], ['white'], ['tiny'], ['invisible']],
  hiddenBy: [['sheet'], ['row'], ['low-row'], ['column'], ['narrow-column'], ['format'], ['white'], ['same-colour']],
};

/** Chinese words the English messages name on purpose: the file-name and header words a clerk must use. */
const GLOSSARY = ['说明报告', '部门评价', '部署文件', '移交签单', '活动时间', '日期', '填报', '第', '2025年6月12日'];

/** Rules whose `seen` is a number (a size), not text. */
const OVERRIDE: Partial<Record<RuleId, Args>> = {
  'file.too-large': { seen: 600 * 1048576, limit: 512 * 1048576 },
  'file.expands-too-far': { seen: 600 * 1048576, limit: 512 * 1048576 },
};

function leftover(text: string): string {
  let t = text;
  const material = Object.values(MATERIAL).flatMap((v) => (Array.isArray(v) ? v : [v])).map(String);
  // Longest first, so a name inside another is not cut out of it first.
  for (const m of [...material, ...GLOSSARY].sort((a, b) => b.length - a.length)) t = t.split(m).join('');
  return t;
}

function renders(id: RuleId): { args: Args; en: string; zh: string }[] {
  const base = { ...RAW, ...MATERIAL, ...OVERRIDE[id] };
  const out = [{ args: base, en: renderMessage(id, 'en', base), zh: renderMessage(id, 'zh', base) }];
  for (const [k, values] of Object.entries(CODES)) {
    for (const v of values) {
      const args = { ...base, [k]: v, ...OVERRIDE[id] };
      out.push({ args, en: renderMessage(id, 'en', args), zh: renderMessage(id, 'zh', args) });
    }
  }
  return out;
}

describe('messages in English', () => {
  it('every rule: no Chinese beyond material values and the named glossary words', () => {
    const bad: string[] = [];
    for (const id of ruleIds) {
      for (const r of renders(id)) {
        const rest = leftover(r.en);
        if (Han.test(rest)) bad.push(`${id}: ${r.en}`);
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('code args are words in both languages: never an undefined, an [object Object] or a raw list', () => {
    const bad: string[] = [];
    for (const id of ruleIds) {
      for (const r of renders(id)) {
        for (const text of [r.en, r.zh]) if (/undefined|\[object|NaN/.test(text)) bad.push(`${id}: ${text}`);
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('material values pass through untouched (a file name stays as it is in English too)', () => {
    expect(renderMessage('photo.no-exif', 'en', { file: MATERIAL.file!, guess: 'copy' })).toContain('县一中 端午包粽子.jpg');
    expect(renderMessage('festival.missing', 'en', { ...RAW, festival: '端午' })).toContain('the Dragon Boat Festival');
    expect(renderMessage('festival.missing', 'zh', { ...RAW, festival: '端午' })).toContain('端午（2026-06-19）');
  });

  it('lists, sizes and windows are formatted by the catalog per language', () => {
    const a = { file: 'x.jpg', missing: ['地点', '事件'] };
    expect(renderMessage('photo.caption-missing-fields', 'zh', a)).toBe('x.jpg：文件名、照片说明和登记表中都没有写明地点、事件');
    expect(renderMessage('photo.caption-missing-fields', 'en', a)).toBe("x.jpg: place, event missing from the file name, the photo's description and its register row");
    expect(renderMessage('photo.file-too-small', 'zh', { file: 'x.jpg', seen: 40550, expected: 102400 })).toBe('x.jpg：只有 39.6 KB，低于 100 KB，像是经过压缩或转发的图片');
    expect(renderMessage('photo.file-too-large', 'en', { file: 'x.jpg', seen: 12 * 1048576, expected: 10 * 1048576 })).toBe('x.jpg: 12.0 MB, above 10.0 MB');
    expect(renderMessage('photo.outside-window', 'en', { file: 'x.jpg', seen: '2026-01-01', windows: RAW.windows! })).toBe(
      'x.jpg: taken on 2026-01-01, outside the windows this indicator requires (the Dragon Boat Festival 2026-06-12 to 2026-06-26; the Qixi Festival 2025-08-22 to 2025-09-05)',
    );
    expect(renderMessage('photo.outside-window', 'zh', { file: 'x.jpg', seen: '2026-01-01', windows: [] })).toBe('x.jpg：拍摄于 2026-01-01，不在该指标要求的时段内（周期内无相应节日）');
    expect(renderMessage('file.unrecognized', 'en', { seen: 'jpeg' })).toMatch(/^a JPEG image:/);
    expect(renderMessage('file.unrecognized', 'zh', { seen: 'jpeg' })).toMatch(/^JPEG 图片，/);
    expect(renderMessage('report.docno-malformed', 'en', { seen: 'x', expected: 'y', problems: ['brackets', 'di'] })).toContain('(year must be in 〔〕; no 第 before the number)');
  });

  it('the catalog is complete for the sample table (a rule added with a new coded arg must be sampled)', () => {
    const used = new Set<string>();
    for (const id of ruleIds) {
      const src = String(catalog[id].message.en) + String(catalog[id].message.zh);
      for (const m of src.matchAll(/\ba\.(\w+)/g)) used.add(m[1]!);
    }
    const known = new Set([...Object.keys(RAW), ...Object.keys(MATERIAL)]);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
