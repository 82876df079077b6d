/** The report checks take their thresholds from the indicator's rule-set entry. */
import { beforeAll, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { build, labelledSpecs } from './labelled.js';
import { extracted, ids, runChecks } from './helpers.js';
import type { ExtractedFile } from '../../src/types.js';

let file: ExtractedFile;
let docx: Buffer;
beforeAll(async () => {
  const c = build(labelledSpecs().find((s) => s.id === 'full-numbered')!);
  docx = await makeDocx({ paragraphs: c.paragraphs.map((p) => p.text) });
  file = await extracted(docx, 'full.docx', 'docx');
});

it('passes with the defaults', () => {
  expect(ids(runChecks(file))).toEqual([]);
});

it.each([
  ['minChars', { minChars: 2000 }, 'report.too-short'],
  ['minDataPoints', { minDataPoints: 10 }, 'report.few-data-points'],
  ['minCitations', { minCitations: 2 }, 'report.no-citation'],
  ['an extra element', { elements: { 宣传报道: { headings: ['宣传报道'], cues: ['媒体报道'] } } }, 'report.element-missing'],
  ['summary cues', { summaryCues: ['传统文化', '校园'] }, 'report.summary-style'],
] as const)('%s from the indicator', async (_name, report, ruleId) => {
  // Facts do not depend on the rules: the same extracted file, judged with the indicator's parameters.
  expect(ids(runChecks(file, { report }))).toEqual([ruleId]);
});

it('reads the evaluation period from the rule set', () => {
  const hits = runChecks(file, { rules: { period: { start: '2025-08-01', end: '2026-07-31' } } });
  expect(ids(hits)).toEqual(['report.date-outside-period']);
  expect(hits[0].at.evidence).toEqual({ seen: '2025-06-12', expected: '2025-08-01—2026-07-31' });
});

it('switches a check off with a zero threshold', () => {
  const c = build(labelledSpecs().find((s) => s.id === 'few-numbers')!);
  return makeDocx({ paragraphs: c.paragraphs.map((p) => p.text) }).then(async (b) => {
    const f = await extracted(b, 'few.docx', 'docx');
    expect(ids(runChecks(f))).toContain('report.few-data-points');
    expect(ids(runChecks(f, { report: { minDataPoints: 0 } }))).not.toContain('report.few-data-points');
  });
});
