/** Boundary table for unit.deadline-passed: the run's date after the hand-in deadline, not on it. */
import { describe, expect, it } from 'vitest';
import { materialChecks } from '../../src/checks/materials.js';
import { DEADLINE, count, ctxOf, doc, indicatorOf, rules, runChecks, unitOf } from './helpers.js';

describe('unit.deadline-passed', () => {
  const passed = (asOf: string) => {
    const rs = rules();
    const ind = indicatorOf(rs, [doc('report', { signedDate: '2025-07-30' })]);
    return count(runChecks(materialChecks, unitOf([ind]), ctxOf(rs, asOf)), 'unit.deadline-passed');
  };
  it.each([
    ['the day before the deadline', '2025-10-25', 0],
    ['on the deadline', DEADLINE, 0],
    ['the day after the deadline', '2025-10-27', 1],
  ])('checked %s', (_label, asOf, expected) => {
    expect(passed(asOf)).toBe(expected);
  });
});
