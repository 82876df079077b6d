/**
 * A scan whose OCR text passes the text bound (analyze.ts: 1,000,000 characters or 50,000
 * sentences; a long scan read with a raised ocr.maxPages) is doc.too-much-text, as a text document
 * is: the bound was thrown out of the OCR facts and read as an OCR failure, so the file became
 * doc.scanned ("OCR failed: …") and was read again by OCR on every run (a failed OCR is not cached).
 */
import { describe, expect, it } from 'vitest';
import { ocrDocumentFacts } from '../../src/ocr/facts.js';
import { MAX_TEXT_CHARS, MAX_TEXT_SENTENCES } from '../../src/text/analyze.js';
import { blank } from '../../src/extract/document.js';
import { evaluate } from '../../src/evaluate.js';
import type { RunModel } from '../../src/checks/types.js';
import type { ExtractedFile } from '../../src/types.js';
import type { OcrRead } from '../../src/ocr/read.js';
import { ruleSet } from '../report/helpers.js';

const read = (pages: number, text: string): OcrRead => ({
  pagesTotal: pages,
  cached: false,
  pages: Array.from({ length: pages }, (_, i) => ({ page: i + 1, text, confidence: 90, seal: 'cannot-tell' as const, refused: 0 })),
});

const scan = () => ({ ...blank('pdf'), pages: 30 });

function judged(r: ReturnType<typeof ocrDocumentFacts>): ExtractedFile {
  return { path: '县教育局/Ⅲ—12 我们的节日/说明报告.pdf', absPath: Buffer.from(''), name: '说明报告.pdf', nameRepaired: false, size: 1, container: 'pdf', kind: 'report', unit: '县教育局', indicator: 'III-12', notes: [], facts: r.facts, error: r.error };
}
const model = (f: ExtractedFile): RunModel => ({ units: [{ name: '县教育局', folder: '县教育局', indicators: [], assigned: [], rootFiles: [f], files: [f] }], files: [f] });

describe('OCR text beyond the text bound', () => {
  it('characters: too-much-text with the count, the pages read kept; doc.too-much-text says so, read from a scan', () => {
    const page = '县教育局组织志愿服务活动一次'.repeat(3_000); // 42,000 characters a page
    const r = ocrDocumentFacts(scan(), read(30, page));
    expect(r.error).toMatchObject({ code: 'too-much-text', args: { what: 'chars', seen: 30 * page.length, limit: MAX_TEXT_CHARS } });
    expect(r.facts.ocr?.pages).toHaveLength(30);
    expect(r.facts.text).toBe('');
    const zh = evaluate(model(judged(r)), { rules: ruleSet(), asOf: '2026-10-20', lang: 'zh' }).filter((f) => f.ruleId.startsWith('doc.'));
    expect(zh.map((f) => f.ruleId)).toEqual(['doc.too-much-text']);
    expect(zh[0]!.message).toMatch(/^文件的文字有 1260000 字，超过读取上限 1000000 字；文件未检查/);
    expect(zh[0]!.message).toMatch(/据扫描件 OCR 识别/);
    const en = evaluate(model(judged(r)), { rules: ruleSet(), asOf: '2026-10-20', lang: 'en' }).filter((f) => f.ruleId.startsWith('doc.'));
    expect(en[0]!.message).toMatch(/^the file holds 1260000 characters of text, above the reading limit of 1000000/);
  });

  it('sentences: too-much-text by sentences', () => {
    const r = ocrDocumentFacts(scan(), read(20, '甲。\n'.repeat(3_000)));
    expect(r.error).toMatchObject({ code: 'too-much-text', args: { what: 'sentences', limit: MAX_TEXT_SENTENCES } });
  });
});
