/** Checks on OCR facts (pure): the confidence threshold, the page limit, and how findings say they came from a scan. */
import { describe, expect, it } from 'vitest';
import { ocrCheck } from '../../src/checks/ocr.js';
import { evaluate } from '../../src/evaluate.js';
import type { DocumentFacts, ExtractedFile } from '../../src/types.js';
import type { RunModel } from '../../src/checks/types.js';
import { analyzeText } from '../../src/text/analyze.js';
import { blank } from '../../src/extract/document.js';
import { signoffParas } from '../../fixtures/build/texts.js';
import { ruleSet } from '../report/helpers.js';

type SealV = 'seal' | 'no-seal' | 'cannot-tell';
const ocrFile = (pages: { confidence: number; refused?: number }[], o: { total?: number; kind?: ExtractedFile['kind']; text?: string; seal?: SealV } = {}): ExtractedFile => {
  const facts: { type: 'document' } & DocumentFacts = {
    ...blank('image'),
    ...analyzeText({ pages: [o.text ?? '县教育局关于工作情况的说明'], paged: true, joinLines: true }),
    ocr: { engine: 'test', pagesTotal: o.total ?? pages.length, pages: pages.map((p, i) => ({ page: i + 1, confidence: p.confidence, chars: 10, seal: o.seal ?? 'seal', ...(p.refused !== undefined ? { refused: p.refused } : {}) })), meanConfidence: 77, seal: o.seal ?? 'seal' },
  };
  // A scanned PDF (several pages); a picture has one page and is worded as such (test/boundaries/ocr-bounds.test.ts).
  return { path: '县教育局/移交签单.pdf', absPath: Buffer.from(''), name: '移交签单.pdf', nameRepaired: false, size: 1, container: 'pdf', kind: o.kind ?? 'report', unit: '县教育局', indicator: null, notes: ['unit-root'], facts, error: null };
};

const run = (f: ExtractedFile, min = 60, maxPages = 20) => {
  const hits: { ruleId: string; args: unknown }[] = [];
  const ctx = { rules: ruleSet({ ocr: { minConfidence: min, maxPages } }), asOf: '2026-10-20' };
  if (ocrCheck.scope === 'file') ocrCheck.run(f, null, { name: '县教育局', folder: '县教育局', indicators: [], assigned: [], rootFiles: [], files: [f] }, ctx, (ruleId, at) => hits.push({ ruleId, args: at?.args }));
  return hits;
};

describe('ocr.page-unreadable', () => {
  it('flags a page just under the threshold, not one on it or above it', () => {
    expect(run(ocrFile([{ confidence: 59 }, { confidence: 60 }, { confidence: 61 }]))).toEqual([
      { ruleId: 'ocr.page-unreadable', args: { page: 1, confidence: 59, min: 60 } },
    ]);
  });
  it('follows the rule file’s threshold', () => {
    expect(run(ocrFile([{ confidence: 70 }]), 71).map((h) => h.ruleId)).toEqual(['ocr.page-unreadable']);
    expect(run(ocrFile([{ confidence: 70 }]), 70)).toEqual([]);
  });
  it('ignores documents that were not read by OCR', () => {
    const f = ocrFile([{ confidence: 10 }]);
    delete (f.facts as DocumentFacts).ocr;
    expect(run(f)).toEqual([]);
  });
});

describe('ocr.pages-skipped', () => {
  it('reports pages beyond the limit (read = total − 1), nothing when all were read', () => {
    expect(run(ocrFile([{ confidence: 90 }, { confidence: 90 }], { total: 3 }), 60, 2)).toEqual([
      { ruleId: 'ocr.pages-skipped', args: { read: 2, total: 3, max: 2 } },
    ]);
    expect(run(ocrFile([{ confidence: 90 }, { confidence: 90 }], { total: 2 }), 60, 2)).toEqual([]);
  });
});

describe('ocr.image-refused', () => {
  it('flags each page with an image left undrawn (1 and more), none with 0 or no count; a readable page too', () => {
    expect(run(ocrFile([{ confidence: 90, refused: 0 }, { confidence: 90, refused: 1 }, { confidence: 90 }, { confidence: 90, refused: 3 }]))).toEqual([
      { ruleId: 'ocr.image-refused', args: { page: 2, count: 1 } },
      { ruleId: 'ocr.image-refused', args: { page: 4, count: 3 } },
    ]);
    // An undrawn image on an unreadable page: both are said (why it is unreadable, and that it is).
    expect(run(ocrFile([{ confidence: 0, refused: 1 }])).map((h) => h.ruleId)).toEqual(['ocr.image-refused', 'ocr.page-unreadable']);
  });
});

describe('seal.missing / seal.cannot-tell', () => {
  it('warns on a 部门评价 or 移交签单 without a seal, notes a greyscale one, says nothing of a report', () => {
    for (const kind of ['evaluation', 'signoff'] as const) {
      expect(run(ocrFile([{ confidence: 90 }], { kind, seal: 'no-seal' }))).toEqual([{ ruleId: 'seal.missing', args: { kind } }]);
      expect(run(ocrFile([{ confidence: 90 }], { kind, seal: 'cannot-tell' }))).toEqual([{ ruleId: 'seal.cannot-tell', args: { kind } }]);
      expect(run(ocrFile([{ confidence: 90 }], { kind, seal: 'seal' }))).toEqual([]);
    }
    expect(run(ocrFile([{ confidence: 90 }], { kind: 'report', seal: 'no-seal' }))).toEqual([]);
    // Nothing readable: not checked, and not judged for a seal.
    const unread = ocrFile([{ confidence: 90 }], { kind: 'signoff', seal: 'no-seal' });
    unread.error = { code: 'scanned', detail: 'OCR read no usable text' };
    expect(run(unread)).toEqual([]);
  });
});

describe('findings from OCR text', () => {
  const model = (f: ExtractedFile): RunModel => ({
    units: [{ name: '县教育局', folder: '县教育局', indicators: [], assigned: [], rootFiles: [f], files: [f] }],
    files: [f],
  });
  it('carry source "ocr", the mean confidence, and a note in the message (zh and en)', () => {
    const sheet = ocrFile([{ confidence: 90 }], { kind: 'signoff', text: signoffParas({ unit: '县教育局', leader: '王建国', date: '2026-11-20' }).map((p) => p.text).join('\n') });
    const zh = evaluate(model(sheet), { rules: ruleSet({ deadline: '2026-10-26' }), asOf: '2026-10-20', lang: 'zh' });
    const late = zh.find((f) => f.ruleId === 'signoff.after-deadline')!;
    expect(late).toMatchObject({ source: 'ocr', confidence: 77 });
    expect(late.message).toMatch(/据扫描件 OCR 识别，置信度 77%/);
    const en = evaluate(model(sheet), { rules: ruleSet({ deadline: '2026-10-26' }), asOf: '2026-10-20', lang: 'en' });
    expect(en.find((f) => f.ruleId === 'signoff.after-deadline')!.message).toMatch(/read from a scan by OCR, confidence 77%/);
  });
  it('a sign-off sheet read by OCR: unit and date are judged, the signature goes to a person', () => {
    const sheet = ocrFile([{ confidence: 90 }], { kind: 'signoff', text: signoffParas({ unit: '县教育局', leader: null, date: '2026-10-20' }).map((p) => p.text).join('\n') });
    const ids = evaluate(model(sheet), { rules: ruleSet({ deadline: '2026-10-26' }), asOf: '2026-10-20', lang: 'zh' }).filter((f) => f.file).map((f) => f.ruleId);
    expect(ids).toEqual(['signoff.manual-review']);
  });
});
