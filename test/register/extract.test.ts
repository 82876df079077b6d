import { describe, expect, it, beforeAll } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { extractRegister } from '../../src/extract/register.js';
import { rowDates } from '../../src/checks/row-dates.js';
import { readWorkbookStyles } from '../../src/extract/register-styles.js';
import { readXlsxGrid } from '../../src/extract/register-grid.js';
import { makeRegisterXlsx, makeCfbStub, type SheetSpec } from '../../fixtures/build/xlsx.js';
import { makeXls } from '../../fixtures/build/cfb.js';
import { tempDir, writeFixture } from './helpers.js';

const period = { start: '2024-08-01', end: '2025-07-31' };

/** Sheet 1: title rows, a two-level merged header, every date form, blank rows, invalid cells, a footer. */
const sheet1: SheetSpec = {
  name: '节日活动',
  title: ['县教育局2025年“我们的节日”主题活动登记表', '填报单位：县教育局'],
  header: ['序号', '活动名称', '活动时间', '活动地点', '参加人数', '线上/线下', '图片文件', '备注'],
  groups: [{ label: '参与情况', from: 4, to: 5 }],
  rows: [
    [1, '端午包粽子', { date: '2025-05-30' }, '城关小学', 60, '线下', 'dw1.jpg、dw2.jpg', null],
    [2, '网上祭英烈', { serial: '2025-04-03', cjk: 31 }, '县教育局公众号', '约1,200人次', '网上', 'qm1.jpg', null],
    [3, '中秋诵读', { serial: '2024-09-15', cjk: 58 }, '实验中学', '三十人', '现场', null, null],
    [4, '重阳敬老', { serial: '2024-10-11', cjk: 57 }, '敬老院', 40, '线下', null, null],
    [5, '元宵灯谜', '2025年2月12日', '文化广场', 200, '线下', null, null],
    [6, '清明云祭扫', '2025.4.4', '线上', 500, '云直播', null, null],
    [7, '七夕讲座', '2024/8/10', '图书馆', 30, '线下', null, null],
    [8, '春节写春联', '1月20日', '社区', 80, '线下', null, null],
    [9, '端午系列活动', '5月29日-31日', '各学校', 300, '线上+线下', null, null],
    [10, '待定活动', '待定', '学校', 0, '不详', null, null],
    [11, '日期写错', '6月31日', '学校', '若干', '线下', null, null],
    [12, '数字日期', 6.12, '学校', 20, '线下', null, null],
    [13, '没写日期', null, '学校', 20, '线下', null, null],
    [14, '周期外活动', { date: '2024-07-01', numFmt: 'yyyy"年"m"月"d"日"' }, '学校', 20, '线下', null, null],
  ],
  blankBefore: [3, 3, 10],
  footer: ['填表人：张三    审核人：李四', '以上活动均已上传至平台'],
};

/** Sheet 2: different synonyms, header on the first row, no form column. */
const sheet2: SheetSpec = {
  name: '志愿服务',
  header: ['编号', '活动主题', '开展时间', '地点', '参与人数', '照片'],
  rows: [
    [1, '线上志愿宣讲', '2025-03-05', '腾讯会议', 25, 'zy1.jpg'],
    [2, '文明交通劝导', '2025/3/12', '十字路口', 12, null],
  ],
};

let dir: string;
let facts: Awaited<ReturnType<typeof extractRegister>>['facts'];
let buf: Buffer;

beforeAll(async () => {
  dir = await tempDir();
  buf = await makeRegisterXlsx({ sheets: [sheet1, sheet2, { name: '填表说明', header: [], rows: [['请按时填报']] }] });
  const r = await extractRegister(await writeFixture(dir, '活动登记表.xlsx', buf));
  expect(r.error).toBeNull();
  facts = r.facts;
});

/** The row's dates as the checks see them (year-less dates resolved). */
const dated = (sheet: string, name: string) => rowDates(row(sheet, name), facts, period);
const row = (sheet: string, name: string) => {
  const r = facts.rows.find((x) => x.sheet === sheet && x.name === name);
  if (!r) throw new Error(`no row ${name}`);
  return r;
};

describe('register extraction (.xlsx)', () => {
  it('builds byte-identical fixtures', async () => {
    expect((await makeRegisterXlsx({ sheets: [sheet1, sheet2] })).equals(await makeRegisterXlsx({ sheets: [sheet1, sheet2] }))).toBe(true);
  });

  it('stores CJK dates under built-in numFmt 31/57/58, and reads them as dates', async () => {
    const zip = await JSZip.loadAsync(buf);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toMatch(/numFmtId="31"/);
    expect(styles).toMatch(/numFmtId="57"/);
    expect(styles).toMatch(/numFmtId="58"/);
    const lookup = await readWorkbookStyles(buf);
    const cells = lookup.dateCells.get('节日活动')!;
    // Title rows 1-2, header rows 3-4, data from row 5.
    expect(cells.get('C6')).toBe(31);
    expect(cells.get('C7')).toBe(58);
    expect(cells.get('C10')).toBe(57);
    const grid = await readXlsxGrid(buf);
    expect(grid.sheets[0]!.rows[5]![2]).toEqual({ kind: 'date', date: '2025-04-03' });
  });

  it('finds the header below title rows, through a merged two-level header, on every sheet', () => {
    expect(facts.headerFound).toBe(true);
    expect(facts.sheets).toEqual(['节日活动', '志愿服务', '填表说明']);
    expect(facts.headers).toEqual([
      { sheet: '节日活动', row: 4, columns: { seq: 'A', name: 'B', date: 'C', place: 'D', participants: 'E', form: 'F', photos: 'G', note: 'H' } },
      { sheet: '志愿服务', row: 1, columns: { seq: 'A', name: 'B', date: 'C', place: 'D', participants: 'E', photos: 'F' } },
    ]);
  });

  it('skips blank rows and the merged footer, keeps sheet row numbers', () => {
    const names = facts.rows.filter((r) => r.sheet === '节日活动').map((r) => r.name);
    expect(names).toHaveLength(14);
    expect(names).not.toContain('填表人：张三    审核人：李四');
    expect(facts.rows.map((r) => r.name)).not.toContain('以上活动均已上传至平台');
    expect(row('节日活动', '端午包粽子').row).toBe(5);
    expect(row('节日活动', '重阳敬老').row).toBe(10); // two blank rows before it
    expect(row('节日活动', '周期外活动').row).toBe(21); // and one more before 日期写错
  });

  it('parses every date form', () => {
    expect(dated('节日活动', '端午包粽子').date).toBe('2025-05-30');
    expect(dated('节日活动', '网上祭英烈').date).toBe('2025-04-03');
    expect(dated('节日活动', '中秋诵读').date).toBe('2024-09-15');
    expect(dated('节日活动', '重阳敬老').date).toBe('2024-10-11');
    expect(dated('节日活动', '元宵灯谜').date).toBe('2025-02-12');
    expect(dated('节日活动', '清明云祭扫').date).toBe('2025-04-04');
    expect(dated('节日活动', '七夕讲座').date).toBe('2024-08-10');
    // Typed without a year: the facts keep month and day, the year comes from the title (2025年).
    expect(row('节日活动', '春节写春联')).toMatchObject({ date: null, dateYearless: { month: 1, day: 20 } });
    expect(facts.yearHints).toEqual([{ sheet: '节日活动', year: 2025, month: null, cell: 'A1', source: 'title' }]);
    expect(dated('节日活动', '春节写春联')).toMatchObject({ date: '2025-01-20', yearFrom: 'title' });
    expect(dated('节日活动', '周期外活动').date).toBe('2024-07-01');
    const range = dated('节日活动', '端午系列活动');
    expect([range.date, range.dateEnd]).toEqual(['2025-05-29', '2025-05-31']);
    expect(dated('志愿服务', '文明交通劝导').date).toBe('2025-03-12');
  });

  it('reports every cell that should be a date and is not, with its cell', () => {
    const invalid = facts.rows.filter((r) => r.dateError).map((r) => [r.sheet, r.dateCell, r.dateError, r.dateText]);
    expect(invalid).toEqual([
      ['节日活动', 'C16', 'unrecognised', '待定'],
      ['节日活动', 'C18', 'no-such-day', '6月31日'],
      ['节日活动', 'C19', 'number-not-date', '6.12'],
      ['节日活动', 'C20', 'empty', null],
    ]);
  });

  it('reads participants and online/offline', () => {
    expect(row('节日活动', '网上祭英烈').participants).toBe(1200);
    expect(row('节日活动', '中秋诵读').participants).toBe(30);
    expect(row('节日活动', '待定活动')).toMatchObject({ participants: null, participantsError: 'not-positive', participantsCell: 'E16' });
    expect(row('节日活动', '日期写错')).toMatchObject({ participants: null, participantsError: 'not-a-number' });
    expect(row('节日活动', '网上祭英烈').online).toBe(true);
    expect(row('节日活动', '清明云祭扫').online).toBe(true);
    expect(row('节日活动', '端午系列活动').online).toBe(true);
    expect(row('节日活动', '中秋诵读').online).toBe(false);
    expect(row('节日活动', '待定活动')).toMatchObject({ online: null, form: '不详', formCell: 'F16' });
    // No form column: the activity's wording decides when it says online.
    expect(row('志愿服务', '线上志愿宣讲').online).toBe(true);
    expect(row('志愿服务', '文明交通劝导').online).toBeNull();
  });

  it('lists photo names from the photo column', () => {
    expect(row('节日活动', '端午包粽子')).toMatchObject({ photos: ['dw1.jpg', 'dw2.jpg'], photosCell: 'G5' });
    expect(row('志愿服务', '线上志愿宣讲').photos).toEqual(['zy1.jpg']);
    expect(row('志愿服务', '文明交通劝导').photos).toEqual([]);
  });
});

describe('register extraction: other containers', () => {
  it('recognises an encrypted workbook and a legacy .xls (CFB) and tells them apart', async () => {
    const enc = await extractRegister(await writeFixture(dir, '加密.xlsx', makeCfbStub('encrypted'), 'cfb'));
    expect(enc.error?.code).toBe('encrypted');
    expect(enc.facts).toMatchObject({ type: 'register', format: 'xlsx', rows: [], headerFound: false });
    const xls = await extractRegister(await writeFixture(dir, '旧版.xls', makeCfbStub('xls'), 'cfb'));
    expect(xls.error?.code).toBe('legacy-format');
    expect(xls.facts.format).toBe('xls');
  });

  it('tells a legacy .xls saved with a password to open (FILEPASS right after BOF) as password-protected, like an encrypted .xlsx', async () => {
    const read = async (name: string, buf: Buffer) => (await extractRegister(await writeFixture(dir, name, buf, 'cfb'))).error?.code;
    // FILEPASS is the record after the globals BOF (MS-XLS): the workbook is encrypted.
    expect(await read('加密旧版.xls', makeXls({ filePassAt: 0 }))).toBe('encrypted');
    const enc = await extractRegister(await writeFixture(dir, '加密旧版2.xls', makeXls({ filePassAt: 0 }), 'cfb'));
    expect(enc.facts).toMatchObject({ type: 'register', format: 'xls', rows: [], headerFound: false });
    // BIFF5 names its stream Book.
    expect(await read('加密旧版5.xls', makeXls({ filePassAt: 0, stream: 'Book' }))).toBe('encrypted');
    // A workbook stream below 4096 bytes lives in the mini stream: read through the mini table.
    expect(await read('加密小旧版.xls', makeXls({ filePassAt: 0, mini: true }))).toBe('encrypted');
    expect(await read('小旧版.xls', makeXls({ mini: true }))).toBe('legacy-format');
    // Just outside: no FILEPASS, or only a write-protection record (0x0086, password to modify) after BOF.
    expect(await read('无密码旧版.xls', makeXls())).toBe('legacy-format');
    expect(await read('写保护旧版.xls', makeXls({ after: [0x0086, 0x00e1] }))).toBe('legacy-format');
    // The type 0x002F further on is no FILEPASS (it may only follow BOF): not read as encrypted.
    expect(await read('后置旧版.xls', makeXls({ filePassAt: 2 }))).toBe('legacy-format');
  });

  it('reports empty, truncated and non-spreadsheet files without throwing', async () => {
    expect((await extractRegister(await writeFixture(dir, '空.xlsx', Buffer.alloc(0), 'empty'))).error?.code).toBe('empty');
    const cut = await extractRegister(await writeFixture(dir, '半截.xlsx', buf.subarray(0, 400), 'zip'));
    expect(['truncated', 'corrupt']).toContain(cut.error?.code);
    expect((await extractRegister(await writeFixture(dir, '图.xlsx', Buffer.from('GIF89a....'), 'unknown'))).error?.code).toBe('unsupported');
    const gone = await extractRegister({ ...(await writeFixture(dir, 'x.xlsx', buf)), absPath: Buffer.from(path.join(dir, 'missing.xlsx')) });
    expect(gone.error?.code).toBe('io');
    // The OS code is the error's reason (the check reads it; the detail is Node's message).
    expect(gone.error?.reason).toBe('ENOENT');
  });

  it('reads a GBK .csv register', async () => {
    const text = '活动登记表\r\n序号,活动名称,活动日期,地点,参与人数,形式\r\n1,端午诵读,2025/5/30,学校,45,线下\r\n2,"网上祭英烈,缅怀先烈",4月4日,公众号,300,网上\r\n';
    const r = await extractRegister(await writeFixture(dir, '登记表.csv', iconv.encode(text, 'gbk'), 'text'));
    expect(r.error).toBeNull();
    expect(r.facts.format).toBe('csv');
    expect(r.facts.rows.map((x) => [x.name, rowDates(x, r.facts, period).date, x.participants, x.online, x.dateCell])).toEqual([
      ['端午诵读', '2025-05-30', 45, false, 'C3'],
      ['网上祭英烈,缅怀先烈', '2025-04-04', 300, true, 'C4'],
    ]);
    // No title year, no 填报 line: the year of 4月4日 comes from the period, in the check.
    expect(r.facts.yearHints).toBeUndefined();
    expect(rowDates(r.facts.rows[1]!, r.facts, period).yearFrom).toBe('period');
  });

  it('a quote never closed is a plain character: the rows after it are still read (they would vanish into one cell)', async () => {
    const { parseCsv } = await import('../../src/extract/register-csv.js');
    // Closed (a comma and a line break inside quotes): one field. Never closed: the quote is text,
    // its line ends at the line end, and every later line is a row of its own.
    expect(parseCsv('a,"b,\nc",d\ne,f\n')).toEqual([['a', 'b,\nc', 'd'], ['e', 'f']]);
    const open = parseCsv('a,"b,c\nd,e\nf,g\n');
    expect([...open]).toEqual([['a', '"b', 'c'], ['d', 'e'], ['f', 'g']]);
    expect(open.unclosedQuote).toEqual({ row: 0, column: 1 });
    expect(parseCsv('a,"b""c",d\n').unclosedQuote).toBeUndefined();
    const text = '序号,活动名称,活动日期,地点,参与人数,形式\r\n1,"端午诵读,2025/5/30,学校,45,线下\r\n2,清明祭扫,2025/4/4,烈士陵园,300,线下\r\n3,中秋诵经典,2025/10/5,学校,80,线下\r\n';
    const r = await extractRegister(await writeFixture(dir, '未闭合引号.csv', Buffer.from(text), 'text'));
    expect(r.facts.rows.map((x) => x.name)).toEqual(['"端午诵读', '清明祭扫', '中秋诵经典']);
    // Where the quote opened, for the finding (register.csv-quote-unclosed): row 2, column B.
    expect(r.facts.unclosedQuote).toEqual({ sheet: '未闭合引号', cell: 'B2' });
    const closed = await extractRegister(await writeFixture(dir, '闭合引号.csv', Buffer.from(text.replace('"端午诵读', '"端午诵读"')), 'text'));
    expect(closed.facts.unclosedQuote).toBeUndefined();
  });

  it('says so when no sheet has a header', async () => {
    const noHeader = await makeRegisterXlsx({ sheets: [{ name: 'Sheet1', header: ['张三', '李四'], rows: [['1', '2']] }] });
    const r = await extractRegister(await writeFixture(dir, '无表头.xlsx', noHeader));
    expect(r.error).toBeNull();
    expect(r.facts.headerFound).toBe(false);
    expect(r.facts.rows).toEqual([]);
  });

  it('handles the corpus encrypted and legacy workbooks when present', async () => {
    const corpus = '/work/shared/corpus/office';
    const files = await fs.readdir(corpus).catch(() => [] as string[]);
    for (const [name, code] of [['excelize_encryptAES.xlsx', 'encrypted'], ['poi_44235.xls', 'legacy-format'], ['poi_password.xls', 'encrypted'], ['msoffcrypto_xor_password_123456789012345.xls', 'encrypted'], ['easyexcel_t01.xls', 'legacy-format']] as const) {
      if (!files.includes(name)) continue;
      const f = await writeFixture(dir, name, await fs.readFile(path.join(corpus, name)), 'cfb');
      expect((await extractRegister(f)).error?.code).toBe(code);
    }
  });
});
