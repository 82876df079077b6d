/**
 * Plain rule-file cues (literal text, groups, `|`, `?`) run on JavaScript's own engine instead of
 * re2js (src/util/patterns.ts plainCue): they must find exactly what RE2 finds, and anything that
 * could backtrack without bound must stay on RE2.
 */
import { describe, expect, it } from 'vitest';
import { linearPattern, plainCue, re2Pattern, type CuePattern } from '../../src/util/patterns.js';

function all(p: CuePattern, text: string): [string, number][] {
  const out: [string, number][] = [];
  p.lastIndex = 0;
  for (let m = p.exec(text), n = 0; m && n < 100; m = p.exec(text), n++) out.push([m[0], m.index]);
  return out;
}

describe('plain cues', () => {
  it('are literal text, groups, alternatives and a greedy ?', () => {
    for (const c of ['存在问题', '存在(的)?问题', '下一步(工作)?(打算|计划)', '今后(的)?工作', '(?:特此|作如下)说明', 'a|b', '()', '(|a)b', 'x-y,z/ ：']) expect(plainCue(c), c).toBe(true);
  });

  it('are not anything else', () => {
    for (const c of ['', 'a*', 'a+', 'a{2}', 'a{1,}', '.', '[ab]', '\\d', '\\.', '^a', 'a$', '(?<n>a)', '(?i)a', 'a??', 'a?+', '😀?', '😀', '(a', 'a)', '(a+)+$', '(a|aa)+$']) {
      expect(plainCue(c), c).toBe(false);
    }
  });

  it('are bounded in the ways to match at one place: 64 just inside, 65 and 128 outside', () => {
    expect(plainCue('(a)?'.repeat(6))).toBe(true); // 2^6 = 64
    expect(plainCue('(a)?'.repeat(7))).toBe(false); // 128
    const alts = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join('|');
    expect(plainCue(alts(64))).toBe(true);
    expect(plainCue(alts(65))).toBe(false);
    expect(plainCue(`(${alts(32)})(b)?`)).toBe(true); // 32 × 2
    expect(plainCue(`(${alts(33)})(b)?`)).toBe(false); // 66
  });

  it('refuse a ? after a group that can match empty (JS and RE2 choose differently there), and run it on RE2', () => {
    for (const c of ['(|a)?a', '(b?|a)?a', '((a)?)?', '(()|x)?y']) {
      expect(plainCue(c), c).toBe(false);
      expect(all(linearPattern(c), 'aa yxy'), c).toEqual(all(re2Pattern(c), 'aa yxy'));
    }
    // Just outside the rule: a group that cannot match empty may take ?, an empty-capable one without ? is plain.
    for (const c of ['(b|a)?a', '(ba?)?a', '(|a)a', '(a?)a']) expect(plainCue(c), c).toBe(true);
  });

  it('are bounded in length: 256 just inside, 257 outside', () => {
    expect(plainCue('字'.repeat(256))).toBe(true);
    expect(plainCue('字'.repeat(257))).toBe(false);
  });

  it('find what RE2 finds, match by match (leftmost, first alternative, greedy ?, empty matches)', () => {
    const cues = ['(b|a)?a', '(ba?)?a', '(|a)a', '(a?)a', '存在(的)?问题', '下一步(工作)?(打算|计划)', '(a|ab)(c|bcd)?', 'a(b)?(bc)?', '(|x)', '(a)?', '报告(如下)?', 'ab|a', '(?:特此|作如下)说明'];
    const texts = ['存在问题；存在的问题。存在的的问题', '下一步打算，下一步工作计划，下一步工作', 'abcd abc ab a', 'abbc abc', 'xxyx', '', '😀说明报告如下；报告', '特此说明 作如下说明', 'aa baa bba'];
    for (const c of cues) {
      expect(plainCue(c), c).toBe(true);
      for (const t of texts) {
        expect(all(linearPattern(c), t), `${c} on ${t}`).toEqual(all(re2Pattern(c), t));
        expect(linearPattern(c).test(t), `${c} test ${t}`).toBe(re2Pattern(c).test(t));
      }
    }
  });

  it('a cue that is not plain still runs on RE2 in linear time: `(a+)+$` on 10,000 a', () => {
    const p = linearPattern('(a+)+$');
    expect(p.constructor.name).not.toBe('NativePattern');
    expect(p.test(`${'a'.repeat(10_000)}!`)).toBe(false);
  });
});
