/**
 * report.element-missing says what the missing element is. For 数据实例 it asks for figures with
 * units only: a case told in words has no quantity, so it does not make the element present
 * (issue 11, "What counts as an element"), and the hint must not offer it as a way out.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/messages/index.js';

const say = (element: string, lang: 'zh' | 'en') => catalog['report.element-missing'].message[lang]({ element });

describe('report.element-missing: the hint after the element', () => {
  it('数据实例: figures with units, not a typical case in words', () => {
    expect(say('数据实例', 'zh')).toContain('带单位的具体数据');
    expect(say('数据实例', 'zh')).not.toMatch(/事例|案例/);
    expect(say('数据实例', 'en')).toContain('figures with units');
    expect(say('数据实例', 'en')).not.toMatch(/case/);
  });
  it('a county\'s own element has no hint', () => {
    expect(say('台账照片', 'zh')).toBe('说明报告缺少“台账照片”要素');
  });
});
