/**
 * Registers lose no row (issue 11 item 4): a date-time cell, 1.2万人次 and 形式 网络 are read; a row
 * the tool cannot read is a finding with its cell; a year-less date takes its year from the
 * sheet's title or 填报 line before the period, and that year is supplied by the check.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { extractRegister, registerFromGrid } from '../../src/extract/register.js';
import { classifyHeader, looksLikeHeader } from '../../src/extract/register-header.js';
import { parseParticipants } from '../../src/text/register-number.js';
import type { Grid, GridCell } from '../../src/extract/register-grid.js';
import { registerChecks } from '../../src/checks/register.js';
import { rowDates } from '../../src/checks/row-dates.js';
import { collectActivities } from '../../src/checks/festival-activities.js';
import type { ExtractedFile } from '../../src/types.js';
import { makeRegisterXlsx, type SheetSpec } from '../../fixtures/build/xlsx.js';
import { tempDir, writeFixture } from './helpers.js';
import { ruleSet, indicator, run } from './model.js';

const period = { start: '2024-08-01', end: '2025-07-31' };
/** Grid cells for registerFromGrid tests: text, a plain number, empty. */
const t = (text: string): GridCell => ({ kind: 'text', text });
const n = (value: number): GridCell => ({ kind: 'number', value, dateFormatted: false });
const e: GridCell = { kind: 'empty' };
const rules = ruleSet(period);
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});

async function register(name: string, sheets: SheetSpec[]): Promise<ExtractedFile> {
  const buf = await makeRegisterXlsx({ sheets });
  const f = await writeFixture(dir, name, buf);
  const r = await extractRegister(f);
  expect(r.error).toBeNull();
  return { ...f, facts: r.facts, error: r.error };
}

const facts = (f: ExtractedFile) => {
  if (f.facts.type !== 'register') throw new Error('not a register');
  return f.facts;
};

const HEADER = ['序号', '活动名称', '活动时间', '平台', '参与人数', '形式', '截图文件'];

describe('the row that used to vanish', () => {
  it('reads a date-time cell ([$-804]yyyy/m/d h:mm), 1.2万人次 and 形式 网络, even with header words in the name', async () => {
    const reg = await register('清明.xlsx', [
      {
        name: '清明',
        title: ['县文旅局“我们的节日·清明”活动登记表'],
        header: HEADER,
        rows: [
          [1, '清明主题网上祭英烈', { number: 45750 + 10 / 24, numFmt: '[$-804]yyyy/m/d h:mm' }, '微信公众号', '1.2万人次', '网络', 'qm1.png'],
          [2, '清明诗会', '2025/4/4 14:30', '文化馆', '1.5千人', '线下', 'qm2.jpg'],
        ],
      },
    ]);
    const rows = facts(reg).rows;
    expect(rows.map((r) => [r.row, r.name, r.date, r.participants, r.online, r.place, r.photos])).toEqual([
      [3, '清明主题网上祭英烈', '2025-04-03', 12000, true, '微信公众号', ['qm1.png']],
      [4, '清明诗会', '2025-04-04', 1500, false, '文化馆', ['qm2.jpg']],
    ]);
    // …and it counts as an online activity for 清明.
    const acts = collectActivities([reg], period).filter((a) => a.source === 'register');
    expect(acts[0]).toMatchObject({ from: '2025-04-03', online: true, named: ['清明'] });
  });

  it('reads a date-time serial whether or not its cell kept a date style', () => {
    const cells = (date: GridCell): GridCell[] => [
      { kind: 'number', value: 1, dateFormatted: false },
      { kind: 'text', text: '网上祭英烈' },
      date,
    ];
    const grid: Grid = {
      date1904: false,
      sheets: [
        {
          name: 'S',
          rows: [
            [{ kind: 'text', text: '序号' }, { kind: 'text', text: '活动名称' }, { kind: 'text', text: '活动时间' }],
            cells({ kind: 'number', value: 45750.4166667, dateFormatted: true }),
            cells({ kind: 'number', value: 45750.4166667, dateFormatted: false }),
            cells({ kind: 'text', text: '2025/4/3 10:00' }),
          ],
        },
      ],
    };
    expect(registerFromGrid(grid, 'xlsx').rows.map((r) => [r.date, r.dateError])).toEqual([
      ['2025-04-03', null],
      ['2025-04-03', null],
      ['2025-04-03', null],
    ]);
  });

  it('participants: 万 and 千 multiply, decimals round, other text is still not a number', () => {
    expect(parseParticipants('1.2万人次')).toEqual({ value: 12000, error: null });
    expect(parseParticipants('约2.5万余人')).toEqual({ value: 25000, error: null });
    expect(parseParticipants('3千')).toEqual({ value: 3000, error: null });
    expect(parseParticipants('1.2亿人次')).toEqual({ value: null, error: 'not-a-number' });
    expect(parseParticipants('万人').value).toBeNull();
  });

  it('recognises the headers 平台, 截图文件, 活动图片, 照片文件名', () => {
    expect(classifyHeader('平台')).toBe('platform');
    expect(classifyHeader('发布平台')).toBe('platform');
    expect(classifyHeader('截图文件')).toBe('photos');
    expect(classifyHeader('活动图片')).toBe('photos');
    expect(classifyHeader('照片文件名')).toBe('photos');
    expect(classifyHeader('活动名称')).toBe('name');
    // 照片编号 lists the photos (IMG_0001; bare numbers are no names), not the row's 序号; 参与群众（人次） is a count.
    expect(classifyHeader('照片编号')).toBe('photos');
    expect(classifyHeader('图片编号')).toBe('photos');
    expect(classifyHeader('编号')).toBe('seq');
    expect(classifyHeader('参与群众（人次）')).toBe('participants');
  });

  it('a 照片编号 column: file names are matched, numbers and ranges of them are no names', async () => {
    const reg = await register('编号.xlsx', [
      {
        name: '登记',
        title: ['2025年活动登记表'],
        header: ['序号', '活动名称', '活动时间', '参与人数', '照片编号'],
        rows: [
          [1, '端午包粽子', '2025-05-30', 60, 'IMG_0001、IMG_0002'],
          [2, '端午诵读', '2025-05-31', 30, '1-3'],
          [3, '端午龙舟', '2025-06-01', 40, '第4张'],
        ],
      },
    ]);
    expect(facts(reg).headers?.[0]?.columns).toMatchObject({ seq: 'A', photos: 'E' });
    expect(facts(reg).rows.map((r) => r.photos)).toEqual([['IMG_0001', 'IMG_0002'], [], []]);
  });

  it('a repeated header is skipped; a row with header words and one value that is not is data', () => {
    expect(looksLikeHeader([t('序号'), t('活动名称'), t('活动时间')])).toBe(true);
    expect(looksLikeHeader([t('清明主题活动'), t('1.2万人次')])).toBe(false);
    expect(looksLikeHeader([t('活动主题'), t('参与人次'), { kind: 'number', value: 5, dateFormatted: false }])).toBe(false);
  });
});

describe('no row dropped silently', () => {
  const sheet = (rows: SheetSpec['rows']): SheetSpec => ({
    name: '登记',
    title: ['2025年活动登记表'],
    header: ['序号', '活动名称', '活动时间', '参与人数', '', '备注'],
    rows,
  });

  it('a row with content only under an unknown column is a finding naming its cell; seq-only and remark-only rows are not', async () => {
    const reg = await register('漏行.xlsx', [
      sheet([
        [1, '端午包粽子', '2025-05-30', 60, null, null],
        [2, null, null, null, '线上诵读 2025-06-01', null],
        [3, null, null, null, null, null],
        [4, null, null, null, null, '因雨延期'],
      ]),
    ]);
    expect(facts(reg).rows.map((r) => r.row)).toEqual([3]);
    expect(facts(reg).unreadRows).toEqual([{ sheet: '登记', row: 4, cell: 'E4', text: '线上诵读 2025-06-01' }]);
    const hits = run(registerChecks, indicator(rules, 'III-12', [reg]), rules).filter((h) => h.ruleId === 'register.row-unread');
    expect(hits.map((h) => [h.location, h.args])).toEqual([[{ sheet: '登记', row: 4, cell: 'E4' }, { cell: '登记!E4', seen: '线上诵读 2025-06-01' }]]);
    expect(hits[0]!.zh).toContain('登记表工作表“登记”E4 单元格所在行');
  });

  it('a 人数 that is no number is quoted as typed (never “没有填写”), and an empty 形式 is said to be empty', async () => {
    const reg = await register('人数.xlsx', [
      {
        name: '登记',
        title: ['2025年活动登记表'],
        header: ['序号', '活动名称', '活动时间', '参与人数', '形式'],
        rows: [
          [1, '端午包粽子', '2025-05-30', '若干', '线下'],
          [2, '端午诵读', '2025-05-31', 0, null],
          [3, '端午龙舟', '2025-06-01', null, '线下'],
        ],
      },
    ]);
    expect(facts(reg).rows.map((r) => [r.participantsError, r.participantsText])).toEqual([
      ['not-a-number', '若干'],
      ['not-positive', '0'],
      ['empty', undefined],
    ]);
    const hits = run(registerChecks, indicator(rules, 'III-12', [reg]), rules);
    expect(hits.filter((h) => h.ruleId === 'register.participants-invalid').map((h) => h.zh)).toEqual([
      '工作表“登记”D3 单元格的参与人数“若干”不是数字',
      '工作表“登记”D4 单元格的参与人数“0”不是正数',
      '工作表“登记”D5 单元格没有填写参与人数',
    ]);
    expect(hits.filter((h) => h.ruleId === 'register.form-unknown').map((h) => [h.zh, h.en])).toEqual([
      ['工作表“登记”E4 单元格没有填写活动形式（线上或线下）', 'no form (online or offline) in cell E4 of sheet "登记"'],
    ]);
  });

  it('a footer is a label (负责人：…, 合计); an activity whose name starts with such a word is data', async () => {
    const reg = await register('页脚.xlsx', [
      sheet([
        [1, '负责人培训会', '2025-05-30', 40, null, null],
        [2, '合计培训', '2025-06-01', 20, null, null],
        [null, '合计', null, 60, null, null],
        ['负责人：张三', null, null, null, null, null],
        ['合计', null, null, 60, null, null],
      ]),
    ]);
    expect(facts(reg).rows.map((r) => r.name)).toEqual(['负责人培训会', '合计培训']);
    expect(facts(reg).unreadRows).toBeUndefined();
  });

  it('a second sheet holding a table without a header is reported; an instructions sheet is not', async () => {
    const reg = await register('两表.xlsx', [
      sheet([[1, '端午包粽子', '2025-05-30', 60, null, null]]),
      { name: '补充', header: ['1', '中秋诵读', '2024-09-15'], rows: [[2, '重阳敬老', '2024-10-11']] },
      { name: '填表说明', header: ['请按时填报，照片另附'], rows: [] },
      // Boundary: one row of two cells is a note, not a table (two such rows are).
      { name: '附注', header: ['附件', '照片另见压缩包'], rows: [] },
    ]);
    expect(facts(reg).unreadSheets).toEqual(['补充']);
    const ids = run(registerChecks, indicator(rules, 'III-12', [reg]), rules).map((h) => h.ruleId);
    expect(ids).toContain('register.sheet-unread');
  });
});

describe('the year of a date typed without one', () => {
  const festival = (title: string[] | undefined, rows: SheetSpec['rows'], footer?: string[]): SheetSpec => ({
    name: '活动',
    ...(title ? { title } : {}),
    header: ['序号', '活动名称', '活动时间', '参与人数'],
    rows,
    ...(footer ? { footer } : {}),
  });

  it('comes from the title, before the period', async () => {
    const reg = await register('2023.xlsx', [festival(['县文旅局2023年活动登记表'], [[1, '端午诵读', '6月1日', 30]])]);
    const row = facts(reg).rows[0]!;
    expect(row.date).toBeNull();
    expect(row.dateYearless).toEqual({ month: 6, day: 1 });
    expect(rowDates(row, facts(reg), period)).toEqual({ date: '2023-06-01', dateEnd: null, error: null, yearFrom: 'title' });
    const hits = run(registerChecks, indicator(rules, 'III-12', [reg]), rules).filter((h) => h.ruleId === 'register.date-outside-period');
    expect(hits.map((h) => h.args)).toEqual([
      { cell: '活动!C3', seen: '2023-06-01', from: '2024-08-01', to: '2025-07-31', yearFrom: 'title', typed: '6月1日', yearCell: '活动!A1' },
    ]);
    expect(hits[0]!.zh).toContain('（“6月1日”没写年份，年份取自表格标题 活动!A1）');
    expect(hits[0]!.en).toContain('the year comes from the sheet title 活动!A1');
  });

  it('a title naming two years gives none: the period decides', async () => {
    const reg = await register('两年.xlsx', [festival(['2024—2025年度活动登记表'], [[1, '端午诵读', '6月1日', 30]])]);
    expect(facts(reg).yearHints).toBeUndefined();
    expect(rowDates(facts(reg).rows[0]!, facts(reg), period)).toMatchObject({ date: '2025-06-01', yearFrom: 'period' });
  });

  it('comes from a 填报 line: a month after the 填报 month is the year before (boundary: the same month is the same year)', async () => {
    const reg = await register('填报.xlsx', [
      festival(
        undefined,
        [
          [1, '迎新年', '12月30日', 30],
          [2, '元旦慰问', '1月3日', 20],
          [3, '跨年', '12月31日-1月2日', 40],
          [4, '填报当月', '1月5日', 10],
          [5, '次月', '2月1日', 10],
        ],
        ['填报日期：2025年1月5日'],
      ),
    ]);
    const f = facts(reg);
    expect(f.yearHints).toEqual([{ sheet: '活动', year: 2025, month: 1, cell: 'A7', source: 'filled' }]);
    const d = f.rows.map((r) => rowDates(r, f, period));
    expect(d.map((x) => [x.date, x.dateEnd])).toEqual([
      ['2024-12-30', null],
      ['2025-01-03', null],
      ['2024-12-31', '2025-01-02'],
      ['2025-01-05', null],
      ['2024-02-01', null],
    ]);
  });

  it('a 填报 line above the header is read as a 填报 date, not as a title', async () => {
    const reg = await register('上方填报.xlsx', [festival(['填报单位：县教育局    填报日期：2025年1月5日'], [[1, '迎新年', '12月30日', 30]])]);
    expect(facts(reg).yearHints?.[0]).toMatchObject({ year: 2025, month: 1, source: 'filled' });
    expect(rowDates(facts(reg).rows[0]!, facts(reg), period).date).toBe('2024-12-30');
  });

  it('reads a 填报 date from the cell beside its label', async () => {
    const reg = await register('旁格.xlsx', [
      { name: '活动', title: [], header: ['序号', '活动名称', '活动时间', '参与人数'], rows: [[1, '诵读', '3月1日', 30], [null, null, '填报日期', { date: '2025-04-01' }]] },
    ]);
    expect(facts(reg).yearHints?.[0]).toMatchObject({ year: 2025, month: 4, source: 'filled' });
    expect(rowDates(facts(reg).rows[0]!, facts(reg), period).date).toBe('2025-03-01');
  });

  it('a 填报 date typed beside its label above the header is the 填报 date, not a title year (its month counts)', () => {
    const grid: Grid = {
      date1904: false,
      sheets: [
        {
          name: '登记',
          rows: [
            [t('县文旅局活动登记表')],
            [t('填报单位：县文旅局'), e, e, t('填报日期：'), t('2025年1月10日')],
            [t('序号'), t('活动名称'), t('活动时间'), t('参与人数')],
            [n(1), t('跨年文艺晚会'), t('12月31日'), n(500)],
          ],
        },
      ],
    };
    const f = registerFromGrid(grid, 'xlsx');
    expect(f.yearHints).toEqual([{ sheet: '登记', year: 2025, month: 1, cell: 'E2', source: 'filled' }]);
    // December before a January 填报 date is the year before: inside the period, not 2025-12-31.
    expect(rowDates(f.rows[0]!, f, period)).toEqual({ date: '2024-12-31', dateEnd: null, error: null, yearFrom: 'filled' });
  });

  it('a 参与群众 column beside a 参与人数 one says who took part: the count is the 人数 column', () => {
    const grid: Grid = {
      date1904: false,
      sheets: [
        {
          name: '登记',
          rows: [
            [t('序号'), t('活动名称'), t('活动时间'), t('参与群众'), t('参与人数')],
            [n(1), t('端午诵读'), t('2025年6月1日'), t('社区居民、志愿者'), n(30)],
          ],
        },
      ],
    };
    const f = registerFromGrid(grid, 'xlsx');
    expect(f.rows[0]).toMatchObject({ participants: 30, participantsError: null, participantsCell: 'E2' });
    // Alone, 参与群众 is the count.
    const alone = registerFromGrid({ date1904: false, sheets: [{ name: '登记', rows: [[t('序号'), t('活动名称'), t('活动时间'), t('参与群众')], [n(1), t('端午诵读'), t('2025年6月1日'), n(40)]] }] }, 'xlsx');
    expect(alone.rows[0]).toMatchObject({ participants: 40, participantsError: null });
  });

  it('a title row with an empty 填报日期 cell keeps its year (the row is skipped only when its 填报 date is read)', () => {
    const grid: Grid = {
      date1904: false,
      sheets: [
        {
          name: '登记',
          rows: [
            [t('县文旅局2025年“我们的节日”活动登记表'), e, e, t('填报日期：')],
            [t('序号'), t('活动名称'), t('活动时间'), t('参与人数')],
            [n(1), t('端午诵读'), t('6月1日'), n(30)],
          ],
        },
      ],
    };
    const f = registerFromGrid(grid, 'xlsx');
    expect(f.yearHints).toEqual([{ sheet: '登记', year: 2025, month: null, cell: 'A1', source: 'title' }]);
  });

  it('keeps the facts free of the rule set: the same bytes give the same facts, and year-less rows carry no year', async () => {
    const sheets = [festival(undefined, [[1, '端午诵读', '6月1日', 30]])];
    const a = await register('同一.xlsx', sheets);
    const b = await register('同一2.xlsx', sheets);
    expect(facts(a)).toEqual(facts(b));
    expect(JSON.stringify(facts(a))).not.toMatch(/20\d\d-06-01/);
    expect(rowDates(facts(a).rows[0]!, facts(a), { start: '2022-08-01', end: '2023-07-31' }).date).toBe('2023-06-01');
  });
});
