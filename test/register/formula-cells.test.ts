/**
 * A formula cell whose result was never saved (exceljs without `result`, a generator that never
 * calculated: `<c><f>…</f></c>`, no `<v>`) is unreadable, not blank (issue 11 item 4: no row may be
 * dropped or misread silently): one register.cell-unreadable a row, naming its cells, and none of
 * the row's findings that would read those cells as blank (date invalid, participants, name).
 * A formula with its value saved, and one that calculated to an empty string, read as before.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { extractRegister } from '../../src/extract/register.js';
import { registerChecks } from '../../src/checks/register.js';
import type { ExtractedFile } from '../../src/types.js';
import { minimalXlsx, sheetXml } from '../../fixtures/build/xlsx-raw.js';
import { writeFixture } from './helpers.js';
import { tempDir } from '../helpers/temp.js';
import { ruleSet, indicator, run } from './model.js';
import fs from 'node:fs';
import path from 'node:path';
import { runBin, writeFile } from '../cli/helpers.js';

const period = { start: '2025-01-01', end: '2025-12-31' };
const rules = ruleSet(period);
const dir = tempDir('lc-formula-cells-'); // removed when the file ends (test/helpers/temp.ts)

type Value = ExcelJS.CellValue;
/** A register written by exceljs: header row, then rows of values (a formula without result stays uncalculated). */
async function exceljsRegister(name: string, rows: Value[][]): Promise<ExtractedFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('活动登记');
  ws.addRow(['序号', '活动名称', '活动时间', '活动地点', '参与人数']);
  for (const r of rows) ws.addRow(r);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const f = await writeFixture(dir, name, buf);
  const r = await extractRegister(f);
  expect(r.error).toBeNull();
  return { ...f, facts: r.facts, error: r.error };
}

const findings = (f: ExtractedFile) => run(registerChecks, indicator(rules, 'III-12', [f]), rules);
const facts = (f: ExtractedFile) => {
  if (f.facts.type !== 'register') throw new Error('not a register');
  return f.facts;
};

describe('formula cells without a saved value', () => {
  it('a date and a count computed but never calculated: the row is told with its cells, not misread as blank', async () => {
    const reg = await exceljsRegister('公式.xlsx', [
      [1, '端午诗会', { formula: 'DATE(2025,5,31)' } as Value, '文化馆', { formula: 'SUM(20,30)' } as Value],
      [2, '包粽子比赛', new Date(Date.UTC(2025, 4, 30)), '城关社区', 45],
    ]);
    expect(facts(reg).unreadCells).toEqual([{ sheet: '活动登记', row: 2, cell: 'C2', cells: ['C2', 'E2'], reason: 'formula-without-value' }]);
    // The row itself is still there (its name and place are read).
    expect(facts(reg).rows.map((r) => r.name)).toEqual(['端午诗会', '包粽子比赛']);
    const hits = findings(reg);
    expect(hits.map((h) => h.ruleId)).toEqual(['register.cell-unreadable']);
    expect(hits[0]).toMatchObject({ location: { sheet: '活动登记', row: 2, cell: 'C2' }, args: { cell: '活动登记!C2', cells: 2, reason: 'formula-without-value' } });
    expect(hits[0]!.zh).toContain('是公式，但文件中没有保存计算结果');
    expect(hits[0]!.en).toMatch(/and 1 more cell\(s\) of its row: a formula whose result was never saved/);
  });

  it('a row of formulas only (name and date) is told, never dropped', async () => {
    const reg = await exceljsRegister('整行公式.xlsx', [[null, { formula: '"重阳敬老"' } as Value, { formula: 'DATE(2025,10,29)' } as Value]]);
    expect(facts(reg).rows).toEqual([]);
    expect(findings(reg).map((h) => [h.ruleId, h.args?.cell, h.args?.cells])).toEqual([
      ['register.cell-unreadable', '活动登记!B2', 2],
      ['register.no-rows', undefined, undefined],
    ]);
  });

  it('a template\'s 序号 formulas in otherwise empty rows are nothing to check', async () => {
    const reg = await exceljsRegister('模板.xlsx', [
      [1, '端午诗会', new Date(Date.UTC(2025, 4, 31)), '文化馆', 40],
      [{ formula: 'ROW()-1' } as Value],
      [{ formula: 'ROW()-1' } as Value],
    ]);
    expect(facts(reg).unreadCells).toBeUndefined();
    expect(findings(reg)).toEqual([]);
  });

  it('final-review17: a 序号 / 备注 formula on filled rows (=ROW()-1 in a generated register) is never read: nothing told; a date formula beside it is', async () => {
    const reg = await exceljsRegister('序号公式.xlsx', [
      [{ formula: 'ROW()-1' } as Value, '端午诗会', new Date(Date.UTC(2025, 4, 31)), '文化馆', 40],
      [{ formula: 'ROW()-1' } as Value, '包粽子比赛', { formula: 'DATE(2025,5,30)' } as Value, '城关社区', 45],
    ]);
    expect(facts(reg).unreadCells).toEqual([{ sheet: '活动登记', row: 3, cell: 'C3', cells: ['C3'], reason: 'formula-without-value' }]);
    expect(findings(reg).map((h) => `${h.ruleId} ${h.args?.cell ?? ''}`)).toEqual(['register.cell-unreadable 活动登记!C3']);
  });

  it('boundary: a formula with its value saved is read; one calculated to an empty string is blank', async () => {
    const saved = await exceljsRegister('已计算.xlsx', [[1, '端午诗会', { formula: 'DATE(2025,5,31)', result: new Date(Date.UTC(2025, 4, 31)) } as Value, '文化馆', { formula: 'SUM(20,30)', result: 50 } as Value]]);
    expect(facts(saved).unreadCells).toBeUndefined();
    expect(facts(saved).rows[0]).toMatchObject({ date: '2025-05-31', participants: 50 });
    // <v></v> and <v/>: the formula was calculated and gave nothing.
    const cells = '<c r="A1" t="inlineStr"><is><t>活动名称</t></is></c><c r="B1" t="inlineStr"><is><t>活动时间</t></is></c><c r="C1" t="inlineStr"><is><t>参与人数</t></is></c>';
    const row2 = '<c r="A2" t="inlineStr"><is><t>端午诗会</t></is></c><c r="B2" t="str"><f>TEXT(A9,"yyyy-mm-dd")</f><v></v></c><c r="C2"><f>SUM(C9:C10)</f><v/></c>';
    const row3 = '<c r="A3" t="inlineStr"><is><t>包粽子</t></is></c><c r="B3"><f t="shared" si="0"/></c><c r="C3"><v>30</v></c>';
    const sheet = sheetXml([]).replace('<sheetData></sheetData>', `<sheetData><row r="1">${cells}</row><row r="2">${row2}</row><row r="3">${row3}</row></sheetData>`);
    const f = await writeFixture(dir, 'raw.xlsx', minimalXlsx({ sheet }));
    const r = await extractRegister(f);
    expect(r.error).toBeNull();
    const reg = { ...f, facts: r.facts, error: r.error };
    // Row 2's formulas were calculated (blank); row 3's shared formula never was.
    expect(facts(reg).unreadCells).toEqual([{ sheet: '活动登记', row: 3, cell: 'B3', cells: ['B3'], reason: 'formula-without-value' }]);
    const ids = findings(reg).map((h) => `${h.ruleId} ${h.args?.cell ?? ''}`);
    expect(ids).toContain('register.cell-unreadable 活动登记!B3');
    expect(ids).toContain('register.date-invalid 活动登记!B2'); // a calculated blank is a blank date
    expect(ids.filter((i) => i.includes('B3'))).toEqual(['register.cell-unreadable 活动登记!B3']);
  });
});

describe('many rows of formulas without saved values: one finding a sheet (session 18)', () => {
  /** n rows of a generated register whose dates (and, with `count`, participants) were never calculated. */
  const generated = (n: number, count = false): Value[][] =>
    Array.from({ length: n }, (_, i) => [i + 1, `活动${i + 1}`, { formula: `DATE(2025,5,${(i % 28) + 1})` } as Value, '文化馆', count ? ({ formula: 'SUM(20,30)' } as Value) : 40]);

  it('300 rows: one register.cell-unreadable with the counts, the columns and the first cells; every cell in the location', async () => {
    const reg = await exceljsRegister('三百行.xlsx', generated(300, true));
    expect(facts(reg).unreadCells).toHaveLength(300);
    const hits = findings(reg);
    expect(hits.map((h) => h.ruleId)).toEqual(['register.cell-unreadable']);
    const cells = Array.from({ length: 300 }, (_, i) => [`C${i + 2}`, `E${i + 2}`]).flat();
    expect(hits[0]).toMatchObject({
      location: { sheet: '活动登记', row: 2, cell: 'C2', cells },
      args: { cell: '活动登记!C2', sheet: '活动登记', cells: 600, rows: 300, columns: ['C', 'E'], first: ['C2', 'E2', 'C3', 'E3', 'C4'], reason: 'formula-without-value' },
      evidence: { seen: '活动登记!C2、活动登记!E2、活动登记!C3、活动登记!E3、活动登记!C4…' },
    });
    expect(hits[0]!.zh).toBe('登记表工作表“活动登记”有 300 行共 600 个单元格（C、E 列：C2、E2、C3、E3、C4 等）是公式，但文件中没有保存计算结果（生成表格的程序没有计算过），无法读取，这些行的这些内容没有被核对');
    expect(hits[0]!.en).toBe('600 cells in 300 rows of sheet "活动登记" (columns C, E: C2, E2, C3, E3, C4 …) are formulas whose results were never saved in the file (the program that wrote it never calculated them); they cannot be read, so they were not checked');
  });

  it('boundary: two rows are grouped (every cell named, no 等); one row keeps the row\'s own message', async () => {
    const two = findings(await exceljsRegister('两行.xlsx', generated(2)));
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ location: { cell: 'C2', cells: ['C2', 'C3'] }, args: { cells: 2, rows: 2, columns: ['C'], first: ['C2', 'C3'] } });
    expect(two[0]!.zh).toContain('（C 列：C2、C3）');
    expect(two[0]!.en).toContain('(column C: C2, C3)');
    const one = findings(await exceljsRegister('一行.xlsx', generated(1)));
    expect(one).toHaveLength(1);
    expect(one[0]!.location).toEqual({ sheet: '活动登记', row: 2, cell: 'C2' });
    expect(one[0]!.args).toEqual({ cell: '活动登记!C2', cells: 1, reason: 'formula-without-value' });
  });

  it('boundary: five cells are all named (no 等), six are five and 等', async () => {
    const five = findings(await exceljsRegister('五格.xlsx', generated(5)))[0]!;
    expect(five.zh).toContain('（C 列：C2、C3、C4、C5、C6）');
    const six = findings(await exceljsRegister('六格.xlsx', generated(6)))[0]!;
    expect(six.zh).toContain('（C 列：C2、C3、C4、C5、C6 等）');
    expect(six.location?.cells).toHaveLength(6);
  });

  it('two sheets: one finding each', async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ['上半年', '下半年']) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['序号', '活动名称', '活动时间', '活动地点', '参与人数']);
      for (const r of generated(3)) ws.addRow(r);
    }
    const f = await writeFixture(dir, '两表.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await extractRegister(f);
    const hits = findings({ ...f, facts: r.facts, error: r.error });
    expect(hits.map((h) => [h.ruleId, h.args?.sheet, h.args?.rows])).toEqual([
      ['register.cell-unreadable', '上半年', 3],
      ['register.cell-unreadable', '下半年', 3],
    ]);
  });
});

describe('the grouped finding in the outputs', () => {
  it('JSON and SARIF keep every cell in the location; the screen says it once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('活动登记');
    ws.addRow(['序号', '活动名称', '活动时间', '活动地点', '参与人数']);
    for (let i = 0; i < 300; i++) ws.addRow([i + 1, `活动${i + 1}`, { formula: 'DATE(2025,5,31)' }, '文化馆', 40]);
    const unit = path.join(dir, '县教育局');
    writeFile(unit, 'Ⅲ—12 我们的节日/活动登记表.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const out = path.join(dir, 'out');
    fs.mkdirSync(out, { recursive: true });
    const r = runBin([unit, '--as-of', '2026-10-20', '--no-ocr', '--no-cache', '--no-progress', '--lang', 'zh', '-f', `json:${out}/r.json`, '-f', `sarif:${out}/r.sarif`, '-f', `pretty:${out}/r.txt`]);
    expect(r.stderr).toBe('');
    const json = JSON.parse(fs.readFileSync(path.join(out, 'r.json'), 'utf8')) as { findings: { ruleId: string; location?: { cells?: string[] } }[] };
    const mine = json.findings.filter((f) => f.ruleId === 'register.cell-unreadable');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.location!.cells).toHaveLength(300);
    const sarif = JSON.parse(fs.readFileSync(path.join(out, 'r.sarif'), 'utf8'));
    const results = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'register.cell-unreadable');
    expect(results).toHaveLength(1);
    expect(results[0].properties.location.cells).toHaveLength(300);
    const text = fs.readFileSync(path.join(out, 'r.txt'), 'utf8');
    expect(text.match(/是公式，但文件中没有保存计算结果/g)).toHaveLength(1);
  });
});
