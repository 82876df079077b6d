/**
 * OCR'd pages and register reading caps on facts built in memory: a page's confidence just under /
 * on / over the rule file's minimum, pages read one short of / equal to the pages in the file, the
 * seal verdicts by kind, and a sheet with content beyond the caps.
 */
import { describe, expect, it } from 'vitest';
import { ocrCheck } from '../../src/checks/ocr.js';
import { registerBoundsCheck } from '../../src/checks/register-bounds.js';
import type { OcrFacts } from '../../src/types.js';
import { renderMessage } from '../../src/messages/index.js';
import { count, ctxOf, doc, indicatorOf, photo, register, rules, runChecks, unitOf } from './helpers.js';

const page = (n: number, confidence: number) => ({ page: n, confidence, chars: 500, seal: 'seal' as const });
const ocr = (over: Partial<OcrFacts> = {}): OcrFacts => ({ engine: 'tesseract', pagesTotal: 1, pages: [page(1, 90)], meanConfidence: 90, seal: 'seal', ...over });
function run(kind: 'report' | 'evaluation' | 'signoff', o: OcrFacts | undefined, minConfidence?: number, error: unknown = null) {
  const rs = rules(minConfidence === undefined ? {} : ({ ocr: { minConfidence, maxPages: 3 } } as never));
  const f = doc(kind, { ocr: o }, { error: error as never });
  return runChecks([ocrCheck], unitOf([indicatorOf(rs, [f])]), ctxOf(rs));
}

describe('OCR page confidence against minConfidence (default 60)', () => {
  it.each([
    [59.9, 1],
    [60, 0],
    [60.1, 0],
  ])('a page at %s', (c, n) => expect(count(run('report', ocr({ pages: [page(1, c)] })), 'ocr.page-unreadable')).toBe(n));
  it('the rule file’s minimum, per page, with raw values', () => {
    const hits = run('report', ocr({ pagesTotal: 3, pages: [page(1, 80), page(2, 79), page(3, 81)] }), 80);
    expect(hits).toEqual([
      { ruleId: 'ocr.page-unreadable', file: hits[0]!.file, location: { page: 2 }, args: { page: 2, confidence: 79, min: 80 }, evidence: { seen: 79, expected: 80 } },
    ]);
  });
  it('a picture (a photographed or scanned page saved as JPEG/PNG) has no page: no page as its place, and worded as a picture', () => {
    const rs = rules();
    for (const container of ['jpeg', 'png'] as const) {
      const f = doc('signoff', { ocr: ocr({ pages: [page(1, 3)] }) }, { container, name: '移交签单.jpg' });
      const hits = runChecks([ocrCheck], unitOf([indicatorOf(rs, [f])]), ctxOf(rs));
      expect(hits).toEqual([{ ruleId: 'ocr.page-unreadable', file: f.path, args: { page: 1, confidence: 3, min: 60, picture: true }, evidence: { seen: 3, expected: 60 } }]);
      expect(renderMessage('ocr.page-unreadable', 'zh', hits[0]!.args)).toBe('图片 OCR 识别置信度只有 3%（至少 60%），内容未检查');
      expect(renderMessage('ocr.page-unreadable', 'en', hits[0]!.args)).toMatch(/^the picture was read by OCR with only 3% confidence/);
    }
    // a PDF (or OFD, Word) scan keeps its page
    const pdf = doc('signoff', { ocr: ocr({ pages: [page(1, 3)] }) }, { container: 'pdf' });
    const hit = runChecks([ocrCheck], unitOf([indicatorOf(rs, [pdf])]), ctxOf(rs))[0]!;
    expect(hit.location).toEqual({ page: 1 });
    expect(renderMessage('ocr.page-unreadable', 'zh', hit.args)).toBe('第 1 页 OCR 识别置信度只有 3%（至少 60%），内容未检查');
  });
  it('no OCR facts, or facts of another type: nothing', () => {
    expect(run('report', undefined)).toEqual([]);
    const rs = rules();
    expect(runChecks([ocrCheck], unitOf([indicatorOf(rs, [photo('说明报告.jpg', {}, { kind: 'report' })])]), ctxOf(rs))).toEqual([]);
  });
});

describe('pages read against pages in the file', () => {
  it.each([
    [2, 3, 1],
    [3, 3, 0],
  ])('%i of %i read', (read, total, n) => {
    const hits = run('report', ocr({ pagesTotal: total, pages: Array.from({ length: read }, (_, i) => page(i + 1, 90)) }), 60);
    expect(count(hits, 'ocr.pages-skipped')).toBe(n);
    if (n) expect(hits.find((h) => h.ruleId === 'ocr.pages-skipped')).toMatchObject({ args: { read, total, max: 3 }, evidence: { seen: read, expected: total } });
  });
  it('the default page limit is named when the rule file sets none', () => {
    expect(run('report', ocr({ pagesTotal: 30, pages: [page(1, 90)] })).find((h) => h.ruleId === 'ocr.pages-skipped')!.args).toEqual({ read: 1, total: 30, max: 20 });
  });
});

describe('seal (evaluation and sign-off only, and only when the file was read)', () => {
  it.each([
    ['evaluation', 'no-seal', ['seal.missing']],
    ['signoff', 'no-seal', ['seal.missing']],
    ['evaluation', 'cannot-tell', ['seal.cannot-tell']],
    ['signoff', 'cannot-tell', ['seal.cannot-tell']],
    ['evaluation', 'seal', []],
    ['report', 'no-seal', []],
    ['report', 'cannot-tell', []],
  ] as const)('%s with %s', (kind, seal, ids) => {
    const hits = run(kind, ocr({ seal }));
    expect(hits.map((h) => h.ruleId)).toEqual(ids);
    for (const h of hits) expect(h).toMatchObject({ args: { kind }, evidence: { seen: seal, expected: 'seal' } });
  });
  it('a file with an error is not judged for a seal', () => {
    expect(run('evaluation', ocr({ seal: 'no-seal' }), undefined, { code: 'scanned', detail: '' })).toEqual([]);
  });
});

describe('register reading caps', () => {
  it('each sheet with content beyond the caps, with the cell and the limit', () => {
    const rs = rules();
    const f = register([], { overflow: [{ sheet: 'S1', cell: 'A5001', reason: 'rows', limit: 5000 }, { sheet: 'S2', cell: 'ZZ1', reason: 'columns', limit: 200 }] });
    const hits = runChecks([registerBoundsCheck], unitOf([indicatorOf(rs, [f])]), ctxOf(rs));
    expect(hits).toEqual([
      { ruleId: 'register.sheet-too-large', file: f.path, location: { sheet: 'S1', cell: 'A5001' }, args: { sheet: 'S1', cell: 'A5001', reason: 'rows', limit: 5000 }, evidence: { seen: 'A5001', expected: 'rows ≤ 5000' } },
      { ruleId: 'register.sheet-too-large', file: f.path, location: { sheet: 'S2', cell: 'ZZ1' }, args: { sheet: 'S2', cell: 'ZZ1', reason: 'columns', limit: 200 }, evidence: { seen: 'ZZ1', expected: 'columns ≤ 200' } },
    ]);
    expect(runChecks([registerBoundsCheck], unitOf([indicatorOf(rs, [register([])])]), ctxOf(rs))).toEqual([]);
  });
});
