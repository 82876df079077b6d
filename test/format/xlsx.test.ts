import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import stringWidth from 'string-width';
import { createRequire } from 'node:module';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import { unitFileName } from '../../src/format/xlsx.js';
import { unitReport } from '../../src/format/split.js';
import { catalog } from '../../src/messages/index.js';
import type { Report } from '../../src/types.js';
import { repoRoot, runBin, snapshot, tempDir } from '../cli/helpers.js';

const demo = path.join(repoRoot, 'fixtures/demo/台账');
let report: Report;
const outDir = '/srv/share/创文办/报告';
beforeAll(async () => {
  report = await check({ path: demo, asOf: '2026-10-20' });
});
const make = async (r: Report = report) => (await formatters.xlsx!(r, { color: false, quiet: false, outputDir: outDir, rootDir: '/srv/share/台账' })) as Buffer;
async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('xlsx: a summary the office can sort, print and send', () => {
  it('has a title row, numbers as numbers, the rate as a percentage, units in rule order, 合计 outside the filter', async () => {
    const wb = await load(await make());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '指标', '问题清单']);
    const s = wb.getWorksheet('汇总')!;
    const title = String(s.getCell('A1').value);
    expect(title).toContain(report.rules.name);
    expect(title).toContain(report.rules.version);
    expect(title).toContain(report.asOf);
    expect(s.getRow(2).getCell(1).value).toBe('单位');
    const names = report.units.map((_, i) => s.getRow(3 + i).getCell(1).value);
    expect(names).toEqual(['县教育局', '县文旅局', '县卫健委', '县市场监管局']);
    const edu = s.getRow(3);
    expect(edu.getCell(3).value).toBe(1);
    expect(edu.getCell(3).numFmt).toBe('0%');
    for (let c = 4; c <= 9; c++) expect(typeof edu.getCell(c).value).toBe('number');
    const last = 2 + report.units.length;
    // Written as a range on load: the header row to the last unit, not the 合计 row.
    expect(s.autoFilter).toBe(`A2:I${last}`);
    const total = s.getRow(last + 2);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(3).value).toBe(report.summary.completionRate);
    expect(total.getCell(3).numFmt).toBe('0%');
    expect(s.getRow(last + 1).getCell(1).value).toBeNull();
  });

  it('prints on A4 landscape, one page wide, header rows repeated, panes frozen', async () => {
    const zip = await JSZip.loadAsync(await make());
    for (const n of [1, 2, 3]) {
      const xml = await zip.file(`xl/worksheets/sheet${n}.xml`)!.async('string');
      expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
      expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
      expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
      expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
      expect(xml).toMatch(/<pageSetUpPr fitToPage="1"/);
      expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    }
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book.match(/_xlnm\.Print_Titles/g)!.length).toBe(3);
    expect(book).toContain('&apos;汇总&apos;!$2:$2');
  });

  it('findings have how to fix, and a link to the file relative to where the workbook is saved', async () => {
    const wb = await load(await make());
    const f = wb.getWorksheet('问题清单')!;
    const header = (f.getRow(2).values as unknown[]).slice(1);
    expect(header).toContain('怎么改');
    const fixCol = header.indexOf('怎么改') + 1;
    // A duplicate group is one row: its first file's.
    const seen = new Set<string>();
    const listed = report.findings.filter((x) => !x.group || (!seen.has(x.group) && !!seen.add(x.group)));
    expect(f.rowCount).toBe(listed.length + 2);
    // Findings follow the units' order (the rule file's), the report's order within a unit.
    const rank = (u: string | null) => (u === null ? -1 : report.units.findIndex((x) => x.name === u));
    const ordered = [...listed].sort((a, b) => rank(a.unit) - rank(b.unit));
    expect(f.getRow(3).getCell(1).value).toBe(ordered[0]!.unit ?? '');
    ordered.forEach((x, i) => {
      const row = f.getRow(3 + i);
      expect(row.getCell(fixCol).value).toBe(catalog[x.ruleId]!.fix.zh);
      const cell = row.getCell(3).value as { text: string; hyperlink: string } | string;
      if (x.file) expect(cell).toEqual({ text: x.file.split('/').pop(), hyperlink: `../../台账/${x.file}` });
      else expect(cell).toBe('');
    });
    // The file has its column: a photo's message does not name it again (微信图片_20260518.jpg：没有拍摄信息… was
    // written beside 微信图片_20260518.jpg), as the screen prints it under the file; a group's row keeps its names.
    const msgCol = header.indexOf('说明') + 1;
    const noExif = ordered.findIndex((x) => x.ruleId === 'photo.no-exif');
    expect(noExif).toBeGreaterThanOrEqual(0);
    expect(ordered[noExif]!.message).toMatch(/^微信图片_20260518\.jpg：/);
    expect(f.getRow(3 + noExif).getCell(msgCol).value).toBe('没有拍摄信息（EXIF），像是微信/QQ 转发或压缩后的图片');
    const group = ordered.findIndex((x) => !!x.group);
    expect(String(f.getRow(3 + group).getCell(msgCol).value)).toMatch(/^2026-01-10 县人民医院 义诊/);
  });

  it('gives wrapped rows the height of their lines, so print does not cut messages off', async () => {
    const wb = await load(await make());
    const f = wb.getWorksheet('问题清单')!;
    const heights = Array.from({ length: f.rowCount - 2 }, (_, i) => f.getRow(3 + i).height ?? 15);
    expect(Math.max(...heights)).toBeGreaterThanOrEqual(32); // at least two lines somewhere
    for (let i = 0; i < f.rowCount - 2; i++) {
      const row = f.getRow(3 + i);
      const msg = String(row.getCell(7).value);
      const lines = Math.ceil(stringWidth(msg) / (f.getColumn(7).width! - 1));
      expect(row.height ?? 15).toBeGreaterThanOrEqual(15 * lines);
    }
  });

  it('wraps a unit name, indicator folder or file name longer than its column, on every sheet, with the row tall enough', async () => {
    // A 48-character unit name is 96 columns wide: in a 40-column cell beside 不通过 it was cut off, on screen and on paper.
    const LONG = '清河县城市管理综合行政执法局市容环境卫生管理所暨县城乡环境综合整治工作领导小组办公室驻城关镇工作组';
    const long = JSON.parse(JSON.stringify(report).replaceAll('县卫健委', LONG)) as Report;
    const wb = await load(await make(long));
    const cells: [string, number][] = [['汇总', 1], ['指标', 1], ['指标', 6], ['问题清单', 1]];
    for (const [sheet, col] of cells) {
      const ws = wb.getWorksheet(sheet)!;
      const width = ws.getColumn(col).width!;
      let seen = 0;
      for (let r = 3; r <= ws.rowCount; r++) {
        const cell = ws.getRow(r).getCell(col);
        const v = cell.value as string | { text: string } | null;
        const text = typeof v === 'string' ? v : (v?.text ?? '');
        if (!text.includes(LONG) || r > 2 + (sheet === '汇总' ? long.units.length : 1e9)) continue;
        seen++;
        expect(cell.alignment?.wrapText, `${sheet}!${cell.address}`).toBe(true);
        expect(ws.getRow(r).height ?? 15, `${sheet}!${cell.address}`).toBeGreaterThanOrEqual(15 * Math.ceil(stringWidth(text) / (width - 1)));
      }
      expect(seen, `${sheet} column ${col}`).toBeGreaterThan(0);
    }
  });

  it('sets column widths for CJK text (two units per character)', async () => {
    const wb = await load(await make());
    const s = wb.getWorksheet('汇总')!;
    expect(s.getColumn(1).width).toBeGreaterThanOrEqual(14); // 县市场监管局: 6 characters, 12 columns
    expect(wb.getWorksheet('问题清单')!.getColumn(3).width).toBeLessThanOrEqual(36);
    // The location column holds 照片拍摄时间（EXIF） on one line (it broke inside the word in print).
    expect(report.findings.some((f) => f.location?.exifTag === 'DateTimeOriginal')).toBe(true);
    expect(wb.getWorksheet('问题清单')!.getColumn(4).width! - 1).toBeGreaterThanOrEqual(stringWidth('照片拍摄时间（EXIF）'));
  });

  it('gives every column, as written, room for its header beside the filter button', async () => {
    // A width of 9 was left out of the file as exceljs's default, so 问题清单's 指标编号 column opened
    // at Excel's 8.43 and its filter button covered the header.
    const zip = await JSZip.loadAsync(await make());
    const wb = await load(await make());
    for (const [n, ws] of wb.worksheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${n + 1}.xml`)!.async('string');
      const written = new Map([...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((m) => Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, k) => [Number(m[1]) + k, Number(m[3])] as const)));
      ws.getRow(2).eachCell((cell, col) => {
        expect(written.get(col) ?? 8.43, `${ws.name} ${String(cell.value)}`).toBeGreaterThanOrEqual(stringWidth(String(cell.value)) + 2);
      });
    }
  });
});

describe('xlsx: written row by row, the same bytes for the same report', () => {
  // exceljs's streaming sheet writer, the module the formatter's writer uses (CommonJS: one instance).
  const WorksheetWriter = createRequire(import.meta.url)('exceljs/lib/stream/xlsx/worksheet-writer.js') as {
    prototype: { addRow(this: { _rows: unknown[] | null; name: string }, v: unknown): unknown };
  };
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('commits every row as it is added: no sheet is held whole in memory', async () => {
    // The in-memory workbook held every cell of every sheet until the end (~230 MB more than the
    // JSON report at 100,000 files): here each row is turned into XML before the next is added.
    const held = new Map<string, { rows: number; most: number }>();
    const addRow = WorksheetWriter.prototype.addRow;
    vi.spyOn(WorksheetWriter.prototype, 'addRow').mockImplementation(function (this: { _rows: unknown[] | null; name: string }, v: unknown) {
      const h = held.get(this.name) ?? { rows: 0, most: 0 };
      h.rows++;
      h.most = Math.max(h.most, (this._rows ?? []).filter(Boolean).length);
      held.set(this.name, h);
      return addRow.call(this, v);
    });
    const wb = await load(await make());
    expect([...held.keys()]).toEqual(['汇总', '指标', '问题清单']);
    for (const [name, h] of held) {
      expect(h.rows, name).toBeGreaterThanOrEqual(wb.getWorksheet(name)!.rowCount - 1);
      expect(h.most, name).toBe(0);
    }
  });

  it('gives the same bytes whenever it is written (every zip entry dated the report’s day)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T08:00:00Z'));
    const a = await make();
    vi.setSystemTime(new Date('2027-03-15T17:31:07Z'));
    const b = await make();
    expect(a.equals(b)).toBe(true);
    // and what is in it is the workbook read above (the sheets, in order)
    expect((await load(a)).worksheets.map((w) => w.name)).toEqual(['汇总', '指标', '问题清单']);
  });
});

describe('xlsx: one workbook per unit', () => {
  it('slices the report to one unit', () => {
    const u = unitReport(report, '县文旅局');
    expect(u.units.map((x) => x.name)).toEqual(['县文旅局']);
    expect(u.findings.every((f) => f.unit === '县文旅局')).toBe(true);
    expect(u.files.length).toBe(report.units.find((x) => x.name === '县文旅局')!.counts.files);
    expect(u.summary).toMatchObject({ units: 1, status: 'fail', completionRate: 0 });
  });

  it('makes file names that cannot leave the folder or carry control characters', () => {
    expect(unitFileName('县教育局')).toBe('县教育局.xlsx');
    expect(unitFileName('../../etc/passwd')).toBe('_.._etc_passwd.xlsx');
    expect(unitFileName('a\x1b[2Jb')).toBe('a_[2Jb.xlsx');
    // Bidi overrides and isolates would reorder the name in a file manager (a spoofed extension).
    expect(unitFileName('\u202e局乙县\u2066x\u2069')).toBe('_局乙县_x_.xlsx');
    expect(unitFileName('...')).toBe('unit.xlsx');
    // At most 200 bytes, never half a character, a suffix kept whole (a unit folder of 81 CJK
    // characters ended the run with ENAMETOOLONG, and two sharing their first 80 made the same name).
    expect(unitFileName('x'.repeat(300)).length).toBe(205);
    expect(unitFileName('x'.repeat(200))).toBe(`${'x'.repeat(200)}.xlsx`); // on
    expect(unitFileName('x'.repeat(199) + '长')).toBe(`${'x'.repeat(199)}.xlsx`); // the character that would pass 200 bytes
    expect(unitFileName('长'.repeat(100))).toBe(`${'长'.repeat(66)}.xlsx`);
    expect(unitFileName('😀'.repeat(100))).toBe(`${'😀'.repeat(50)}.xlsx`);
    expect(unitFileName('长'.repeat(100), '-2')).toBe(`${'长'.repeat(66)}-2.xlsx`);
    expect(unitFileName('长'.repeat(100), '-10')).toBe(`${'长'.repeat(65)}-10.xlsx`);
    // Windows device names, whatever the case or the extension; a name that only starts like one is kept.
    expect(['CON', 'nul', 'Com1', 'LPT9', 'aux.txt', 'PRN'].map((n) => unitFileName(n))).toEqual(['_CON.xlsx', '_nul.xlsx', '_Com1.xlsx', '_LPT9.xlsx', '_aux.txt.xlsx', '_PRN.xlsx']);
    expect(unitFileName('CONTOSO')).toBe('CONTOSO.xlsx');
    expect(unitFileName('COM10')).toBe('COM10.xlsx');
  });

  it('--split-units DIR writes one workbook per unit and never inside the checked folder', async () => {
    const out = tempDir('lc-split-');
    const before = snapshot(demo);
    const r = runBin([demo, '--as-of', '2026-10-20', '-f', 'json', '--split-units', path.join(out, '下发')]);
    expect(r.code).toBe(1);
    const files = fs.readdirSync(path.join(out, '下发')).sort();
    expect(files).toEqual(['县卫健委.xlsx', '县市场监管局.xlsx', '县教育局.xlsx', '县文旅局.xlsx'].sort());
    const wb = await load(fs.readFileSync(path.join(out, '下发', '县文旅局.xlsx')));
    expect(wb.getWorksheet('汇总')!.getRow(3).getCell(1).value).toBe('县文旅局');
    expect(wb.getWorksheet('问题清单')!.rowCount).toBe(report.findings.filter((f) => f.unit === '县文旅局').length + 2);
    const inside = runBin([demo, '--as-of', '2026-10-20', '-f', 'json', '--split-units', path.join(demo, '下发')]);
    expect(inside.code).toBe(2);
    expect(snapshot(demo)).toEqual(before);
  });
});
