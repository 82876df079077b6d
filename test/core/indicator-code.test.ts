import { describe, expect, it } from 'vitest';
import { normalizeIndicatorCode, parseIndicatorPrefix } from '../../src/rules/indicator-code.js';
import { compareKeys } from '../../src/rules/resolve.js';

describe('indicator codes', () => {
  it.each([
    ['Ⅲ—12', 'III-12'],
    ['III-12', 'III-12'],
    ['Ⅲ-12', 'III-12'],
    ['Ⅲ－12', 'III-12'],
    ['iii–12', 'III-12'],
    ['3.12', 'III-12'],
    ['３．１２', 'III-12'],
    ['2.3.1', 'II-3-1'],
    ['II-1', 'II-1'],
    ['Ⅴ—07', 'V-7'],
  ])('%s → %s', (raw, key) => {
    expect(normalizeIndicatorCode(raw)).toBe(key);
  });

  it.each(['县教育局', '2025-06-12 活动', 'XIV-2', '13.1', 'Ⅲ', '说明报告.pdf'])('%s is not a code', (raw) => {
    expect(normalizeIndicatorCode(raw)).toBeNull();
  });

  it('splits a folder name into code and title', () => {
    expect(parseIndicatorPrefix('Ⅲ—12 我们的节日')).toEqual({ key: 'III-12', rest: '我们的节日' });
    expect(parseIndicatorPrefix('3.12我们的节日')).toEqual({ key: 'III-12', rest: '我们的节日' });
  });

  it('orders keys numerically', () => {
    expect(['III-12', 'II-9', 'III-2', 'I-1'].sort(compareKeys)).toEqual(['I-1', 'II-9', 'III-2', 'III-12']);
  });
});
