/**
 * Accuracy on the labelled set: every report text rendered as .docx and as PDF must give the
 * labelled elements, 文号 verdicts, data counts, length and date, and exactly the expected rule ids.
 */
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { build, labelledSpecs, type LabelledCase } from './labelled.js';
import { extracted, ids, runChecks } from './helpers.js';
import type { ExtractedFile } from '../../src/types.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const PERIOD = { start: '2024-08-01', end: '2025-07-31' };

/** The rule ids a case must raise, from its labels alone. */
function expectedIds(c: LabelledCase): string[] {
  const out = new Set<string>();
  if (c.missing.length) out.add('report.element-missing');
  if (c.empty.length) out.add('report.element-empty');
  // A report with no 部署文件 says so once (report.element-missing), not again as too few citations.
  if (c.citations.length === 0 && !c.missing.includes('部署文件')) out.add('report.no-citation');
  if (c.citations.some((d) => !d.wellFormed)) out.add('report.docno-malformed');
  const year = Number((c.signedDate ?? '2025-06-12').slice(0, 4));
  if (c.citations.some((d) => d.year > year)) out.add('report.docno-future-year');
  // A report with no 数据实例 says so once (report.element-missing), not again as too few figures.
  if (c.dataCount < 3 && !c.missing.includes('数据实例')) out.add('report.few-data-points');
  if (c.chars < 300) out.add('report.too-short');
  if (c.summary) out.add('report.summary-style');
  if (c.signedDate === null) out.add('report.undated');
  else if (c.signedDate < PERIOD.start || c.signedDate > PERIOD.end) out.add('report.date-outside-period');
  return [...out].sort();
}

async function renderDocx(c: LabelledCase): Promise<ExtractedFile> {
  const style = c.spec.style;
  const buf = await makeDocx({
    paragraphs: c.paragraphs.map((p) =>
      p.heading && (style === 'styled-en' || style === 'styled-zh') ? { text: p.text, heading: 1, headingStyle: style === 'styled-zh' ? 'zh' : 'en' } : { text: p.text },
    ),
    created: '2025-06-12T01:00:00Z',
  });
  return extracted(buf, `${c.spec.id}.docx`, 'docx');
}

async function renderPdf(c: LabelledCase): Promise<ExtractedFile> {
  const texts = c.paragraphs.map((p) => p.text);
  const half = Math.ceil(texts.length / 2);
  const pages = c.spec.twoPages ? [texts.slice(0, half), texts.slice(half)] : [texts];
  return extracted(makePdf({ pages, info: { creationDate: '2025-06-12T09:00:00+08:00' } }), `${c.spec.id}.pdf`, 'pdf');
}

const cases = labelledSpecs().map(build);

it('has at least 30 varied labelled texts', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  expect(new Set(cases.map((c) => c.spec.style)).size).toBe(4);
  for (const el of ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效']) expect(cases.some((c) => c.missing.includes(el as never))).toBe(true);
  expect(cases.some((c) => c.citations.some((d) => !d.wellFormed))).toBe(true);
  expect(cases.some((c) => c.citations.some((d) => d.wellFormed))).toBe(true);
});

describe.each([
  ['docx', renderDocx],
  ['pdf', renderPdf],
] as const)('labelled set as %s', (_format, render) => {
  it.each(cases.map((c) => [c.spec.id, c] as const))('%s', async (_id, c) => {
    const file = await render(c);
    expect(file.error).toBeNull();
    if (file.facts.type !== 'document') throw new Error('not a document');
    const facts = file.facts;
    // Elements.
    const verdicts = judgeElements(facts);
    const found = verdicts.filter((v) => v.status === 'present').map((v) => v.element).sort();
    expect(found).toEqual([...c.present].sort());
    for (const v of verdicts) if (v.status === 'present') expect(v.evidence).toBeTruthy();
    expect(verdicts.filter((v) => v.emptyHeadings).map((v) => v.element).sort()).toEqual([...c.empty].sort());
    // 文号 verdicts.
    expect(facts.citations.map((x) => ({ wellFormed: x.wellFormed, corrected: x.corrected, year: x.year }))).toEqual(
      c.citations.map((d) => ({ wellFormed: d.wellFormed, corrected: d.corrected, year: d.year })),
    );
    for (const x of facts.citations) expect(x.title).not.toBeNull();
    // Data, length, date.
    expect(facts.dataPoints.length).toBe(c.dataCount);
    expect(facts.textLength).toBe(c.chars);
    expect(facts.signedDate).toBe(c.signedDate);
    // Checks.
    const hits = runChecks(file);
    expect(ids(hits)).toEqual(expectedIds(c));
    const missingReported = hits.filter((h) => h.ruleId === 'report.element-missing').map((h) => h.at.args?.element).sort();
    expect(missingReported).toEqual([...c.missing].sort());
    for (const h of hits.filter((x) => x.ruleId === 'report.docno-malformed')) {
      expect(c.citations.map((d) => d.corrected)).toContain(h.at.args?.expected);
    }
    if (file.facts.format === 'pdf' && c.spec.twoPages) {
      expect(verdicts.some((v) => v.page === 2)).toBe(true);
      expect(facts.pageTexts).toHaveLength(2);
    }
  });
});
