/** The report family's catalog: every rule the checks can emit has zh/en texts that render. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMessages } from '../../src/messages/report.js';
import { DOC_ERROR_RULES } from '../../src/checks/report.js';

// The report family's checks: report.ts and the document-wide warnings beside it (doc-hidden.ts).
const source = ['report.ts', 'doc-hidden.ts'].map((f) => readFileSync(path.resolve(import.meta.dirname, '../../src/checks', f), 'utf8')).join('\n');
const emitted = [...new Set([...source.matchAll(/emit\('([a-z.-]+)'/g)].map((m) => m[1]).concat(Object.values(DOC_ERROR_RULES)))].sort();

describe('report messages', () => {
  it('covers every rule id the checks emit, and nothing else', () => {
    expect(emitted.length).toBeGreaterThan(20);
    expect(Object.keys(reportMessages).sort()).toEqual(emitted);
  });
  const args = { seen: 'X', expected: 'Y', from: '2025-08-01', to: '2026-10-31', element: '主体责任', heading: '五、取得成效', unit: '县教育局', year: 2026, problems: ['brackets', 'zero-padding'], format: 'pdf', code: 'scanned', limit: 3000, chars: 12, how: ['white', 'tiny'] };
  it.each(Object.entries(reportMessages))('%s renders in Chinese and English', (_id, info) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = info.message[lang](args);
      expect(text).not.toMatch(/undefined|\[object/);
      expect(text.length).toBeGreaterThan(5);
      expect(info.title[lang]).toBeTruthy();
      expect(info.why[lang]).toBeTruthy();
      expect(info.fix[lang]).toBeTruthy();
    }
  });
  it('spells out 文号 problems and the corrected form', () => {
    const m = reportMessages['report.docno-malformed'].message;
    expect(m.zh({ seen: '县创文办[2024]01号', expected: '县创文办〔2024〕1号', problems: ['brackets', 'zero-padding'] })).toBe(
      '文号“县创文办[2024]01号”不规范（年份应用六角括号〔〕；序号不编虚位），应写作“县创文办〔2024〕1号”',
    );
    expect(m.en({ seen: 'a', expected: 'b', problems: ['di'] })).toContain('no 第 before the number');
  });
});
