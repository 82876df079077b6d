/**
 * A long text is read, not refused: a plain-text report or PDF text of more lines, or a report
 * with more sentences cited for an element, than a JavaScript call takes arguments (~120,000)
 * threw RangeError inside the text analysis (Math.max(...list)), and a readable file was reported
 * as doc.corrupt ("可能已损坏"). Boundaries: just below and well past the engine's argument limit.
 */
import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/text/normalize.js';
import { secondOpinion, type LoadedModel } from '../../src/text/element-model-veto.js';
import { MODEL_BUCKETS } from '../../src/text/element-model.js';
import { extracted } from '../report/helpers.js';

const LINES = 300_000;

describe('a text of hundreds of thousands of lines', () => {
  it('joinWrappedLines reads every line (short lines: none joined)', () => {
    for (const n of [1_000, LINES]) {
      const text = Array.from({ length: n }, (_, i) => `第${i}行`).join('\n');
      expect(joinWrappedLines(text)).toBe(text);
    }
    // Wide lines still join: the widest line is measured over all of them.
    const wide = '一'.repeat(30);
    const text = [...Array.from({ length: LINES }, () => '短'), wide, '接着写完。'].join('\n');
    expect(joinWrappedLines(text).split('\n').pop()).toBe(`${wide}接着写完。`);
    // Wide lines that never close a sentence: all joined into one paragraph (no regular expression
    // on the growing paragraph: that was quadratic, minutes for this text).
    const lines = Array.from({ length: LINES }, (_, i) => `${wide}${i % 10}`);
    const joined = joinWrappedLines(lines.join('\n'));
    expect(joined).toBe(lines.join(''));
  });

  // Since session 14 a document above 1,000,000 characters or 50,000 sentences is not analysed
  // (doc.too-much-text, a bound of its own), so a text this long is refused by that bound — never
  // by a RangeError read as doc.corrupt. The analysis paths past the argument limit are held by the
  // joinWrappedLines and second-opinion cases here.
  it('a .txt report of 300,000 lines is refused by the text bound, not as corrupt', async () => {
    const text = ['县甲局志愿服务工作说明报告', ...Array.from({ length: LINES }, (_, i) => `第${i}行`)].join('\n');
    const f = await extracted(Buffer.from(text, 'utf8'), '说明报告.txt', 'text');
    expect(f.error?.code).toBe('too-much-text');
  }, 120_000);

  it('the second opinion weighs 300,000 cited sentences (and vetoes as with a few)', () => {
    // A model that scores every sentence at 0.5: below a threshold of 0.6 in both views.
    const weights = new Float64Array(MODEL_BUCKETS);
    const view = { 具体措施: { threshold: 0.6, weights } };
    const m = { sentence: view, clause: view } as unknown as LoadedModel;
    for (const n of [3, LINES]) {
      const sentences = Array.from({ length: n }, () => ({ text: '做' }));
      const found = sentences.map((_, i) => ({ sentence: i, words: '做' }));
      const out = secondOpinion(sentences, { 具体措施: found }, m);
      expect(out.elementVetoes?.['具体措施']?.evidence.length, String(n)).toBe(n);
      expect(out.elements['具体措施']).toEqual([]);
    }
  });
});
