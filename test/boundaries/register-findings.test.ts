/**
 * Every register finding in full (rule id, place, raw args, evidence) on register facts built in
 * memory: unreadable, no header, no rows, unread sheets and rows, no date column (once per sheet), invalid
 * and outside-period dates (with where a year-less date got its year), participants, form, rows
 * without photos, listed photos missing or taken off the row's date, and photos no row lists.
 */
import { describe, expect, it } from 'vitest';
import { registerChecks } from '../../src/checks/register.js';
import { renderMessage } from '../../src/messages/index.js';
import type { ExtractedFile, RegisterFacts, RegisterRow } from '../../src/types.js';
import { ctxOf, indicatorOf, photo, register, row, rules, runChecks, unitOf, type Hit } from './helpers.js';

const rs = rules({ indicators: [{ code: 'III-12', name: '我们的节日', register: { required: true, photosPerRow: true, photoToleranceDays: 2 } }] } as never);
const REG = '县教育局/Ⅲ—12 我们的节日/活动登记表.xlsx';

function run(files: ExtractedFile[], r = rs): Hit[] {
  return runChecks(registerChecks, unitOf([indicatorOf(r, files)]), ctxOf(r));
}
const reg = (rows: RegisterRow[], over: Partial<RegisterFacts> = {}) => register(rows, over);
const pic = (name: string, capturedAt: string | null) => photo(name, { capturedAt, createdAt: null, modifiedAt: null });
const withPhotos = (r: RegisterRow, photos: string[]) => ({ ...r, photos, photosCell: 'E3' });

describe('the file', () => {
  it('unreadable (io is the core check’s)', () => {
    expect(run([{ ...register([]), error: { code: 'corrupt', detail: 'bad zip' } } as ExtractedFile])).toEqual([
      { ruleId: 'register.unreadable', file: REG, args: { code: 'corrupt' }, evidence: { seen: 'corrupt: bad zip', expected: 'xlsx' } },
    ]);
    // The extractor's sentence is no arg, so in no message, even for a code the catalog has no words for.
    const odd = run([{ ...register([]), error: { code: 'no-workbook-part', detail: 'End of central directory not found' } } as ExtractedFile])[0]!;
    expect(odd.args).toEqual({ code: 'no-workbook-part' });
    expect(renderMessage('register.unreadable', 'zh', odd.args)).not.toContain('End of central');
    expect(renderMessage('register.unreadable', 'en', odd.args)).not.toContain('End of central');
    expect(run([{ ...register([]), error: { code: 'io', detail: 'EIO' } } as ExtractedFile])).toEqual([]);
  });
  it('no header: nothing else is judged', () => {
    expect(run([reg([row('2025-13-01')], { headerFound: false, sheets: ['A', 'B'] })])).toEqual([
      { ruleId: 'register.no-header', file: REG, args: { sheets: ['A', 'B'] }, evidence: { seen: null, expected: '活动名称/活动时间' } },
    ]);
  });
  it('no header in a workbook of many sheets: the first five named, then how many in all', () => {
    const sheets = Array.from({ length: 40 }, (_, i) => `Sheet${i + 1}`);
    const five = run([reg([], { headerFound: false, sheets: sheets.slice(0, 5) })])[0]!;
    expect(five.args).toEqual({ sheets: sheets.slice(0, 5) });
    expect(renderMessage('register.no-header', 'zh', five.args)).toBe('登记表中找不到表头行（工作表：Sheet1、Sheet2、Sheet3、Sheet4、Sheet5）');
    const hit = run([reg([], { headerFound: false, sheets })])[0]!;
    expect(hit.args).toEqual({ sheets: sheets.slice(0, 5), more: 35 });
    expect(renderMessage('register.no-header', 'zh', hit.args)).toBe('登记表中找不到表头行（工作表：Sheet1、Sheet2、Sheet3、Sheet4、Sheet5 等 40 个）');
    expect(renderMessage('register.no-header', 'en', hit.args)).toBe('no header row found in the register (sheets: Sheet1, Sheet2, Sheet3, Sheet4, Sheet5 and 35 more)');
  });
  it('sheets and rows it could not read', () => {
    const h = run([reg([], { unreadSheets: ['汇总'], unreadRows: [{ sheet: 'Sheet1', row: 9, cell: 'C9', text: '备注：略' }] })]);
    expect(h).toEqual([
      { ruleId: 'register.sheet-unread', file: REG, location: { sheet: '汇总' }, args: { sheet: '汇总' }, evidence: { seen: '汇总', expected: '活动名称/活动时间' } },
      { ruleId: 'register.row-unread', file: REG, location: { sheet: 'Sheet1', row: 9, cell: 'C9' }, args: { cell: 'Sheet1!C9', seen: '备注：略' }, evidence: { seen: '备注：略', expected: '活动名称/活动时间' } },
    ]);
  });
  it('a header and no row under it: no activity listed (one row: none; rows it could not read: those findings only)', () => {
    const sheets = (h: Hit[]) => h.filter((x) => x.ruleId === 'register.no-rows');
    expect(sheets(run([reg([], { sheets: ['Sheet1'] })]))).toEqual([
      { ruleId: 'register.no-rows', file: REG, args: { sheets: ['Sheet1'] }, evidence: { seen: 0, expected: 1 } },
    ]);
    expect(sheets(run([reg([row('2025-06-12')], { sheets: ['Sheet1'] })]))).toEqual([]);
    expect(sheets(run([reg([], { unreadRows: [{ sheet: 'Sheet1', row: 9, cell: 'C9', text: '备注：略' }] })]))).toEqual([]);
    expect(sheets(run([reg([], { unreadSheets: ['汇总'] })]))).toEqual([]);
    expect(renderMessage('register.no-rows', 'zh', { sheets: ['Sheet1'] })).toBe('登记表有表头，但表头下没有任何活动记录（工作表：Sheet1）');
    expect(renderMessage('register.no-rows', 'en', { sheets: ['Sheet1'] })).toBe('the register has a header but no activity under it (sheets: Sheet1)');
  });
  it('a .csv quote never closed: a warning at its cell (the rows after it were read); none without', async () => {
    const { registerBoundsCheck } = await import('../../src/checks/register-bounds.js');
    const bounds = (f: ExtractedFile) => runChecks([registerBoundsCheck], unitOf([indicatorOf(rs, [f])]), ctxOf(rs));
    expect(bounds(reg([row('2025-06-12')], { unclosedQuote: { sheet: '登记', cell: 'B2' } }))).toEqual([
      { ruleId: 'register.csv-quote-unclosed', file: REG, location: { sheet: '登记', cell: 'B2' }, args: { cell: 'B2' }, evidence: { seen: 'B2', expected: 'closing quote' } },
    ]);
    expect(bounds(reg([row('2025-06-12')]))).toEqual([]);
    expect(renderMessage('register.csv-quote-unclosed', 'zh', { cell: 'B2' })).toBe('B2 单元格以引号开头但没有闭合，已把它当作普通字符、照常读取后面各行；请核对这一行');
  });
  it('a file of another type is not judged', () => {
    expect(run([{ ...register([]), facts: { type: 'none' } } as ExtractedFile])).toEqual([]);
  });
});

describe('row dates', () => {
  const only = (rows: RegisterRow[], over: Partial<RegisterFacts> = {}) => run([reg(rows, over)]).filter((h) => h.ruleId !== 'register.row-without-photo');
  it('no date column: once per sheet', () => {
    const r = (sheet: string, n: number) => row('2025-06-12', null, { sheet, row: n, dateError: 'no-date-column', date: null });
    expect(only([r('A', 3), r('A', 4), r('B', 3)])).toEqual([
      { ruleId: 'register.no-date-column', file: REG, location: { sheet: 'A' }, args: { sheet: 'A' } },
      { ruleId: 'register.no-date-column', file: REG, location: { sheet: 'B' }, args: { sheet: 'B' } },
    ]);
  });
  it('an invalid date, with and without its cell and text', () => {
    expect(only([row('2025-06-31', null, { date: null, dateError: 'no-such-day', dateText: '2025年6月31日' })])).toEqual([
      { ruleId: 'register.date-invalid', file: REG, location: { sheet: 'Sheet1', row: 3, cell: 'B3' }, args: { cell: 'Sheet1!B3', seen: '2025年6月31日', reason: 'no-such-day' }, evidence: { seen: '2025年6月31日', expected: 'YYYY-MM-DD' } },
    ]);
    expect(only([row('x', null, { date: null, dateCell: undefined, dateText: undefined })])).toEqual([
      { ruleId: 'register.date-invalid', file: REG, location: { sheet: 'Sheet1', row: 3 }, args: { cell: 'Sheet1!第3行', seen: '', reason: 'unrecognised' }, evidence: { seen: null, expected: 'YYYY-MM-DD' } },
    ]);
  });
  it('outside the period: a day, and a span', () => {
    expect(only([row('2024-07-31')])).toEqual([
      { ruleId: 'register.date-outside-period', file: REG, location: { sheet: 'Sheet1', row: 3, cell: 'B3' }, args: { cell: 'Sheet1!B3', seen: '2024-07-31', from: '2024-08-01', to: '2025-07-31' }, evidence: { seen: '2024-07-31', expected: '2024-08-01~2025-07-31' } },
    ]);
    expect(only([row('2025-08-01', '2025-08-03')])[0]).toMatchObject({ args: { seen: '2025-08-01~2025-08-03' }, evidence: { seen: '2025-08-01~2025-08-03' } });
  });
  it('a year-less date says where its year came from', () => {
    const yl = (over: Partial<RegisterRow> = {}) => row('', null, { date: null, dateText: '8月5日', dateYearless: { month: 8, day: 5 }, ...over });
    // from the sheet's title: 2025 → 2025-08-05, after the period
    expect(only([yl()], { yearHints: [{ sheet: 'Sheet1', year: 2025, month: null, cell: 'A1', source: 'title' }] })).toEqual([
      {
        ruleId: 'register.date-outside-period', file: REG, location: { sheet: 'Sheet1', row: 3, cell: 'B3' },
        args: { cell: 'Sheet1!B3', seen: '2025-08-05', from: '2024-08-01', to: '2025-07-31', yearFrom: 'title', typed: '8月5日', yearCell: 'Sheet1!A1' },
        evidence: { seen: '2025-08-05', expected: '2024-08-01~2025-07-31' },
      },
    ]);
    // a hint of another sheet does not apply: the period decides, and puts it inside
    expect(only([yl()], { yearHints: [{ sheet: 'Other', year: 2025, month: null, cell: 'A1', source: 'title' }] })).toEqual([]);
    expect(only([yl({ dateText: undefined })], { yearHints: [{ sheet: 'Sheet1', year: 2023, month: null, cell: 'A2', source: 'filled' }] })[0]!.args).toEqual({
      cell: 'Sheet1!B3', seen: '2023-08-05', from: '2024-08-01', to: '2025-07-31', yearFrom: 'filled', typed: '', yearCell: 'Sheet1!A2',
    });
  });
  it('participants and form', () => {
    expect(only([row('2025-06-12', null, { participantsCell: 'D3', participantsError: 'not-positive', participants: 0 })])).toEqual([
      { ruleId: 'register.participants-invalid', file: REG, location: { sheet: 'Sheet1', row: 3, cell: 'D3' }, args: { cell: 'Sheet1!D3', seen: 0, reason: 'not-positive' }, evidence: { seen: null, expected: '> 0' } },
    ]);
    expect(only([row('2025-06-12', null, { participantsCell: 'D3', participantsError: 'empty', participants: null })])[0]!.args).toEqual({ cell: 'Sheet1!D3', seen: '', reason: 'empty' });
    expect(only([row('2025-06-12', null, { participantsCell: 'D3', participantsError: null })])).toEqual([]);
    expect(only([row('2025-06-12', null, { participantsError: 'empty' })])).toEqual([]);
    expect(only([row('2025-06-12', null, { formCell: 'F3', form: '混合', online: null })])).toEqual([
      { ruleId: 'register.form-unknown', file: REG, location: { sheet: 'Sheet1', row: 3, cell: 'F3' }, args: { cell: 'Sheet1!F3', seen: '混合' }, evidence: { seen: '混合', expected: '线上/线下' } },
    ]);
    expect(only([row('2025-06-12', null, { formCell: 'F3', form: undefined, online: null })])[0]).toMatchObject({ args: { seen: '' }, evidence: { seen: null } });
    expect(only([row('2025-06-12', null, { formCell: 'F3', form: '线上', online: true })])).toEqual([]);
    expect(only([row('2025-06-12', null, { form: '混合', online: null })])).toEqual([]);
  });
  it('a row without its activity name, at the name column’s cell; none with a name, or where the sheet has no name column', () => {
    expect(only([row('2025-06-12', null, { row: 7, name: null })])).toEqual([
      { ruleId: 'register.name-missing', file: REG, location: { sheet: 'Sheet1', row: 7, cell: 'A7' }, args: { cell: 'Sheet1!A7' }, evidence: { seen: null, expected: '活动名称' } },
    ]);
    expect(only([row('2025-06-12', null, { name: '' })]).map((h) => h.ruleId)).toEqual(['register.name-missing']);
    expect(only([row('2025-06-12', null, { name: '读' })])).toEqual([]);
    expect(only([row('2025-06-12', null, { name: null })], { headers: [{ sheet: 'Sheet1', row: 2, columns: { date: 'B' } }] })).toEqual([]);
    expect(only([row('2025-06-12', null, { name: null, sheet: 'Other' })])).toEqual([]);
    expect(renderMessage('register.name-missing', 'zh', { cell: '登记!B4' })).toBe('工作表“登记”B4 单元格没有填写活动名称');
    expect(renderMessage('register.name-missing', 'en', { cell: '登记!B4' })).toBe('no activity name in cell B4 of sheet "登记"');
  });
  it('a row without its name and without photos is named by its row alone (no empty quotes)', () => {
    expect(renderMessage('register.row-without-photo', 'zh', { row: 6, sheet: '登记', name: '' })).toBe('第 6 行活动没有登记照片（工作表：登记）');
    expect(renderMessage('register.row-without-photo', 'en', { row: 6, sheet: '登记', name: '' })).toBe('the activity on row 6 of sheet 登记 lists no photos');
    expect(renderMessage('register.row-without-photo', 'zh', { row: 6, sheet: '登记', name: '读书会' })).toBe('第 6 行活动“读书会”没有登记照片（工作表：登记）');
    expect(renderMessage('register.row-without-photo', 'en', { row: 6, sheet: '登记', name: '读书会' })).toBe('the activity "读书会" on row 6 of sheet 登记 lists no photos');
  });
  it('an empty count or date says it is not filled in (no empty quotes)', () => {
    expect(renderMessage('register.participants-invalid', 'zh', { cell: '登记!E5', seen: '', reason: 'empty' })).toBe('工作表“登记”E5 单元格没有填写参与人数');
    expect(renderMessage('register.participants-invalid', 'en', { cell: '登记!E5', seen: '', reason: 'empty' })).toBe('no number of participants in cell E5 of sheet "登记"');
    expect(renderMessage('register.participants-invalid', 'zh', { cell: '登记!E5', seen: 0, reason: 'not-positive' })).toBe('工作表“登记”E5 单元格的参与人数“0”不是正数');
    expect(renderMessage('register.date-invalid', 'zh', { cell: '登记!C7', seen: '', reason: 'empty' })).toBe('工作表“登记”C7 单元格没有填写活动日期');
    expect(renderMessage('register.date-invalid', 'zh', { cell: '登记!C7', seen: '下旬', reason: 'unrecognised' })).toBe('工作表“登记”C7 单元格的活动日期“下旬”无法识别为日期');
  });
});

describe('photos', () => {
  it('a row without photos where the indicator asks for them', () => {
    expect(run([reg([row('2025-06-12', null, { name: null, photosCell: 'E3' })])]).filter((h) => h.ruleId !== 'register.name-missing')).toEqual([
      { ruleId: 'register.row-without-photo', file: REG, location: { sheet: 'Sheet1', row: 3, cell: 'E3' }, args: { row: 3, sheet: 'Sheet1', name: '' }, evidence: { seen: 0, expected: 1 } },
    ]);
    const off = rules({ indicators: [{ code: 'III-12', name: '我们的节日', register: { photosPerRow: false } }] } as never);
    expect(run([reg([row('2025-06-12')])], off)).toEqual([]);
  });
  it('a listed photo that is not in the folder', () => {
    expect(run([reg([withPhotos(row('2025-06-12'), ['不存在.jpg'])])])).toEqual([
      { ruleId: 'register.photo-missing', file: REG, location: { sheet: 'Sheet1', row: 3, cell: 'E3' }, args: { cell: 'Sheet1!E3', seen: '不存在.jpg' }, evidence: { seen: '不存在.jpg', expected: 'file in the indicator folder' } },
    ]);
  });
  it('a photo taken off the row’s date, in full, for a day and for a span', () => {
    const p = pic('a.jpg', '2025-06-15T09:00:00');
    expect(run([reg([withPhotos(row('2025-06-12'), ['a.jpg'])]), p]).filter((h) => h.ruleId !== 'register.photo-unlisted')).toEqual([
      { ruleId: 'register.photo-date-mismatch', file: p.path, location: { sheet: 'Sheet1', row: 3, cell: 'B3' }, args: { photo: 'a.jpg', seen: '2025-06-15', from: '2025-06-12', to: null, cell: 'Sheet1!B3', days: 2 }, evidence: { seen: '2025-06-15', expected: '2025-06-12' } },
    ]);
    const q = pic('b.jpg', '2025-06-01T09:00:00');
    expect(run([reg([withPhotos(row('2025-06-04', '2025-06-06'), ['b.jpg'])]), q])).toEqual([
      { ruleId: 'register.photo-date-mismatch', file: q.path, location: { sheet: 'Sheet1', row: 3, cell: 'B3' }, args: { photo: 'b.jpg', seen: '2025-06-01', from: '2025-06-04', to: '2025-06-06', cell: 'Sheet1!B3', days: 2 }, evidence: { seen: '2025-06-01', expected: '2025-06-04~2025-06-06' } },
    ]);
    expect(run([reg([withPhotos(row('2025-06-04', '2025-06-06'), ['b.jpg'])]), pic('b.jpg', '2025-06-08T23:00:00')])).toEqual([]);
  });
  it('a photo without a capture day, or a row without a date, is not compared', () => {
    expect(run([reg([withPhotos(row('2025-06-12'), ['a.jpg'])]), pic('a.jpg', null)])).toEqual([]);
    expect(run([reg([withPhotos(row('x', null, { date: null, dateError: 'no-date-column' }), ['a.jpg'])]), pic('a.jpg', '2020-01-01T00:00:00')]).map((h) => h.ruleId)).toEqual(['register.no-date-column']);
  });
  it('photos no row lists, only when a register lists photos at all', () => {
    const listed = pic('a.jpg', '2025-06-12T09:00:00');
    const other = pic('b.jpg', '2025-06-12T09:00:00');
    expect(run([reg([withPhotos(row('2025-06-12'), ['a.jpg'])]), listed, other])).toEqual([
      { ruleId: 'register.photo-unlisted', file: other.path, args: { photo: 'b.jpg' }, evidence: { seen: 'b.jpg', expected: null } },
    ]);
    const noPhotoColumn = reg([row('2025-06-12')], { headers: [{ sheet: 'Sheet1', row: 2, columns: { name: 'A', date: 'B' } }] });
    expect(run([noPhotoColumn, other]).filter((h) => h.ruleId === 'register.photo-unlisted')).toEqual([]);
    // A photos column that names no file (照片编号 holding serial numbers 1, 2 …, or 3张 counts: no
    // names in the facts) lists no photos: its folder's photos are not each "not listed".
    expect(run([reg([row('2025-06-12'), row('2025-06-13')]), other]).filter((h) => h.ruleId === 'register.photo-unlisted')).toEqual([]);
    const broken = { ...reg([withPhotos(row('2025-06-12'), ['a.jpg'])]), error: { code: 'corrupt', detail: '' } } as ExtractedFile;
    expect(run([broken, other]).filter((h) => h.ruleId === 'register.photo-unlisted')).toEqual([]);
    expect(run([reg([withPhotos(row('2025-06-12'), ['A.JPG'])], {}), listed]).filter((h) => h.ruleId === 'register.photo-unlisted')).toEqual([]);
    expect(run([reg([withPhotos(row('2025-06-12'), ['a'])], {}), listed]).filter((h) => h.ruleId === 'register.photo-unlisted')).toEqual([]);
  });
  it('a register outside any indicator: its rows only', () => {
    const r = reg([withPhotos(row('2025-06-12'), ['不存在.jpg'])]);
    expect(runChecks(registerChecks, unitOf([], { rootFiles: [r], files: [r] }), ctxOf(rs))).toEqual([]);
  });
});
