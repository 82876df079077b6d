/**
 * The report's layout and groups (src/report/build.ts) through `buildReport`: each group of
 * findings listed once with its member files (unique, sorted) and groups sorted by id; the
 * photo flag and a report's element verdicts on the file entries; the run fails on a file not
 * checked even when nothing else does; units of equal rank by name.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, skeletonOf } from '../../src/report/build.js';
import type { RunModel, UnitModel } from '../../src/checks/types.js';
import type { ExtractedFile, Finding } from '../../src/types.js';
import { doc, indicatorOf, photo, rules } from './helpers.js';

const rs = rules();
function unit(name: string, files: ExtractedFile[], key = 'III-12'): UnitModel {
  const own = files.map((f) => ({ ...f, unit: name, indicator: key, path: `${name}/${key}/${f.name}` }));
  return { name, folder: name, indicators: [{ ...indicatorOf(rs, own, key), folder: `${name}/${key}` }], assigned: [key], rootFiles: [], files: own };
}
const find = (file: string | null, over: Partial<Finding> = {}): Finding => ({ ruleId: 'photo.duplicate', severity: 'warning', unit: '县教育局', indicator: 'III-12', file, args: {}, message: 'x', ...over });
function build(units: UnitModel[], findings: Finding[], maxWarnings?: number) {
  const model: RunModel = { units, files: units.flatMap((u) => u.files) };
  return buildReport(model, findings, { root: '/x', mode: 'county', asOf: '2025-09-01', lang: 'zh', rules: rs, version: '9.9', maxWarnings });
}

describe('groups', () => {
  const u = unit('县教育局', [photo('a.jpg'), photo('b.jpg'), photo('c.jpg')]);
  const [a, b, c] = u.files.map((f) => f.path);
  it('each group once, its files unique and sorted, groups sorted by id; findings without a group or a file are not grouped', () => {
    const r = build([u], [
      find(c!, { group: 'photo.near-duplicate#1', ruleId: 'photo.near-duplicate' }),
      find(b!, { group: 'photo.duplicate#1' }),
      find(a!, { group: 'photo.duplicate#1' }),
      find(a!, { group: 'photo.duplicate#1' }),
      find(a!, { group: 'photo.near-duplicate#1', ruleId: 'photo.near-duplicate' }),
      find(b!),
      find(null, { group: 'photo.duplicate#9' }),
    ]);
    expect(r.groups).toEqual([
      { id: 'photo.duplicate#1', ruleId: 'photo.duplicate', files: [a, b] },
      { id: 'photo.near-duplicate#1', ruleId: 'photo.near-duplicate', files: [a, c] },
    ]);
  });
  it('no group at all: no groups key', () => {
    expect(build([u], [find(a!)])).not.toHaveProperty('groups');
    expect(build([u], [])).not.toHaveProperty('groups');
  });
  it('group ids sort as strings', () => {
    const r = build([u], [find(a!, { group: 'b#10' }), find(b!, { group: 'b#2' }), find(c!, { group: 'a#1' })]);
    expect(r.groups!.map((g) => g.id)).toEqual(['a#1', 'b#10', 'b#2']);
  });
});

describe('file entries', () => {
  it('photos are flagged; other files are not', () => {
    const u = unit('县教育局', [photo('a.jpg'), doc('document')]);
    const sk = skeletonOf({ units: [u], files: u.files }, rs);
    expect(sk.files.map((f) => [f.name, f.photo])).toEqual([
      ['a.jpg', true],
      ['document.docx', undefined],
    ]);
  });
  it('a readable report with sentences carries its element verdicts (its indicator’s, or the fallback’s outside one)', () => {
    const sentences = [{ text: '县教育局成立创文工作领导小组，局长任组长。', section: 0, heading: false, page: 2 }];
    const rep = doc('report', { sentences, sections: [], elements: { 主体责任: [{ sentence: 0 }] } } as never);
    const u = unit('县教育局', [rep]);
    const entry = skeletonOf({ units: [u], files: u.files }, rs).files[0]!;
    expect(entry.elements!.find((e) => e.element === '主体责任')).toMatchObject({ status: 'present', evidence: sentences[0]!.text, page: 2 });
    expect(build([u], []).files[0]!.elements).toEqual(entry.elements);
    const loose = { ...rep, path: '县教育局/说明报告.docx', indicator: null };
    const alone = skeletonOf({ units: [], files: [loose] }, rs).files[0]!;
    expect(alone.elements!.map((e) => e.status)).toEqual(entry.elements!.map((e) => e.status));
    // unreadable, without sentences, or not a report: no verdicts
    expect(skeletonOf({ units: [], files: [{ ...rep, error: { code: 'corrupt', detail: '' } } as ExtractedFile] }, rs).files[0]!.elements).toBeUndefined();
    expect(skeletonOf({ units: [], files: [doc('report')] }, rs).files[0]!.elements).toBeUndefined();
    expect(skeletonOf({ units: [], files: [{ ...rep, kind: 'evaluation' }] }, rs).files[0]!.elements).toBeUndefined();
    expect(skeletonOf({ units: [], files: [{ ...rep, facts: { type: 'none' } } as ExtractedFile] }, rs).files[0]!.elements).toBeUndefined();
    expect(build([unit('县教育局', [doc('document')])], []).files[0]).not.toHaveProperty('elements');
  });
  it('a file’s findings are counted on it; findings on no file are not', () => {
    const u = unit('县教育局', [photo('a.jpg')]);
    const r = build([u], [find(u.files[0]!.path), find(u.files[0]!.path), find(null)]);
    expect(r.files[0]!.findings).toBe(2);
  });
});

describe('the run verdict', () => {
  it('a file not checked outside any unit fails the run by itself', () => {
    const loose = doc('report', {}, { path: '说明报告.docx', unit: null, indicator: null, error: { code: 'scanned', detail: '' } as never });
    const model: RunModel = { units: [], files: [loose] };
    const r = buildReport(model, [find(loose.path, { ruleId: 'doc.scanned', unit: null, indicator: null, severity: 'warning' })], { root: '/x', mode: 'county', asOf: '2025-09-01', lang: 'zh', rules: rs, version: '9.9' });
    expect(r.summary).toMatchObject({ filesNotChecked: 1, errors: 0, status: 'fail' });
  });
  it('a negative --max-warnings is no limit', () => {
    const u = unit('县教育局', [photo('a.jpg')]);
    expect(build([u], [find(u.files[0]!.path)], -1).summary.status).toBe('pass');
    expect(build([u], [find(u.files[0]!.path)], 0).summary.status).toBe('fail');
  });
  it('units the rule file does not name follow, by name either way round', () => {
    const names = (us: UnitModel[]) => build(us, []).units.map((x) => x.name);
    const sorted = ['丙局', '乙局', '丁局', '甲局'].sort();
    for (const order of [['乙局', '甲局', '丁局', '丙局'], ['甲局', '丙局', '乙局', '丁局'], ['丁局', '丙局', '乙局', '甲局'], sorted]) {
      expect(names(order.map((n) => unit(n, [])))).toEqual(sorted);
    }
  });
});
