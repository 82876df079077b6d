/**
 * The band a person confirms (session 31; src/checks/report-elements.ts UNSURE_BELOW): an element
 * found by the built-in standard whose cited sentences the learned second opinion scores below the
 * band in either view is present only on a person's word — `report.element-unsure`, the file not
 * checked until the review record covers it. The scores are facts (the model is built in, not the
 * rule file's); the band is the check's. Boundaries: just below, on and just above the band, in
 * each view; a rule file's cue met; a vetoed or missing element; the extractor's scores; the file's
 * status and a person's review through the whole report.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_BUCKETS, scoreFeatures } from '../../src/text/element-model.js';
import { secondOpinion, type LoadedModel } from '../../src/text/element-model-veto.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements, UNSURE_BELOW } from '../../src/checks/report-elements.js';
import { elementVerdicts } from '../../src/checks/element-verdicts.js';
import { validFacts } from '../../src/cache/facts-shape.js';
import { fileStatus, skeletonOf } from '../../src/report/build.js';
import { indicatorOf, rules as boundaryRules, unitOf } from '../boundaries/helpers.js';
import { renderMessage as format } from '../../src/messages/index.js';
import type { ExtractedFile, Finding } from '../../src/types.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRules } from '../../src/rules/load.js';
import { dir, runChecks } from './helpers.js';

const LINES = ['清河县城管局关于门前三包工作的说明', '局长负总责，执法大队具体负责。', '按照《清河县门前三包管理办法》开展工作。', '县里组织商户签订责任书。', '共签订责任书86份。', '街面秩序明显好转。'];

/** The facts of LINES with the second opinion's scores for 具体措施 set by hand (other elements as the model left them). */
function withScores(sentenceScore: number, clauseScore: number) {
  const facts = analyzeText({ pages: [LINES.join('\n')], paged: false, joinLines: false });
  expect(facts.elements['具体措施'].length).toBeGreaterThan(0);
  return { ...facts, elementScores: { ...facts.elementScores, 具体措施: { sentenceScore, clauseScore } } };
}
const measure = (facts: Parameters<typeof judgeElements>[0], rules = {}) => judgeElements(facts, rules).find((v) => v.element === '具体措施')!;

describe('the band a person confirms', () => {
  it('is one half: the model reading the evidence as more likely not the element than the element', () => {
    expect(UNSURE_BELOW).toBe(0.5);
  });

  it('flags a present element when either view\'s best score is below the band: just below, on, just above', () => {
    const eps = 1e-4;
    // Just below in one view, the other well above: flagged (either view).
    expect(measure(withScores(UNSURE_BELOW - eps, 0.99)).unsure).toBeDefined();
    expect(measure(withScores(0.99, UNSURE_BELOW - eps)).unsure).toBeDefined();
    // On the band in both: not flagged.
    expect(measure(withScores(UNSURE_BELOW, UNSURE_BELOW)).unsure).toBeUndefined();
    // Just above in both: not flagged.
    expect(measure(withScores(UNSURE_BELOW + eps, UNSURE_BELOW + eps)).unsure).toBeUndefined();
  });

  it('keeps the element present and names the sentence it rests on, with its page and the scores', () => {
    const v = measure(withScores(0.2, 0.3));
    expect(v.status).toBe('present');
    expect(v.unsure).toEqual({ evidence: v.evidence, sentenceScore: 0.2, clauseScore: 0.3 });
    const paged = analyzeText({ pages: [LINES.slice(0, 3).join('\n'), LINES.slice(3).join('\n')], paged: true, joinLines: false });
    const p = measure({ ...paged, elementScores: { 具体措施: { sentenceScore: 0.2, clauseScore: 0.3 } } });
    expect(p.unsure?.page).toBe(p.page);
    expect(p.page).toBeGreaterThan(0);
  });

  it('does not weigh an element a rule file\'s cue found too: the county\'s word', () => {
    const facts = withScores(0.1, 0.1);
    expect(measure(facts, { 具体措施: { headings: [], cues: ['签订责任书'] } }).unsure).toBeUndefined();
    // A cue that meets no sentence changes nothing.
    expect(measure(facts, { 具体措施: { headings: [], cues: ['不存在的说法'] } }).unsure).toBeDefined();
  });

  it('says nothing of an element with no scores (none scored, or a rule-only element) or one found missing', () => {
    const facts = withScores(0.1, 0.1);
    expect(measure({ ...facts, elementScores: undefined }).unsure).toBeUndefined();
    const none = measure({ ...facts, elements: { ...facts.elements, 具体措施: [] } });
    expect(none.status).toBe('missing');
    expect(none.unsure).toBeUndefined();
  });
});

/** A model whose every text scores sigmoid(z) in each view, for one element (only the bias weight set). */
function constant(z: number, threshold: number, element = '具体措施'): LoadedModel {
  const w = new Float64Array(MODEL_BUCKETS);
  w[0] = z;
  return { sentence: { [element]: { threshold, weights: w } }, clause: { [element]: { threshold, weights: w } } };
}
const sig = (z: number) => scoreFeatures([0], Object.assign(new Float64Array(1), { 0: z }));

describe('a rule file sets the band (report.unsureBelow)', () => {
  it('moves the band: raised, a score under it is flagged; 0, nothing is; the default is the built-in band', () => {
    const facts = withScores(0.6, 0.95);
    expect(measure(facts).unsure).toBeUndefined();
    expect(judgeElements(facts, {}, 0.9).find((v) => v.element === '具体措施')!.unsure).toBeDefined();
    // On the raised band: not flagged; just under it: flagged.
    expect(judgeElements(withScores(0.9, 0.95), {}, 0.9).find((v) => v.element === '具体措施')!.unsure).toBeUndefined();
    expect(judgeElements(withScores(0.8999, 0.95), {}, 0.9).find((v) => v.element === '具体措施')!.unsure).toBeDefined();
    expect(judgeElements(withScores(0, 0), {}, 0).find((v) => v.element === '具体措施')!.unsure).toBeUndefined();
  });

  it('is read per indicator by the check and the report\'s verdicts, each band its own', () => {
    const f = withScores(0.6, 0.95);
    const doc = { type: 'document', format: 'docx', pages: null, encrypted: false, created: null, modified: null, title: null, ...f } as never;
    const file = { path: '县城管局/Ⅲ—12 我们的节日/说明.docx', absPath: Buffer.from('/x'), name: '说明.docx', nameRepaired: false, size: 1, container: 'docx', kind: 'report', unit: '县城管局', indicator: 'III-12', notes: [], facts: doc } as unknown as ExtractedFile;
    expect(runChecks(file, { unitName: '县城管局' }).some((h) => h.ruleId === 'report.element-unsure')).toBe(false);
    expect(runChecks(file, { unitName: '县城管局', report: { unsureBelow: 0.9 } }).some((h) => h.ruleId === 'report.element-unsure')).toBe(true);
    // Remembered per band: the default's verdicts and the raised band's are not one another's.
    expect(elementVerdicts(doc).find((v) => v.element === '具体措施')!.unsure).toBeUndefined();
    expect(elementVerdicts(doc, {}, 0.9).find((v) => v.element === '具体措施')!.unsure).toBeDefined();
  });

  it('is a number from 0 to 1 in the rule file; the built-in set says one half', () => {
    expect(loadRules().fallback.report.unsureBelow).toBe(UNSURE_BELOW);
    const write = (v: string) => {
      const p = path.join(dir, `band-${v}.yaml`);
      writeFileSync(p, `extends: builtin\ndefaults:\n  report: { unsureBelow: ${v} }\n`);
      return p;
    };
    expect(loadRules({ file: write('0.9') }).fallback.report.unsureBelow).toBe(0.9);
    expect(loadRules({ file: write('0') }).fallback.report.unsureBelow).toBe(0);
    expect(loadRules({ file: write('1') }).fallback.report.unsureBelow).toBe(1);
    expect(() => loadRules({ file: write('1.01') })).toThrow(/unsureBelow/);
    expect(() => loadRules({ file: write('-0.1') })).toThrow(/unsureBelow/);
  });
});

describe('the scores as facts', () => {
  const SENTENCES = [{ text: '县里组织商户签订责任书。' }];
  const ev = { 具体措施: [{ sentence: 0, words: '组织' }] };
  it('records the best scores of evidence the model did not overrule, and none for evidence it did', () => {
    const kept = secondOpinion(SENTENCES, ev, constant(-1, sig(-2)));
    expect(kept.elementVetoes).toBeUndefined();
    expect(kept.elementScores).toEqual({ 具体措施: { sentenceScore: Math.round(sig(-1) * 1e4) / 1e4, clauseScore: Math.round(sig(-1) * 1e4) / 1e4 } });
    const vetoed = secondOpinion(SENTENCES, ev, constant(-3, sig(-2)));
    expect(vetoed.elementVetoes?.['具体措施']).toBeDefined();
    expect(vetoed.elementScores).toBeUndefined();
    // No evidence, or an element the model does not weigh (数据实例): nothing scored.
    expect(secondOpinion(SENTENCES, { 具体措施: [] }, constant(-1, sig(-2))).elementScores).toBeUndefined();
    expect(secondOpinion(SENTENCES, { 数据实例: [{ sentence: 0, words: '份' }] }, constant(-1, sig(-2), '数据实例')).elementScores).toBeUndefined();
  });

  it('does not depend on the rule file and passes the fact cache\'s shape check', () => {
    const facts = analyzeText({ pages: [LINES.join('\n')], paged: false, joinLines: false });
    expect(facts.elementScores?.['具体措施']).toBeDefined();
    const doc = { type: 'document', format: 'docx', pages: null, encrypted: false, created: null, modified: null, title: null, ...facts };
    expect(validFacts(doc)).toBe(true);
    expect(validFacts({ ...doc, elementScores: { 具体措施: { sentenceScore: 'low', clauseScore: 0.2 } } })).toBe(false);
  });
});

describe('report.element-unsure through the check and the report', () => {
  const file = (facts: ReturnType<typeof withScores>): ExtractedFile =>
    ({ path: '县城管局/Ⅲ—12 我们的节日/说明.docx', absPath: Buffer.from('/x'), name: '说明.docx', nameRepaired: false, size: 1, container: 'docx', kind: 'report', unit: '县城管局', indicator: 'III-12', notes: [], facts: { type: 'document', format: 'docx', pages: null, encrypted: false, created: null, modified: null, title: null, ...facts } }) as unknown as ExtractedFile;

  it('is emitted for the flagged element only, with its sentence, and the verdicts show it', () => {
    const f = file(withScores(0.3, 0.9));
    const hits = runChecks(f, { unitName: '县城管局' }).filter((h) => h.ruleId === 'report.element-unsure');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.at.location).toEqual({ element: '具体措施' });
    expect(hits[0]!.at.args?.evidence).toBe(elementVerdicts(f.facts as never).find((v) => v.element === '具体措施')!.evidence);
    expect(runChecks(file(withScores(0.6, 0.9)), { unitName: '县城管局' }).some((h) => h.ruleId === 'report.element-unsure')).toBe(false);
  });

  it('shows 待人工确认 on the page only while the rule is on: severity off asks no person', () => {
    const f = file(withScores(0.3, 0.9));
    const pageVerdict = (rs: ReturnType<typeof boundaryRules>) => {
      const u = unitOf([indicatorOf(rs, [f])]);
      return skeletonOf({ units: [u], files: [f] }, rs).files[0]!.elements!.find((v) => v.element === '具体措施')!;
    };
    expect(pageVerdict(boundaryRules()).unsure).toBeDefined();
    const off = pageVerdict(boundaryRules({ severity: { 'report.element-unsure': 'off' } }));
    expect(off.unsure).toBeUndefined();
    expect(off.status).toBe('present');
    // Another rule off leaves the band as it was.
    expect(pageVerdict(boundaryRules({ severity: { 'report.element-empty': 'off' } })).unsure).toBeDefined();
  });

  it('leaves the file not checked until a person reviews it, then reviewed', () => {
    const f = file(withScores(0.3, 0.9));
    const fx = (status?: 'reviewed'): Finding => ({ ruleId: 'report.element-unsure', severity: 'warning', unit: '县城管局', indicator: 'III-12', file: f.path, args: {}, message: 'x', ...(status ? { status } : {}) }) as Finding;
    expect(fileStatus(f, [fx()])).toBe('not-checked');
    expect(fileStatus(f, [fx('reviewed')])).toBe('reviewed');
  });

  it('says in Chinese and English what to confirm, quoting at most 60 characters of the sentence', () => {
    const long = '县里'.repeat(40);
    const zh = format('report.element-unsure', 'zh', { element: '具体措施', evidence: long });
    expect(zh).toContain('具体措施');
    expect(zh).toContain(`“${'县里'.repeat(30)}…”`);
    expect(zh).toContain('须人工确认');
    const en = format('report.element-unsure', 'en', { element: '具体措施', evidence: '县里组织商户签订责任书。' });
    expect(en).toContain('"县里组织商户签订责任书。"');
    expect(en).toMatch(/a person must confirm/);
    // On the bound: quoted whole.
    expect(format('report.element-unsure', 'zh', { element: '具体措施', evidence: '字'.repeat(60) })).toContain(`“${'字'.repeat(60)}”`);
  });
});
