/** .xlsx read from its XML: only existing cells, caps on rows/columns/cells that become a finding. */
import { describe, expect, it } from 'vitest';
import { readSheetXml, readXlsx, parseRef, sharedStrings, type SheetCaps } from '../../src/extract/xlsx-read.js';
import { readXlsxGrid } from '../../src/extract/register-grid.js';
import { extractRegister } from '../../src/extract/register.js';
import { registerBoundsCheck } from '../../src/checks/register-bounds.js';
import { minimalXlsx, sheetXml, type RawCell } from '../../fixtures/build/xlsx-raw.js';
import { makeRegisterXlsx } from '../../fixtures/build/xlsx.js';
import { tempDir, writeFixture } from '../register/helpers.js';
import type { ExtractedFile } from '../../src/types.js';

const HEADER: RawCell[] = [['A1', '活动名称'], ['B1', '活动时间'], ['C1', '活动地点']];
const ROW: RawCell[] = [['A2', '端午包粽子'], ['B2', '2025-05-30'], ['C2', '城关小学']];
const ctx = { strings: [], dateXf: new Map<number, number>(), date1904: false };
const caps: SheetCaps = { rows: 3, columns: 3, cells: 6 };

function emitted(file: ExtractedFile) {
  const out: { id: string; args: unknown; location: unknown }[] = [];
  if (registerBoundsCheck.scope !== 'file') throw new Error();
  registerBoundsCheck.run(file, null, {} as never, {} as never, (id, at) => out.push({ id, args: at?.args, location: at?.location }));
  return out;
}

describe('cell references', () => {
  it('reads A1, ZZ20000 and XFD1048576', () => {
    expect(parseRef('A1')).toEqual([0, 0]);
    expect(parseRef('ZZ20000')).toEqual([19999, 701]);
    expect(parseRef('XFD1048576')).toEqual([1048575, 16383]);
    expect(parseRef('$B$3')).toEqual([2, 1]);
    expect(parseRef('A0')).toBeNull();
    expect(parseRef('1A')).toBeNull();
  });
});

describe('caps: just inside, on and just outside', () => {
  const read = (cells: RawCell[], extra = '') => readSheetXml('S', sheetXml(cells, extra), ctx, caps);
  it('rows: the last row inside the cap is read; the next is reported', () => {
    expect(read([['A3', 'x']]).overflow).toBeNull();
    expect(read([['A3', 'x']]).sheet.rows).toHaveLength(3);
    expect(read([['A4', 'x']]).overflow).toEqual({ sheet: 'S', cell: 'A4', reason: 'rows', limit: 3 });
    expect(read([['A4', 'x']]).sheet.rows).toHaveLength(0);
  });
  it('columns: C is read, D is reported', () => {
    expect(read([['C1', 'x']]).overflow).toBeNull();
    expect(read([['D1', 'x']]).overflow).toEqual({ sheet: 'S', cell: 'D1', reason: 'columns', limit: 3 });
  });
  it('cells: six materialised cells are read, the seventh is reported', () => {
    const six: RawCell[] = [['C1', 'a'], ['C2', 'b']];
    expect(read(six).overflow).toBeNull();
    expect(read(six).sheet.rows.map((r) => r.length)).toEqual([3, 3]);
    const seven: RawCell[] = [...six, ['A3', 'c']];
    expect(read(seven).overflow).toEqual({ sheet: 'S', cell: 'A3', reason: 'cells', limit: 6 });
  });
  it('a merge beyond the caps fills what fits and reports the rest', () => {
    const r = read([['A1', '标题']], '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    expect(r.overflow?.reason).toBe('columns');
    expect(r.sheet.rows[0]!.map((c) => c.master)).toEqual(['A1', 'A1', 'A1']);
    const inside = read([['A1', '标题']], '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>');
    expect(inside.overflow).toBeNull();
    expect(inside.sheet.rows[0]).toEqual([1, 2, 3].map(() => ({ kind: 'text', text: '标题', master: 'A1' })));
  });
  it('a styled empty cell far away creates nothing and is not reported', () => {
    const r = readSheetXml('S', '<worksheet><sheetData><row r="1048576"><c r="XFD1048576" s="3"/></row></sheetData></worksheet>', ctx, caps);
    expect(r.overflow).toBeNull();
    expect(r.sheet.rows).toHaveLength(0);
  });
});

describe('a register with cells at XFD1048576 and ZZ20000', () => {
  const far = minimalXlsx({ cells: [...HEADER, ...ROW, ['ZZ20000', '误'], ['XFD1048576', '误']] });
  it('is tiny, and reads its real rows plus one overflow for the sheet', () => {
    expect(far.length).toBeLessThan(2000);
    const grid = readXlsx(far);
    expect(grid.sheets[0]!.rows).toHaveLength(2);
    expect(grid.sheets[0]!.rows[1]!.map((c) => (c.kind === 'text' ? c.text : c.kind))).toEqual(['端午包粽子', '2025-05-30', '城关小学']);
    expect(grid.overflow).toEqual([{ sheet: '活动登记', cell: 'ZZ20000', reason: 'columns', limit: 256 }]);
  });
  it('becomes register.sheet-too-large at that cell, and its rows are still checked', async () => {
    const dir = await tempDir();
    const f = await writeFixture(dir, '登记表.xlsx', far);
    const r = await extractRegister(f, { period: { start: '2024-08-01', end: '2025-07-31' } });
    expect(r.error).toBeNull();
    if (r.facts.type !== 'register') throw new Error();
    expect(r.facts.rows).toHaveLength(1);
    const hits = emitted({ ...f, facts: r.facts, error: null });
    expect(hits).toEqual([{ id: 'register.sheet-too-large', args: { sheet: '活动登记', cell: 'ZZ20000', reason: 'columns', limit: 256 }, location: { sheet: '活动登记', cell: 'ZZ20000' } }]);
  });
  it('a far row within the columns is reported for rows', () => {
    const grid = readXlsx(minimalXlsx({ cells: [...HEADER, ['A1048576', '误']] }));
    expect(grid.overflow).toEqual([{ sheet: '活动登记', cell: 'A1048576', reason: 'rows', limit: 65536 }]);
  });
});

describe('values as the grid promises', () => {
  it('shared strings without phonetic runs, inline strings, booleans, errors, numbers', () => {
    expect(sharedStrings('<sst><si><t>端午</t></si><si><r><t>包</t></r><r><t>粽子</t></r><rPh><t>ふりがな</t></rPh></si><si/></sst>')).toEqual(['端午', '包粽子', '']);
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1"><v>60</v></c><c r="E1" t="str"><f>A1</f><v>x &amp; y</v></c><c r="F1" t="s"><v>9</v></c></row></sheetData></worksheet>';
    const r = readSheetXml('S', xml, { ...ctx, strings: ['a', '包粽子'] });
    expect(r.sheet.rows[0]).toEqual([
      { kind: 'text', text: '包粽子' },
      { kind: 'text', text: 'TRUE' },
      { kind: 'text', text: '#N/A' },
      { kind: 'number', value: 60, dateFormatted: false },
      { kind: 'text', text: 'x & y' },
    ]);
  });
  it('cells without r attributes follow each other', () => {
    const r = readSheetXml('S', '<worksheet><sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>', ctx);
    expect(r.sheet.rows.map((row) => row.length)).toEqual([2, 1]);
  });
  it('unclosed tags are read in one pass (a regex scan would go quadratic here)', () => {
    const r = readSheetXml('S', `<worksheet><sheetData>${'<row><c><v>1'.repeat(20000)}`, ctx);
    expect(r.sheet.rows.length).toBe(20000);
    expect(r.sheet.rows[19999]).toEqual([{ kind: 'number', value: 1, dateFormatted: false }]);
  });
  it('reads an exceljs-written register the same way as before (dates, merges)', async () => {
    const buf = await makeRegisterXlsx({
      sheets: [{ name: '节日活动', title: ['登记表'], header: ['活动名称', '活动时间'], rows: [['端午', { date: '2025-05-30' }]] }],
    });
    const grid = await readXlsxGrid(buf);
    const rows = grid.sheets[0]!.rows;
    expect(rows[0]![0]).toEqual({ kind: 'text', text: '登记表', master: 'A1' });
    expect(rows[0]![1]).toEqual({ kind: 'text', text: '登记表', master: 'A1' });
    expect(rows[2]).toEqual([{ kind: 'text', text: '端午' }, { kind: 'date', date: '2025-05-30' }]);
  });
});

describe('a workbook whose sheets name one part', () => {
  it('reads the part once (3,000 sheets naming one 8 MB part ran for minutes); distinct parts are all read', async () => {
    const { ZipArchive } = await import('../../src/extract/zip.js');
    const { writeZip } = await import('../../fixtures/build/zip.js');
    const base = new ZipArchive(minimalXlsx({ cells: [['A1', '活动名称'], ['A2', '端午包粽子']] }));
    const sheet1 = base.text('xl/worksheets/sheet1.xml')!;
    const repack = (targets: string[]) => {
      const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${targets.map((_, i) => `<sheet name="表${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
      const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${t}"/>`).join('')}</Relationships>`;
      const parts = base.entries.map((e) => ({ name: e.name, data: e.name === 'xl/workbook.xml' ? Buffer.from(wb) : e.name === 'xl/_rels/workbook.xml.rels' ? Buffer.from(rels) : base.readEntry(e)! }));
      if (targets.includes('worksheets/sheet2.xml')) parts.push({ name: 'xl/worksheets/sheet2.xml', data: Buffer.from(sheet1) });
      return writeZip(parts);
    };
    expect(readXlsx(repack(Array.from({ length: 3000 }, () => 'worksheets/sheet1.xml'))).sheets.map((x) => x.name)).toEqual(['表1']);
    expect(readXlsx(repack(['worksheets/sheet1.xml', 'worksheets/sheet2.xml'])).sheets.map((x) => x.name)).toEqual(['表1', '表2']);
  });
});

describe('the caps are the whole workbook\'s', () => {
  // A 2 MB workbook of 120 sheets, each 4 MB of XML and 250,000 cells (each within the per-sheet
  // caps), took 43 s and 2.4 GB; 20 such sheets 505 MB.
  const workbook = async (sheets: string[]) => {
    const { ZipArchive } = await import('../../src/extract/zip.js');
    const { writeZip } = await import('../../fixtures/build/zip.js');
    const base = new ZipArchive(minimalXlsx({ cells: [] }));
    const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((_, i) => `<sheet name="表${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/s${i + 1}.xml"/>`).join('')}</Relationships>`;
    const parts = base.entries
      .filter((e) => !e.name.startsWith('xl/worksheets/'))
      .map((e) => ({ name: e.name, data: e.name === 'xl/workbook.xml' ? Buffer.from(wb) : e.name === 'xl/_rels/workbook.xml.rels' ? Buffer.from(rels) : base.readEntry(e)! }));
    sheets.forEach((x, i) => parts.push({ name: `xl/worksheets/s${i + 1}.xml`, data: Buffer.from(x) }));
    return writeZip(parts);
  };
  const four: RawCell[] = [['A1', 1], ['B1', 2], ['A2', 3], ['B2', 4]];
  const wide: SheetCaps = { rows: 100, columns: 10, cells: 6 };

  it('cells: the second sheet gets what the first left, the third is not read', async () => {
    const grid = readXlsx(await workbook([sheetXml(four), sheetXml(four), sheetXml(four)]), wide);
    expect(grid.sheets.map((x) => x.name)).toEqual(['表1', '表2']);
    expect(grid.sheets[1]!.rows).toEqual([[{ kind: 'number', value: 1, dateFormatted: false }, { kind: 'number', value: 2, dateFormatted: false }]]);
    expect(grid.overflow).toEqual([{ sheet: '表2', cell: 'A2', reason: 'workbook-cells', limit: 6 }]);
    // One sheet alone keeps its own wording.
    expect(readXlsx(await workbook([sheetXml([...four, ['C1', 5], ['C2', 6], ['D1', 7]])]), wide).overflow).toEqual([{ sheet: '表1', cell: 'C2', reason: 'cells', limit: 6 }]);
  });
  it('markup: the sheet parts\' declared sizes together, before any is read', async () => {
    const x = sheetXml(four);
    const buf = await workbook([x, x, x]);
    expect(readXlsx(buf, wide, 3 * x.length).sheets.length).toBe(2);
    let info: unknown = null;
    try {
      readXlsx(buf, wide, 3 * x.length - 1);
    } catch (e) {
      info = (e as { info?: unknown }).info;
    }
    expect(info).toMatchObject({ reason: 'total-size', entry: 'xl/worksheets/s3.xml', seen: 3 * x.length, limit: 3 * x.length - 1 });
  });
});
