/**
 * Review of the five-element detector in session 11 (issue 11, "What counts as an element"): short
 * sentences and whole short reports in the reviewer's own wording (not taken from
 * fixtures/elements/ nor from earlier review or register tests), in the registers real clerks use:
 * forms with field:value lines and blank fields, OCR'd scans (stray spaces, lines broken mid-
 * sentence, 〔〕 read as [] or ()), technical bureaus, reports quoting the evaluation standard's
 * requirements, one-clause statements, and near misses just outside each element's standard. Every
 * expected verdict was decided by the standard before the detector ran. Both directions: a sentence
 * that is not the element must not be taken for it, and one that is must be seen. The 30 rows still
 * failing on session 11's final detector (1b92a8d), dropped when it froze, were restored in session 12
 * and pass by general rules (element-shared CANCELLED / NOT_ISSUED, FACILITY_BUILT, TABLE_ROW …).
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { documents } from '../../src/text/element-documents.js';
import { measures } from '../../src/text/element-measures.js';
import { data } from '../../src/text/element-data.js';
import { results } from '../../src/text/element-results.js';
import type { ElementTest } from '../../src/text/element-shared.js';
import { analyzeText } from '../../src/text/analyze.js';
import { normalizeText } from '../../src/text/normalize.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { SENTENCES } from './element-review-11-sentences.js';
import { REPORTS } from './element-review-11-reports.js';

const TESTS: Record<string, ElementTest> = {
  主体责任: responsibility,
  部署文件: documents,
  具体措施: measures,
  数据实例: data,
  取得成效: results,
};

// Each sentence is normalised first, as every extracted text is (OCR's stray spaces between CJK
// characters are collapsed there, not by the element tests).
describe('review, session 11: single sentences against each element test', () => {
  for (const [element, expected, what, s] of SENTENCES) {
    it(`${element} ${expected === '+' ? 'present' : 'absent'}: ${what}: ${s}`, () => {
      const found = TESTS[element]!({ text: normalizeText(s) });
      if (expected === '+') expect(found).not.toBeNull();
      else expect(found).toBeNull();
    });
  }
});

const missing = (lines: string[], joinLines: boolean) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: joinLines, joinLines }))
    .filter((v) => v.status === 'missing')
    .map((v) => v.element)
    .sort();

describe('review, session 11: whole short reports lack exactly the elements the standard says', () => {
  for (const r of REPORTS) {
    it(`${r.name}: missing [${r.missing.join('、')}]`, () => {
      expect(missing(r.lines, r.ocr === true)).toEqual([...r.missing].sort());
    });
  }
});
