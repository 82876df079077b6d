/**
 * Boundary tables for the text-document checks: the own-date window of a 说明报告 / 部门评价
 * (period start … the later of period end and deadline) and the sign-off sheet's deadline.
 */
import { describe, expect, it } from 'vitest';
import { reportChecks } from '../../src/checks/report.js';
import { DEADLINE, PERIOD, count, ctxOf, doc, indicatorOf, rules, runChecks, unitOf } from './helpers.js';
import type { RuleFile } from '../../src/rules/schema.js';

function outside(kind: 'report' | 'evaluation', signedDate: string, extra: Partial<RuleFile> = {}): number {
  const rs = rules(extra);
  const ind = indicatorOf(rs, [doc(kind, { signedDate, text: `县教育局\n${signedDate}` })]);
  return count(runChecks(reportChecks, unitOf([ind]), ctxOf(rs)), `${kind}.date-outside-period`);
}

describe.each(['report', 'evaluation'] as const)('%s.date-outside-period: period start … max(period end, deadline), inclusive', (kind) => {
  // period 2024-08-01 … 2025-07-31, deadline 2025-10-26
  it.each([
    ['just before the period start', '2024-07-31', 1],
    ['on the period start', PERIOD.start, 0],
    ['on the period end', PERIOD.end, 0],
    ['after the period end, before the deadline', '2025-09-15', 0],
    ['on the deadline', DEADLINE, 0],
    ['just after the deadline', '2025-10-27', 1],
  ])('signed %s', (_label, date, expected) => {
    expect(outside(kind, date)).toBe(expected);
  });

  // A deadline inside the period (a county's early hand-in) never shortens the window.
  it.each([
    ['on the period end', PERIOD.end, 0],
    ['just after the period end', '2025-08-01', 1],
  ])('deadline before the period end, signed %s', (_label, date, expected) => {
    expect(outside(kind, date, { deadline: '2025-07-15' })).toBe(expected);
  });
});

describe('signoff.after-deadline: signed on or before the deadline passes', () => {
  const after = (date: string) => {
    const rs = rules();
    const sheet = doc('signoff', { signedDate: date, text: `县教育局 主要领导签字：张三 ${date}` }, { indicator: null, path: '县教育局/承诺书.docx' });
    const unit = unitOf([], { rootFiles: [sheet], files: [sheet] });
    return count(runChecks(reportChecks, unit, ctxOf(rs)), 'signoff.after-deadline');
  };
  it.each([
    ['the day before the deadline', '2025-10-25', 0],
    ['on the deadline', DEADLINE, 0],
    ['the day after the deadline', '2025-10-27', 1],
  ])('signed %s', (_label, date, expected) => {
    expect(after(date)).toBe(expected);
  });
});
