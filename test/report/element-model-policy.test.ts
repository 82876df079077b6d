/**
 * The second opinion's veto policy (scripts/element-model-fit.ts): thresholds from out-of-fold
 * scores of present reports, with an allowance of present reports the veto may overrule, and the
 * threshold folds (one per authoring set).
 */
import { describe, expect, it } from 'vitest';
import { VETO_POLICY, allowance, authorSet, f1, policyThresholds, setOrder, tallyVerdicts, thresholdsFrom, type Dumped } from '../../scripts/element-model-fit.js';

/** How many rows the thresholds overrule: strictly below in every view. */
const overruled = (rows: number[][], t: number[]) => rows.filter((x) => x.every((s, v) => s < t[v])).length;

describe('policyThresholds', () => {
  const rows = [
    [0.1, 0.5],
    [0.2, 0.1],
    [0.3, 0.3],
    [0.4, 0.4],
  ];

  it('quantile, allowing nothing: each view\'s lowest score, so no present report is overruled (the former rule)', () => {
    expect(policyThresholds(rows, 0)).toEqual([0.1, 0.1]);
    expect(policyThresholds(rows, 0, 'quantile')).toEqual([0.1, 0.1]);
    expect(overruled(rows, [0.1, 0.1])).toBe(0);
  });

  it('quantile: each view\'s (allowance+1)-th lowest score, which overrules at most the allowance', () => {
    expect(policyThresholds(rows, 1, 'quantile')).toEqual([0.2, 0.3]);
    expect(overruled(rows, [0.2, 0.3])).toBe(0);
    expect(policyThresholds(rows, 2, 'quantile')).toEqual([0.3, 0.4]);
    expect(overruled(rows, [0.3, 0.4])).toBe(1);
  });

  it('joint: the highest common order statistic whose joint veto stays within the allowance', () => {
    // k = 1 ([0.2, 0.3]) overrules none, k = 2 ([0.3, 0.4]) one (row 1), k = 3 ([0.4, 0.5]) two.
    expect(policyThresholds(rows, 0, 'joint')).toEqual([0.2, 0.3]);
    expect(policyThresholds(rows, 1, 'joint')).toEqual([0.3, 0.4]);
    expect(overruled(rows, [0.3, 0.4])).toBe(1);
    expect(policyThresholds(rows, 2, 'joint')).toEqual([0.4, 0.5]);
    expect(overruled(rows, [0.4, 0.5])).toBe(2);
  });

  it('never goes past the highest score, whatever the allowance', () => {
    for (const rule of ['quantile', 'joint'] as const) {
      expect(policyThresholds(rows, 10, rule)).toEqual([0.4, 0.5]);
      expect(policyThresholds([[0.7, 0.2]], 5, rule)).toEqual([0.7, 0.2]);
    }
  });

  it('does not overrule a report scoring exactly the threshold', () => {
    // Two reports tie at the lowest score: allowing one cannot separate them, so neither is overruled.
    const tied = [
      [0.2, 0.2],
      [0.2, 0.2],
      [0.6, 0.6],
    ];
    for (const rule of ['quantile', 'joint'] as const) {
      expect(policyThresholds(tied, 1, rule)).toEqual([0.2, 0.2]);
      expect(overruled(tied, policyThresholds(tied, 1, rule))).toBe(0);
    }
    expect(policyThresholds(tied, 2, 'joint')).toEqual([0.6, 0.6]);
    expect(overruled(tied, [0.6, 0.6])).toBe(2);
  });

  it('a report low in one view only is never counted as overruled', () => {
    const split = [
      [0.1, 0.9],
      [0.9, 0.1],
      [0.5, 0.5],
      [0.95, 0.95],
    ];
    // k = 2 ([0.9, 0.9]) overrules only row 2: the rows low in one view stay.
    expect(policyThresholds(split, 1, 'joint')).toEqual([0.9, 0.9]);
    expect(policyThresholds(split, 0, 'joint')).toEqual([0.5, 0.5]);
    expect(policyThresholds(split, 1, 'quantile')).toEqual([0.5, 0.5]);
  });

  it('with no scores gives nothing; thresholdsFrom then keeps 1 (nothing to protect)', () => {
    expect(policyThresholds([], 3)).toEqual([]);
    expect(thresholdsFrom({ 主体责任: [] }, ['sentence', 'clause'], { 主体责任: { rule: 'quantile', share: 0.01 } })).toEqual({ sentence: { 主体责任: 1 }, clause: { 主体责任: 1 } });
  });
});

describe('allowance', () => {
  it('is the share of present reports rounded down, exact on the boundary', () => {
    expect(allowance(199, 0.005)).toBe(0);
    expect(allowance(200, 0.005)).toBe(1);
    expect(allowance(399, 0.005)).toBe(1);
    expect(allowance(400, 0.005)).toBe(2);
    expect(allowance(1000, 0)).toBe(0);
  });

  it('thresholdsFrom applies each element\'s own share', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i / 200, i / 200]);
    const t = thresholdsFrom({ 主体责任: rows, 具体措施: rows }, ['sentence', 'clause'], { 主体责任: { rule: 'quantile', share: 0.005 }, 具体措施: { rule: 'quantile', share: 0 } });
    expect(t.sentence!['主体责任']).toBe(1 / 200); // one report (score 0) overruled
    expect(t.sentence!['具体措施']).toBe(0); // none
  });

  it('thresholdsFrom caps each view\'s threshold at the policy\'s cap, when it has one', () => {
    const rows = Array.from({ length: 400 }, (_, i) => [0.9 + i / 4000, 0.95 + i / 8000]);
    const views = ['sentence', 'clause'] as const;
    const free = thresholdsFrom({ 具体措施: rows }, [...views], { 具体措施: { rule: 'joint', share: 0.0025 } });
    expect([free.sentence!['具体措施'], free.clause!['具体措施']]).toEqual(rows[1]);
    const capped = thresholdsFrom({ 具体措施: rows }, [...views], { 具体措施: { rule: 'joint', share: 0.0025, cap: 0.5 } });
    expect([capped.sentence!['具体措施'], capped.clause!['具体措施']]).toEqual([0.5, 0.5]);
    // A cap above the rule's thresholds changes nothing.
    const high = thresholdsFrom({ 具体措施: rows }, [...views], { 具体措施: { rule: 'joint', share: 0.0025, cap: 0.99 } });
    expect([high.sentence!['具体措施'], high.clause!['具体措施']]).toEqual(rows[1]);
    // The shipped policy has no cap.
    expect(Object.values(VETO_POLICY).every((p) => p.cap === undefined)).toBe(true);
  });

  it('thresholdsFrom applies each element\'s own rule', () => {
    const rows = [
      [0.1, 0.5],
      [0.2, 0.1],
      [0.3, 0.3],
      [0.4, 0.4],
    ];
    const t = thresholdsFrom({ 主体责任: rows, 具体措施: rows }, ['sentence', 'clause'], { 主体责任: { rule: 'quantile', share: 0 }, 具体措施: { rule: 'joint', share: 0 } });
    expect([t.sentence!['主体责任'], t.clause!['主体责任']]).toEqual([0.1, 0.1]);
    expect([t.sentence!['具体措施'], t.clause!['具体措施']]).toEqual([0.2, 0.3]);
  });

  // Session 21: 具体措施 back to the former rule (the joint rule, retrained with the nineteenth set, vetoed a hand-written
  // report's one plain action: element-registers-9.test.ts, the 清单式 row).
  it('the shipped policy: 具体措施, 主体责任 and 取得成效 the former rule (lowest out-of-fold score per view)', () => {
    expect(VETO_POLICY['具体措施']).toEqual({ rule: 'quantile', share: 0 });
    expect(VETO_POLICY['取得成效']).toEqual({ rule: 'quantile', share: 0 });
    expect(VETO_POLICY['主体责任']).toEqual({ rule: 'quantile', share: 0 });
  });
});

describe('threshold folds', () => {
  it('one fold per authoring set, the eleventh, twelfth and thirteenth apart, on their id boundaries', () => {
    expect(['199', '200', '4199', '4200', '4799', '4800', '5985', '5999', '6000', '6985', '6999', '7000'].map(authorSet)).toEqual(['A1', 'A2', '10', '11', '11', '12', '12', '12', '13', '13', '13', '14']);
    expect(['A1', 'A3', '4', '13'].map(setOrder)).toEqual([1, 3, 4, 13]);
  });
});

describe('tallyVerdicts (the protocol scripts\' scoring)', () => {
  const rep = (id: string, labelledMissing: string[]) => ({ id, labelledMissing }) as unknown as Dumped;
  it('counts per element, and the reports lacking an element that passed', () => {
    const reports = [rep('1', ['主体责任']), rep('2', ['具体措施']), rep('3', [])];
    const said: Record<string, string[]> = { '1': ['主体责任'], '2': [], '3': ['取得成效'] };
    const { tally, passed } = tallyVerdicts(reports, (r) => new Set(said[r.id]));
    expect(tally['主体责任']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tally['具体措施']).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(tally['取得成效']).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(passed).toEqual(['2']);
    expect(f1(tally['具体措施'])).toBe(0);
    expect(f1(tally['数据实例'])).toBe(1);
    expect(f1({ tp: 2, fp: 1, fn: 1 })).toBeCloseTo(4 / 6);
  });
});
