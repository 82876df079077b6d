/**
 * A folder that yields a six-figure number of findings: a CSV register of 70,000 rows (capped at
 * 65,536), each row missing its participants and its form — two findings a row. Before: the run
 * crashed (exit 2, "Maximum call stack size exceeded": the findings were spread into push()), and
 * once that was fixed the xlsx report took 68 s and 2 GB (widths measured per row, every cell held
 * by exceljs) for a sheet nobody reads past the 100th "participants missing" of one file.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import { XLSX_MAX_FINDING_ROWS, XLSX_ROWS_PER_FILE_RULE, listedFindings } from '../../src/format/xlsx.js';
import { append } from '../../src/util/append.js';
import type { Report } from '../../src/types.js';
import { tempDir } from '../cli/helpers.js';

describe('append: any number of items, where push(...items) overflows the stack', () => {
  it('appends 500,000 items in order', () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const into = [-1];
    expect(append(into, items)).toBe(into);
    expect(into.length).toBe(500_001);
    expect(into[0]).toBe(-1);
    expect(into[500_000]).toBe(499_999);
  });
});

describe('listedFindings: the findings sheet is bounded whatever the report holds', () => {
  const f = (file: string, ruleId: string, i = 0) => ({ file, ruleId, i });
  const rowsOf = (n: number, file = 'a.csv', rule = 'r') => Array.from({ length: n }, (_, i) => f(file, rule, i));

  it('one file and rule: just inside and on the bound are all listed, one more is counted in one row', () => {
    expect(listedFindings(rowsOf(2), 3, 100)).toEqual(rowsOf(2).map((x) => ({ finding: x })));
    expect(listedFindings(rowsOf(3), 3, 100)).toEqual(rowsOf(3).map((x) => ({ finding: x })));
    const over = listedFindings(rowsOf(4), 3, 100);
    expect(over).toEqual([...rowsOf(3).map((x) => ({ finding: x })), { more: 1, like: rowsOf(4)[3] }]);
  });

  it('the count row sits where its group was cut, other files and rules go on', () => {
    const input = [...rowsOf(5, 'a.csv'), f('a.csv', 'other'), f('b.csv', 'r'), f('a.csv', 'r', 9)];
    const out = listedFindings(input, 2, 100);
    expect(out.map((r) => ('finding' in r ? `${r.finding.file}:${r.finding.ruleId}` : 'more' in r ? `more ${r.more}` : 'all'))).toEqual([
      'a.csv:r',
      'a.csv:r',
      'more 4',
      'a.csv:other',
      'b.csv:r',
    ]);
  });

  it('in all: on the bound nothing is left out, one over leaves one out and says so in the last row', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => f(`${i}.csv`, 'r'));
    expect(listedFindings(many(9), 3, 10)).toHaveLength(9);
    expect(listedFindings(many(10), 3, 10)).toHaveLength(10);
    const over = listedFindings(many(11), 3, 10);
    expect(over).toHaveLength(11);
    expect(over[10]).toEqual({ moreInAll: 1 });
    // Count rows of groups cut after the bound are not added: at most max + max / perGroup + 1 rows.
    const worst = listedFindings(Array.from({ length: 100 }, (_, i) => f(`${i % 25}.csv`, 'r', i)), 3, 10);
    expect(worst.length).toBeLessThanOrEqual(10 + Math.floor(10 / 3) + 1);
    expect(worst.at(-1)).toEqual({ moreInAll: expect.any(Number) });
  });
});

describe('a register with two findings on each of 65,536 rows', () => {
  let tmp: string;
  let report: Report;
  beforeAll(async () => {
    tmp = tempDir('lc-many-findings-');
    const dir = path.join(tmp, '县教育局', 'Ⅲ—12 我们的节日');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '活动登记表.csv'), '序号,活动名称,活动时间,活动地点,参与人数,线上/线下\n' + '1,端午包粽子,2026-06-18\n'.repeat(70_000));
    report = await check({ path: path.join(tmp, '县教育局'), asOf: '2026-10-20' });
  }, 120_000);

  it('is checked to a report (no crash): every row read is a finding, the rows past the cap are reported', () => {
    const reg = report.findings.filter((x) => x.file?.endsWith('活动登记表.csv'));
    expect(reg.length).toBeGreaterThan(2 * 65_000);
    expect(reg.some((x) => x.ruleId === 'register.sheet-too-large')).toBe(true);
    expect(report.files.find((x) => x.path.endsWith('活动登记表.csv'))?.status).toBe('fail');
  });

  it('the workbook lists 100 of each file and rule and counts the rest in one row', async () => {
    const buf = (await formatters.xlsx!(report, { color: false, quiet: false, outputDir: tmp, rootDir: path.join(tmp, '县教育局') })) as Buffer;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[2]!;
    const messages: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 2) messages.push(String(row.getCell(7).value ?? ''));
    });
    expect(messages.length).toBeLessThanOrEqual(XLSX_MAX_FINDING_ROWS + 1);
    const counted = messages.filter((m) => m.startsWith('同一文件另有'));
    expect(counted).toHaveLength(2);
    const listedRegister = messages.filter((m) => !m.startsWith('同一文件另有')).length;
    const total = report.findings.length;
    // What is listed plus what the count rows say is every finding.
    const inCountRows = counted.map((m) => Number(/另有 (\d+) 条/.exec(m)![1])).reduce((a, b) => a + b, 0);
    expect(listedRegister + inCountRows).toBe(total);
    expect(listedRegister).toBeLessThanOrEqual(total - 2 * (65_000 - XLSX_ROWS_PER_FILE_RULE));
  }, 60_000);
});
