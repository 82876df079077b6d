/**
 * One document's text analysis is bounded (src/text/analyze.ts): the element tests cost ~0.2 ms a
 * sentence and a few µs a character, and nothing else bounded what a document may hold. A 6 KB
 * .docx of 620,000 sentences (甲。, within the 4 MB XML bound) took 142 s, a 60 MB .txt report
 * over 5 minutes. Above MAX_TEXT_CHARS characters (as extracted) or MAX_TEXT_SENTENCES sentences a
 * document is refused (doc.too-much-text, the file not checked), before any element test runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, MAX_TEXT_SENTENCES, TextTooLong, analyzeText } from '../../src/text/analyze.js';
import { check } from '../../src/check.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { renderMessage } from '../../src/messages/index.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-text-bound-');

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof TextTooLong ? { what: e.what, seen: e.seen, limit: e.limit } : e;
  }
  return null;
};

describe('the text one document may hold', () => {
  it('characters: on the bound read, one over refused before anything is normalised (counted as extracted, over all pages)', () => {
    // Spaces cost nothing to analyse once normalised away: the bound is on the text as extracted.
    const pad = (n: number) => `说明报告。${' '.repeat(n - 5)}`;
    expect(refused(() => analyzeText({ pages: [pad(MAX_TEXT_CHARS)], paged: false, joinLines: true }))).toBeNull();
    expect(refused(() => analyzeText({ pages: [pad(MAX_TEXT_CHARS / 2), pad(MAX_TEXT_CHARS / 2 + 1)], paged: true, joinLines: true }))).toEqual({
      what: 'chars',
      seen: MAX_TEXT_CHARS + 1,
      limit: MAX_TEXT_CHARS,
    });
  });

  it('sentences: on the bound read, one over refused', () => {
    // A sentence of its own each (甲。): the cheapest sentences there are; the heading is one too.
    const text = (n: number) => '甲。'.repeat(n);
    const facts = analyzeText({ pages: [text(MAX_TEXT_SENTENCES)], paged: false, joinLines: false, hardReturns: true });
    expect(facts.sentences!.length).toBe(MAX_TEXT_SENTENCES);
    expect(refused(() => analyzeText({ pages: [text(MAX_TEXT_SENTENCES + 1)], paged: false, joinLines: false }))).toEqual({
      what: 'sentences',
      seen: MAX_TEXT_SENTENCES + 1,
      limit: MAX_TEXT_SENTENCES,
    });
  }, 120_000);

  it('a .txt and a .docx report past the bounds are doc.too-much-text, not checked; the run goes on', async () => {
    const ind = path.join(tmp, '县教育局', 'Ⅲ—12 我们的节日');
    fs.mkdirSync(ind, { recursive: true });
    // 24 MB of plain text (12 million characters) and a .docx of 300,000 sentences in one paragraph.
    fs.writeFileSync(path.join(ind, '说明报告.txt'), '开展活动36场。'.repeat(1_500_000));
    fs.writeFileSync(path.join(ind, '说明报告.docx'), await makeDocx({ paragraphs: ['甲。'.repeat(300_000)] }));
    fs.writeFileSync(path.join(ind, '部门评价.docx'), await makeDocx({ paragraphs: ['县文明办关于县教育局节日活动的评价', '活动开展扎实。'] }));
    const report = await check({ path: path.join(tmp, '县教育局'), asOf: '2026-10-20' });
    const at = (n: string) => report.findings.filter((f) => f.file === `Ⅲ—12 我们的节日/${n}` && f.ruleId.startsWith('doc.')).map((f) => [f.ruleId, f.args]);
    expect(at('说明报告.txt')).toEqual([['doc.too-much-text', { code: 'too-much-text', format: 'text', what: 'chars', seen: 12_000_000, limit: MAX_TEXT_CHARS }]]);
    expect(at('说明报告.docx')).toEqual([['doc.too-much-text', { code: 'too-much-text', format: 'docx', what: 'sentences', seen: 300_000, limit: MAX_TEXT_SENTENCES }]]);
    for (const n of ['说明报告.txt', '说明报告.docx']) expect(report.files.find((f) => f.path === `Ⅲ—12 我们的节日/${n}`)!.status).not.toBe('pass');
    // The other document is still read and judged.
    expect(report.files.find((f) => f.path === 'Ⅲ—12 我们的节日/部门评价.docx')!.kind).toBe('evaluation');
    expect(at('部门评价.docx')).toEqual([]);
  }, 120_000);

  it('the message says how much, in both languages, from raw values', () => {
    expect(renderMessage('doc.too-much-text', 'zh', { what: 'sentences', seen: 620_000, limit: 50_000 })).toBe('文件的文字有 620000 句，超过读取上限 50000 句；文件未检查');
    expect(renderMessage('doc.too-much-text', 'zh', { what: 'chars', seen: 1_000_001, limit: 1_000_000 })).toBe('文件的文字有 1000001 字，超过读取上限 1000000 字；文件未检查');
    expect(renderMessage('doc.too-much-text', 'en', { what: 'chars', seen: 1_000_001, limit: 1_000_000 })).toBe(
      'the file holds 1000001 characters of text, above the reading limit of 1000000; the file was not checked',
    );
  });
});
