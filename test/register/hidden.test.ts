/**
 * Hidden sheets and rows of a register: a reviewer opening the workbook cannot see them. They were
 * counted as activities (a register could meet its count with rows nobody can check); since
 * hostile19 the extractor reads only what is seen, records what is hidden (facts.hidden) and
 * register.hidden-rows warns once per register that it was left out. Fixtures are written by exceljs.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import { extractRegister } from '../../src/extract/register.js';
import { registerHiddenCheck } from '../../src/checks/register-hidden.js';
import { renderMessage } from '../../src/messages/index.js';
import type { ExtractedFile } from '../../src/types.js';
import { tempDir, writeFixture } from './helpers.js';

const HEADER = ['序号', '活动名称', '活动时间', '活动地点', '参与人数', '形式'];
type Spec = { name: string; state?: 'visible' | 'hidden' | 'veryHidden'; hiddenRows?: number[]; hiddenColumns?: number[]; rows: number };

/** A register of the given sheets: a header, then `rows` activities; hiddenRows are 0-based data-row indexes, hiddenColumns 1-based. */
async function workbook(sheets: Spec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(HEADER);
    for (let i = 0; i < s.rows; i++) {
      const row = ws.addRow([i + 1, `${s.name}活动${i + 1}`, `2025-06-${String(i + 1).padStart(2, '0')}`, '文化广场', 20, '线下']);
      if (s.hiddenRows?.includes(i)) row.hidden = true;
    }
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    if (s.state) ws.state = s.state;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function read(name: string, sheets: Spec[]): Promise<ExtractedFile> {
  const f = await writeFixture(dir, name, await workbook(sheets));
  const r = await extractRegister(f);
  expect(r.error).toBeNull();
  return { ...f, facts: r.facts, error: r.error };
}

function findings(file: ExtractedFile) {
  const out: { id: string; args: Record<string, unknown> | undefined; location: unknown }[] = [];
  if (registerHiddenCheck.scope !== 'file') throw new Error('a file check');
  registerHiddenCheck.run(file, null, {} as never, {} as never, (id, at) => out.push({ id, args: at?.args, location: at?.location }));
  return out;
}

const facts = (f: ExtractedFile) => (f.facts.type === 'register' ? f.facts : null)!;

describe('hidden sheets and rows of a register', () => {
  it('nothing hidden: no facts.hidden, no finding', async () => {
    const f = await read('none.xlsx', [{ name: '活动登记', rows: 3 }]);
    expect(facts(f).rows).toHaveLength(3);
    expect(facts(f).hidden).toBeUndefined();
    expect(findings(f)).toEqual([]);
  });

  it('one hidden row: not read, not counted, one warning with count 1', async () => {
    const f = await read('one-row.xlsx', [{ name: '活动登记', rows: 3, hiddenRows: [1] }]);
    expect(facts(f).rows.map((r) => r.name)).toEqual(['活动登记活动1', '活动登记活动3']);
    expect(facts(f).hidden).toEqual([{ sheet: '活动登记', state: 'visible', rows: 1, columns: 0, how: ['row'] }]);
    const out = findings(f);
    expect(out).toEqual([{ id: 'register.hidden-rows', args: { sheets: ['活动登记'], rows: 1, hiddenBy: ['row'] }, location: { sheet: '活动登记' } }]);
    expect(renderMessage('register.hidden-rows', 'zh', out[0]!.args as never)).toBe(
      '登记表中有 1 行活动在 Excel/WPS 中看不到，未计入活动和节日统计（工作表：活动登记；原因：隐藏的行）',
    );
    expect(renderMessage('register.hidden-rows', 'en', out[0]!.args as never)).toBe(
      '1 register row cannot be seen in Excel/WPS and is left out of the activity and festival totals (sheets: 活动登记; by hidden rows)',
    );
  });

  it('a hidden sheet: none of its rows is read', async () => {
    const f = await read('sheet.xlsx', [
      { name: '活动登记', rows: 2 },
      { name: '补录', rows: 4, state: 'hidden' },
    ]);
    expect(facts(f).rows).toHaveLength(2);
    expect(facts(f).hidden).toEqual([{ sheet: '补录', state: 'hidden', rows: 4, columns: 0, how: ['sheet'] }]);
    expect(findings(f)).toEqual([
      { id: 'register.hidden-rows', args: { sheets: ['补录'], rows: 4, hiddenSheets: ['补录'], hiddenBy: ['sheet'] }, location: { sheet: '补录' } },
    ]);
  });

  it('a veryHidden sheet and hidden rows in another: one warning for the register', async () => {
    const f = await read('very.xlsx', [
      { name: '活动登记', rows: 5, hiddenRows: [0, 4] },
      { name: '深藏', rows: 3, state: 'veryHidden' },
    ]);
    expect(facts(f).rows).toHaveLength(3);
    expect(facts(f).hidden).toEqual([
      { sheet: '活动登记', state: 'visible', rows: 2, columns: 0, how: ['row'] },
      { sheet: '深藏', state: 'veryHidden', rows: 3, columns: 0, how: ['sheet'] },
    ]);
    const out = findings(f);
    expect(out).toEqual([
      { id: 'register.hidden-rows', args: { sheets: ['活动登记', '深藏'], rows: 5, hiddenSheets: ['深藏'], hiddenBy: ['row', 'sheet'] }, location: undefined },
    ]);
    expect(renderMessage('register.hidden-rows', 'zh', out[0]!.args as never)).toContain('隐藏的工作表：深藏');
  });

  it('a hidden column the header reads: its cells are not read, the column and its cells are named', async () => {
    const f = await read('column.xlsx', [{ name: '活动登记', rows: 2, hiddenColumns: [5] }]);
    expect(facts(f).rows.map((r) => r.participants)).toEqual([null, null]);
    expect(facts(f).hidden).toEqual([{ sheet: '活动登记', state: 'visible', rows: 0, columns: 1, cells: 2, how: ['column'] }]);
    expect(findings(f)[0]!.args).toEqual({ sheets: ['活动登记'], rows: 0, columns: 1, cells: 2, hiddenBy: ['column'] });
    // Cells and columns alone are named as such, never as "0 行活动".
    const args = findings(f)[0]!.args as never;
    expect(renderMessage('register.hidden-rows', 'zh', args)).toBe('登记表中有 2 个单元格的内容在 Excel/WPS 中看不到，未读取（工作表：活动登记；1 个被读取的列已隐藏；原因：隐藏的列）');
    expect(renderMessage('register.hidden-rows', 'en', args)).toBe('2 register cells cannot be seen in Excel/WPS and are not read (sheets: 活动登记; 1 column read is hidden; by hidden columns)');
  });

  it('a hidden sheet with no activity under its header says nothing', async () => {
    const f = await read('empty-hidden.xlsx', [
      { name: '活动登记', rows: 2 },
      { name: '模板', rows: 0, state: 'hidden' },
    ]);
    expect(facts(f).hidden).toEqual([{ sheet: '模板', state: 'hidden', rows: 0, columns: 0, how: ['sheet'] }]);
    expect(findings(f)).toEqual([]);
  });
});

describe('hidden marks stay within the reading caps', () => {
  it('hidden columns only within the column cap; hidden rows only where a cell is read', async () => {
    const { readSheetXml } = await import('../../src/extract/xlsx-read.js');
    const cols = '<col min="1" max="16384" hidden="1"/>'.repeat(1000);
    const xml = `<worksheet><cols>${cols}</cols><sheetData><row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row><row r="9" hidden="1"/><row r="70000" hidden="1"><c r="A70000"><v>1</v></c></row></sheetData></worksheet>`;
    const ctx = { strings: [], dateXf: new Map<number, number>(), date1904: false };
    const { sheet } = readSheetXml('s', xml, ctx, { rows: 100, columns: 8, cells: 100 });
    expect(sheet.hiddenColumns).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sheet.hiddenRows).toEqual([1]);
  });
});
