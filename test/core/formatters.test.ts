import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

let report: Report;
beforeAll(async () => {
  report = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), asOf: '2026-10-20' });
});
const opts = { color: false, quiet: false };

describe('formatters restyle the report, never invent', () => {
  it('html: one page with every unit, its completion rate and every finding, escaped', async () => {
    const html = (await formatters.html!(report, opts)) as string;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const u of report.units) expect(html).toContain(`data-unit="${u.name}"`);
    expect(html).toContain('100%（3/3）');
    for (const f of report.findings) expect(html).toContain(f.ruleId);
    const evil = { ...report, units: [], findings: [{ ...report.findings[0]!, unit: null, message: '<script>alert(1)</script>' }] };
    expect(await formatters.html!(evil, opts)).not.toContain('<script>alert');
  });

  it('xlsx: summary, indicators and findings sheets with one row each', async () => {
    const buf = (await formatters.xlsx!(report, opts)) as Buffer;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '指标', '问题清单']);
    const summary = wb.getWorksheet('汇总')!;
    // title row, header row, one row per unit, a blank row, 合计, the note that a duplicate group counts once
    expect(summary.rowCount).toBe(report.units.length + 4 + (report.groups?.length ? 1 : 0));
    const edu = summary.getRows(3, report.units.length)!.find((r) => r.getCell(1).value === '县教育局')!;
    expect(edu.getCell(3).value).toBe(1);
    // A duplicate group is one row (its other members' findings are not repeated).
    const repeated = (report.groups ?? []).reduce((n, g) => n + g.files.length - 1, 0);
    expect(wb.getWorksheet('问题清单')!.rowCount).toBe(report.findings.length - repeated + 2);
    expect(wb.getWorksheet('指标')!.rowCount).toBe(report.units.reduce((n, u) => n + u.indicators.length, 0) + 2);
  });

  it('junit: a failure per failing file, an error per file not checked', async () => {
    const xml = (await formatters.junit!(report, opts)) as string;
    expect(xml).toMatch(/^<\?xml/);
    expect((xml.match(/<failure /g) ?? []).length).toBeGreaterThanOrEqual(report.summary.filesFailed);
    expect((xml.match(/<error /g) ?? []).length).toBe(report.summary.filesNotChecked);
  });

  it('pretty: the summary line carries the counts and completion rate', async () => {
    const text = (await formatters.pretty!(report, opts)) as string;
    const s = report.summary;
    // The near-duplicate pair (two findings in the JSON) is counted once, in the report as on screen.
    expect(text).toContain(`汇总：${s.errors} 个错误、${s.warnings} 个警告`);
    expect(report.findings.filter((f) => f.severity === 'warning' && f.status !== 'reviewed')).toHaveLength(s.warnings + 1);
    expect(text).toContain(`（${s.indicatorsPassed}/${s.indicatorsAssigned}）`);
    expect(text).not.toMatch(/\x1b\[/); // no colour codes when colour is off
  });
});
