/**
 * A record `review accept` starts says, in its first lines and in the run's language, where it
 * lives and what each field means: it was one half-Chinese line under --lang en too
 * ("ledger-check 人工确认记录 (review record): 放在台账文件夹之外; …") and named no field, so a person
 * opening it to write or correct an entry by hand had only README to go by.
 */
import { describe, expect, it } from 'vitest';
import { emptyReview, withEntry } from '../../src/review/edit.js';
import { parseReview } from '../../src/review/load.js';

const entry = { file: '台账/县教育局/移交签单.jpg', sha256: 'a'.repeat(64), rule: 'signoff.manual-review', verdict: 'accepted' as const, reason: '已核对原件', by: '县创文办', at: '2026-10-20T09:00:00Z' };
const FIELDS = ['file', 'sha256', 'rule', 'verdict', 'reason', 'by / at'];

describe('a new review record documents itself', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the header names every field, in the run's language, and the record still reads back`, () => {
      const text = withEntry(emptyReview('r.yaml', lang), entry, lang);
      const header = text.slice(0, text.indexOf('version: 1'));
      for (const field of FIELDS) expect(header, field).toMatch(new RegExp(`^#\\s+${field.replace('/', '\\/')}\\s`, 'm'));
      expect(header).toContain('ledger-check review accept');
      expect(header).toContain('ledger-check review prune');
      if (lang === 'en') expect(header).not.toMatch(/[\u4e00-\u9fff]/);
      else expect(header).toContain('相对于本记录所在的文件夹');
      expect(parseReview('r.yaml', text, lang).entries).toMatchObject([{ ...entry, line: expect.any(Number) }]);
    });
  }
});
