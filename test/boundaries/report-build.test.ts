/**
 * Boundary tables for the report's derived numbers: completion rate rounded to four decimals
 * (half up), pooled over all assigned indicators (not an average of unit rates), and a file that
 * was not checked keeps its unit from passing.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import type { IndicatorModel, RunModel, UnitModel } from '../../src/checks/types.js';
import type { ExtractedFile, Finding } from '../../src/types.js';
import { doc, indicatorOf, rules } from './helpers.js';

const rs = rules();

/** A unit with `passed` passing indicators and `failed` failing ones (an error finding each). */
function unitWith(name: string, passed: number, failed: number, findings: Finding[]): UnitModel {
  const inds: IndicatorModel[] = [];
  for (let i = 0; i < passed + failed; i++) {
    const key = `X-${i + 1}`;
    const f = doc('report', { signedDate: '2025-07-30' }, { path: `${name}/${key}/r.docx`, unit: name, indicator: key });
    inds.push({ ...indicatorOf(rs, [f], key), folder: `${name}/${key}` });
    if (i >= passed) {
      findings.push({ ruleId: 'report.too-short', severity: 'error', unit: name, indicator: key, file: f.path, args: {}, message: 'x' });
    }
  }
  const files = inds.flatMap((i) => i.files);
  return { name, folder: name, indicators: inds, assigned: inds.map((i) => i.key), rootFiles: [], files };
}

function build(units: UnitModel[], findings: Finding[]) {
  const model: RunModel = { units, files: units.flatMap((u) => u.files) };
  return buildReport(model, findings, { root: '/x', mode: 'county', asOf: '2025-09-01', lang: 'zh', rules: rs, version: '0' });
}

describe('completionRate: passed / assigned, rounded half up to four decimals', () => {
  it.each([
    [1, 0, 1],
    [0, 1, 0],
    [1, 2, 0.3333], // 0.33333… rounds down
    [2, 1, 0.6667], // 0.66666… rounds up
    [1, 7, 0.125], // exact
    [5, 11, 0.3125], // exact
    [1, 15, 0.0625], // exact, 0.0625 has four decimals
    [1, 31, 0.0313], // 0.03125: the half rounds up
    [3, 7, 0.3], // exact
    [2, 5, 0.2857], // 0.285714…
    [6, 1, 0.8571], // 0.857142…
  ])('%i passed, %i failed → %f', (passed, failed, expected) => {
    const findings: Finding[] = [];
    const r = build([unitWith('县教育局', passed, failed, findings)], findings);
    expect(r.units[0]!.completionRate).toBe(expected);
    expect(r.summary.completionRate).toBe(expected);
  });

  it('the county rate pools the indicators of all units (1/1 and 1/3 → 2/4, not the mean 0.6667)', () => {
    const findings: Finding[] = [];
    const r = build([unitWith('甲', 1, 0, findings), unitWith('乙', 1, 2, findings)], findings);
    expect(Object.fromEntries(r.units.map((u) => [u.name, u.completionRate]))).toEqual({ 甲: 1, 乙: 0.3333 });
    expect(r.summary.indicatorsAssigned).toBe(4);
    expect(r.summary.indicatorsPassed).toBe(2);
    expect(r.summary.completionRate).toBe(0.5);
  });
});

describe('unit status: a file that was not checked is never a pass', () => {
  const withRootFile = (error: ExtractedFile['error']) => {
    const findings: Finding[] = [];
    const u = unitWith('县教育局', 1, 0, findings);
    const sheet = doc('signoff', {}, { path: '县教育局/承诺书.docx', indicator: null, error });
    u.rootFiles.push(sheet);
    u.files.push(sheet);
    return build([u], findings);
  };
  it('every file read and passing: unit passes', () => {
    const r = withRootFile(null);
    expect(r.units[0]!.status).toBe('pass');
    expect(r.summary.status).toBe('pass');
  });
  it('a unit-root file that could not be read: unit not-checked, run fails', () => {
    const r = withRootFile({ code: 'corrupt', detail: 'bad zip' });
    expect(r.files.find((f) => f.path === '县教育局/承诺书.docx')!.status).toBe('not-checked');
    expect(r.units[0]!.status).toBe('not-checked');
    expect(r.summary.filesNotChecked).toBe(1);
    expect(r.summary.status).toBe('fail');
  });
  it('an indicator file that could not be read: indicator not-checked, not counted as passed', () => {
    const findings: Finding[] = [];
    const u = unitWith('县教育局', 2, 0, findings);
    u.indicators[1]!.files[0]!.error = { code: 'corrupt', detail: 'bad zip' };
    const r = build([u], findings);
    expect(r.units[0]!.indicators.map((i) => i.status)).toEqual(['pass', 'not-checked']);
    expect(r.units[0]!.status).toBe('not-checked');
    expect(r.units[0]!.indicatorsPassed).toBe(1);
    expect(r.units[0]!.completionRate).toBe(0.5);
  });
});
