/**
 * hostile19: register content a reviewer opening the workbook cannot see, which no `hidden` mark
 * tells — a row of zero height, a column of zero width, a `;;;` number format, white text on no
 * fill, text of its fill's colour — was read and counted as activities held. Now only what is seen
 * is read (xlsx-read.ts marks, register.ts seenSheet) and register.hidden-rows says what was left
 * out and how. Boundary rows: a row 0.74 / 0.75 pt high, a column 0.14 / 0.15 wide, text 0x10 /
 * 0x11 from its fill. Ordinary rows stay read: a white header on a dark fill, black text on a grey
 * fill, a format with a text section, `0;-0;;@` (zero hidden, text shown), default heights and widths.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import { formatSections } from '../../src/extract/register-styles.js';
import { readSheetXml } from '../../src/extract/xlsx-read.js';
import { registerHiddenCheck } from '../../src/checks/register-hidden.js';
import { renderMessage } from '../../src/messages/index.js';
import type { ExtractedFile } from '../../src/types.js';
import { tempDir } from './helpers.js';
import { eachCell, readEdited, type Edit } from './hidden-register.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

let k = 0;
const read = (edit: Edit, sheetXml?: (xml: string) => string): Promise<ExtractedFile> =>
  readEdited(dir, `r${k++}.xlsx`, edit, { 'xl/worksheets/sheet1.xml': sheetXml });
const facts = (f: ExtractedFile) => (f.facts.type === 'register' ? f.facts : null)!;
function findings(file: ExtractedFile) {
  const out: { id: string; args: Record<string, unknown> | undefined }[] = [];
  if (registerHiddenCheck.scope !== 'file') throw new Error('a file check');
  registerHiddenCheck.run(file, null, {} as never, {} as never, (id, at) => out.push({ id, args: at?.args }));
  return out;
}
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

describe('a register row nobody can see is not counted', () => {
  it.each([
    ['a row of zero height (not marked hidden)', (ws: ExcelJS.Worksheet) => (ws.getRow(3).height = 0.5), ['low-row'], (x: string) => {
        expect(x).toContain('ht="0.5"');
        return x.replace('ht="0.5"', 'ht="0"');
      }],
    ['boundary: a row 0.74 pt high', (ws: ExcelJS.Worksheet) => (ws.getRow(3).height = 0.74), ['low-row']],
    ['a row all in white on no fill', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => (c.font = { color: { argb: 'FFFFFFFF' } })), ['white']],
    ['a row formatted ;;;', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => (c.numFmt = ';;;')), ['format']],
    ['a row in its fill\'s colour (boundary: 0x10 apart)', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => ((c.font = { color: { argb: 'FF101010' } }), (c.fill = solid('FF000000')))), ['same-colour']],
  ] as [string, Edit, string[], ((x: string) => string)?][])('%s: two activities read, one told', async (_n, edit, how, post) => {
    const f = await read(edit, post);
    expect(facts(f).rows.map((r) => r.name)).toEqual(['志愿服务活动1', '志愿服务活动3']);
    expect(facts(f).hidden?.[0]).toMatchObject({ sheet: '活动登记', rows: 1, how });
    const out = findings(f);
    expect(out).toHaveLength(1);
    expect(out[0]!.args).toMatchObject({ rows: 1, hiddenBy: how });
  });

  it('a column of zero width holding the names: the names are not read, the cells told', async () => {
    const f = await read((ws) => (ws.getColumn(2).width = 0.14));
    expect(facts(f).rows.map((r) => r.name)).toEqual([null, null, null]);
    expect(facts(f).hidden).toEqual([{ sheet: '活动登记', state: 'visible', rows: 0, columns: 1, cells: 3, how: ['narrow-column'] }]);
    expect(renderMessage('register.hidden-rows', 'zh', findings(f)[0]!.args as never)).toBe(
      '登记表中有 3 个单元格的内容在 Excel/WPS 中看不到，未读取（工作表：活动登记；1 个被读取的列已隐藏；原因：宽度为 0 的列）',
    );
  });

  it('one white cell (the count) in a row shown: the row is read without it', async () => {
    const f = await read((ws) => (ws.getRow(3).getCell(5).font = { color: { argb: 'FFFFFFFF' } }));
    expect(facts(f).rows.map((r) => r.participants)).toEqual([20, null, 20]);
    expect(facts(f).hidden).toEqual([{ sheet: '活动登记', state: 'visible', rows: 0, columns: 0, cells: 1, how: ['white'] }]);
    const args = findings(f)[0]!.args as never;
    expect(renderMessage('register.hidden-rows', 'en', args)).toBe('1 register cell cannot be seen in Excel/WPS and is not read (sheets: 活动登记; by white text)');
  });
});

describe('what a reader sees stays read', () => {
  it.each([
    ['boundary: a row 0.75 pt high', (ws: ExcelJS.Worksheet) => (ws.getRow(3).height = 0.75)],
    ['a row of ordinary height', (ws: ExcelJS.Worksheet) => (ws.getRow(3).height = 20)],
    ['boundary: a column 0.15 wide', (ws: ExcelJS.Worksheet) => (ws.getColumn(2).width = 0.15)],
    ['a white header on a dark blue fill', (ws: ExcelJS.Worksheet) => eachCell(ws, 1, (c) => ((c.font = { color: { argb: 'FFFFFFFF' } }), (c.fill = solid('FF1F3864'))))],
    ['white text on a dark fill in a row', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => ((c.font = { color: { argb: 'FFFFFFFF' } }), (c.fill = solid('FF1F3864'))))],
    ['black text on a grey fill', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => ((c.font = { color: { argb: 'FF000000' } }), (c.fill = solid('FFD9D9D9'))))],
    ['boundary: 0x11 from its fill', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => ((c.font = { color: { argb: 'FF111111' } }), (c.fill = solid('FF000000'))))],
    ['0;-0;;@ (zero hidden, text shown)', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => (c.numFmt = '0;-0;;@'))],
    ['a format with colours and a text section', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => (c.numFmt = '[Blue]0;[Red]-0;0;[Green]@'))],
    ['a theme text colour (dk1)', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => (c.font = { color: { theme: 1 } }))],
    // final-review19: a bracketed elapsed-time code shows the value (it was stripped as a colour or condition).
    ['an elapsed-time format [h]', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => (c.numFmt = '[h]'))],
    ['an elapsed-time format [mm] with a colour', (ws: ExcelJS.Worksheet) => eachCell(ws, 3, (c) => (c.numFmt = '[Blue][mm]'))],
  ] as [string, Edit][])('%s: every activity read, nothing told', async (_n, edit) => {
    const f = await read(edit);
    expect(facts(f).rows.map((r) => r.name)).toEqual(['志愿服务活动1', '志愿服务活动2', '志愿服务活动3']);
    expect(facts(f).rows.map((r) => r.participants)).toEqual([20, 20, 20]);
    expect(facts(f).hidden).toBeUndefined();
    expect(findings(f)).toEqual([]);
  });
});

describe('the pieces', () => {
  it('format sections split outside quotes, brackets and escapes', () => {
    expect(formatSections(';;;')).toEqual(['', '', '', '']);
    expect(formatSections('0.0"元;个";[Red]-0;\\;;@')).toEqual(['0.0"元;个"', '[Red]-0', '\\;', '@']);
  });
  it('hidden cells are marked only where a cell is placed (within the cell cap)', async () => {
    const { cellLooks } = await import('../../src/extract/register-styles.js');
    const looks = cellLooks('<styleSheet><numFmts><numFmt numFmtId="200" formatCode=";;;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="200"/></cellXfs></styleSheet>');
    const cells = Array.from({ length: 500 }, (_, i) => `<c r="A${i + 1}" s="1"><v>${i}</v></c>`).join('');
    const { sheet } = readSheetXml('s', `<worksheet><sheetData>${cells}</sheetData></worksheet>`, { strings: [], dateXf: new Map(), date1904: false, looks }, { rows: 1000, columns: 8, cells: 100 });
    expect(sheet.hiddenCells).toHaveLength(100);
    expect(sheet.hiddenCells?.[0]).toEqual({ row: 0, column: 0, how: 'format' });
  });
  it('a zero-height row marked in a sheet read within the caps; the mark needs a cell read', () => {
    const xml = '<worksheet><cols><col min="2" max="2" width="0"/></cols><sheetData><row r="2" ht="0" customHeight="1"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row><row r="3" ht="0"/></sheetData></worksheet>';
    const { sheet } = readSheetXml('s', xml, { strings: [], dateXf: new Map(), date1904: false }, { rows: 100, columns: 8, cells: 100 });
    expect(sheet.hiddenRows).toEqual([1]);
    expect(sheet.lowRows).toEqual([1]);
    expect(sheet.hiddenColumns).toEqual([1]);
    expect(sheet.narrowColumns).toEqual([1]);
  });
});
