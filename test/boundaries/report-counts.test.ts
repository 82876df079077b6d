/**
 * Boundary tables for the report's file statuses, counts, unit order and run verdict
 * (src/report/build.ts) through `buildReport`: one finding of each severity, active or reviewed,
 * on a file or not; --max-warnings just under, on and just over; units in the rule file's order.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, fileStatus } from '../../src/report/build.js';
import type { RunModel, UnitModel } from '../../src/checks/types.js';
import type { ExtractedFile, Finding, Severity } from '../../src/types.js';
import { doc, indicatorOf, rules } from './helpers.js';

const rs = rules();

function unit(name: string, nFiles = 1, key = 'III-12'): UnitModel {
  const files = Array.from({ length: nFiles }, (_, i) => doc('report', {}, { path: `${name}/${key}/${i}.docx`, unit: name, indicator: key }));
  const ind = { ...indicatorOf(rs, files, key), folder: `${name}/${key}` };
  return { name, folder: name, indicators: [ind], assigned: [key], rootFiles: [], files };
}
const finding = (ruleId: string, severity: Severity, u: string, file: string | null, over: Partial<Finding> = {}): Finding => ({
  ruleId, severity, unit: u, indicator: 'III-12', file, args: {}, message: 'x', ...over,
});
function build(units: UnitModel[], findings: Finding[], over: { maxWarnings?: number; rules?: typeof rs } = {}) {
  const model: RunModel = { units, files: units.flatMap((u) => u.files) };
  return buildReport(model, findings, { root: '/x', mode: 'county', asOf: '2025-09-01', lang: 'zh', rules: over.rules ?? rs, version: '9.9', maxWarnings: over.maxWarnings });
}

describe('fileStatus', () => {
  const f = doc('report');
  const fx = (ruleId: string, severity: Severity, over: Partial<Finding> = {}) => finding(ruleId, severity, 'u', f.path, over);
  it.each([
    ['no findings', [], 'pass'],
    ['a warning', [fx('report.too-short', 'warning')], 'pass'],
    ['an error', [fx('report.too-short', 'error')], 'fail'],
    ['an error a person reviewed', [fx('report.too-short', 'error', { status: 'reviewed' })], 'reviewed'],
    ['a warning a person reviewed', [fx('report.too-short', 'warning', { status: 'reviewed' })], 'reviewed'],
    ['a finding that leaves it unchecked', [fx('ocr.page-unreadable', 'warning')], 'not-checked'],
    ['that finding reviewed', [fx('ocr.page-unreadable', 'warning', { status: 'reviewed' })], 'reviewed'],
    ['an error and an unchecked page', [fx('ocr.page-unreadable', 'warning'), fx('report.too-short', 'error')], 'fail'],
  ] as [string, Finding[], string][])('%s → %s', (_w, findings, status) => expect(fileStatus(f, findings)).toBe(status));
  const broken = doc('report', {}, { error: { code: 'corrupt', detail: 'x', args: {} } as ExtractedFile['error'] });
  it('an unreadable file is not-checked, unless a rule or a person settled it', () => {
    expect(fileStatus(broken, [])).toBe('not-checked');
    expect(fileStatus(broken, [fx('doc.scanned-copy', 'info')])).toBe('pass');
    expect(fileStatus(broken, [fx('report.too-short', 'error', { status: 'reviewed' })])).toBe('reviewed');
    expect(fileStatus(broken, [fx('report.too-short', 'warning', { status: 'reviewed' })])).toBe('not-checked');
  });
  it('an unrecognised file is not-checked unless a person settled it', () => {
    const other = doc('other');
    expect(fileStatus(other, [])).toBe('not-checked');
    expect(fileStatus(other, [fx('report.too-short', 'error', { status: 'reviewed' })])).toBe('reviewed');
  });
});

describe('counts: each severity and status counted once, reviewed findings apart', () => {
  it('one of each', () => {
    const u = unit('甲', 4);
    const [a, b, c, d] = u.files.map((f) => f.path);
    const findings = [
      finding('report.too-short', 'error', '甲', a!),
      finding('report.too-short', 'warning', '甲', b!),
      finding('report.too-short', 'warning', '甲', b!),
      finding('report.too-short', 'info', '甲', null),
      finding('report.too-short', 'error', '甲', c!, { status: 'reviewed' }),
      finding('ocr.page-unreadable', 'warning', '甲', d!),
    ];
    const r = build([u], findings);
    const want = { errors: 1, warnings: 3, infos: 1, files: 4, filesPassed: 1, filesFailed: 1, filesNotChecked: 1, reviewed: 1, filesReviewed: 1 };
    expect(r.units[0]!.counts).toEqual(want);
    expect(r.summary).toMatchObject(want);
    expect(r.files.map((f) => [f.status, f.findings])).toEqual([['fail', 1], ['pass', 2], ['reviewed', 1], ['not-checked', 1]]);
    expect(r.summary.status).toBe('fail');
    expect(r.tool).toEqual({ name: 'ledger-check', version: '9.9' });
    expect(r.rules).toEqual({ name: rs.name, version: rs.version, source: rs.source });
    expect(r.units[0]!.indicators[0]).toMatchObject({ code: 'III-12', label: rs.indicators.find((i) => i.key === 'III-12')?.code || 'III-12', status: 'fail', files: 4 });
  });
  it("a unit's counts are its own findings only", () => {
    const r = build([unit('甲'), unit('乙')], [finding('report.too-short', 'warning', '乙', null, { indicator: null })]);
    expect(r.units.map((u) => [u.name, u.counts.warnings, u.status])).toEqual([['乙', 1, 'pass'], ['甲', 0, 'pass']]);
  });
});

describe('indicator and unit status', () => {
  it('an active error without a file fails the indicator and unit; reviewed, it marks them reviewed', () => {
    const u = () => unit('甲');
    const err = (over: Partial<Finding> = {}) => finding('report.too-short', 'error', '甲', null, over);
    expect(build([u()], [err()]).units[0]!.indicators[0]!.status).toBe('fail');
    const r = build([u()], [err({ status: 'reviewed' })]);
    expect([r.units[0]!.indicators[0]!.status, r.units[0]!.status, r.summary.status, r.units[0]!.indicatorsPassed]).toEqual(['reviewed', 'reviewed', 'pass', 1]);
    const unitErr = build([u()], [err({ indicator: null })]);
    expect([unitErr.units[0]!.indicators[0]!.status, unitErr.units[0]!.status, unitErr.summary.status]).toEqual(['pass', 'fail', 'fail']);
    const other = build([u()], [err({ indicator: 'III-13' })]);
    expect(other.units[0]!.indicators[0]!.status).toBe('pass');
    const warn = build([u()], [finding('report.too-short', 'warning', '甲', null)]);
    expect([warn.units[0]!.indicators[0]!.status, warn.units[0]!.status]).toEqual(['pass', 'pass']);
  });
  it('an indicator folder missing fails; a unit with nothing assigned is never a pass', () => {
    const u = unit('甲');
    u.indicators[0] = { ...u.indicators[0]!, folder: null };
    expect(build([u], []).units[0]!.indicators[0]!.status).toBe('fail');
    const none: UnitModel = { name: '乙', folder: '乙', indicators: [], assigned: [], rootFiles: [], files: [] };
    const r = build([none], []);
    expect([r.units[0]!.status, r.units[0]!.indicatorsAssigned, r.summary.status]).toEqual(['not-checked', 0, 'fail']);
    const unassigned = build([{ ...unit('丙'), assigned: [] }], []); // nothing assigned: every folder counts
    expect([unassigned.units[0]!.status, unassigned.units[0]!.indicatorsAssigned]).toEqual(['pass', 1]);
  });
});

describe('run verdict: --max-warnings just under, on, just over', () => {
  const warnings = (n: number) => Array.from({ length: n }, () => finding('report.too-short', 'warning', '甲', null));
  it.each([
    [undefined, 5, 'pass'],
    [-1, 5, 'pass'],
    [0, 0, 'pass'],
    [0, 1, 'fail'],
    [2, 1, 'pass'],
    [2, 2, 'pass'],
    [2, 3, 'fail'],
  ] as [number | undefined, number, string][])('max %s, %i warnings → %s', (max, n, status) => {
    expect(build([unit('甲')], warnings(n), { maxWarnings: max }).summary.status).toBe(status);
  });
  it('an error alone, or a file not checked alone, fails the run', () => {
    expect(build([unit('甲')], [finding('report.too-short', 'error', null as unknown as string, null, { indicator: null })]).summary.status).toBe('fail');
    const u = unit('甲');
    expect(build([u], [finding('ocr.page-unreadable', 'warning', '甲', u.files[0]!.path)]).summary.status).toBe('fail');
  });
});

describe('unit order: the rule file first, then by name', () => {
  it('orders units by the rule set, others after by name', () => {
    const ordered = { ...rs, units: { 丙: ['III-12'], 甲: ['III-12'] } };
    const names = (over?: typeof rs) => build([unit('乙'), unit('甲'), unit('丁'), unit('丙')], [], { rules: over }).units.map((u) => u.name);
    expect(names(ordered)).toEqual(['丙', '甲', ...['乙', '丁'].sort()]);
    expect(names()).toEqual(['乙', '甲', '丁', '丙'].sort());
  });
});

describe('element verdicts only for a readable 说明报告 with sentences', () => {
  const facts = { sentences: [{ text: '通过开展活动，参与人数达到300人。', section: 0, heading: false }], sections: [] } as never;
  const r = (over: Partial<ExtractedFile>, kind: 'report' | 'document' = 'report') => {
    const u = unit('甲');
    u.files[0] = doc(kind, facts, { path: u.files[0]!.path, ...over });
    u.indicators[0]!.files = u.files;
    return build([u], []).files[0]!.elements;
  };
  it('present for a report, absent for a document, an unreadable report, or one without sentences', () => {
    expect(r({})?.length).toBeGreaterThanOrEqual(5);
    expect(r({}, 'document')).toBeUndefined();
    expect(r({ error: { code: 'corrupt', detail: 'x', args: {} } as ExtractedFile['error'] })).toBeUndefined();
    const u = unit('甲');
    expect(build([u], []).files[0]!.elements).toBeUndefined();
  });
});

describe('what each number is counted over', () => {
  it('a file without findings says 0; an indicator folder not assigned does not count for the rate', () => {
    const u = unit('甲');
    const extra = { ...indicatorOf(rs, [], 'III-13'), folder: '甲/III-13' };
    u.indicators.push(extra);
    const r = build([u], [finding('report.too-short', 'error', '甲', null, { indicator: 'III-13' })]);
    expect(r.files.map((f) => f.findings)).toEqual([0]);
    expect([r.units[0]!.indicatorsAssigned, r.units[0]!.indicatorsPassed, r.units[0]!.completionRate]).toEqual([1, 1, 1]);
  });
  it('one unit not passing fails the run even when another passes and nothing is an error', () => {
    const none: UnitModel = { name: '乙', folder: '乙', indicators: [], assigned: [], rootFiles: [], files: [] };
    expect(build([unit('甲'), none], []).summary.status).toBe('fail');
    expect(build([unit('甲'), unit('丙')], []).summary.status).toBe('pass');
  });
});
