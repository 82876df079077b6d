/**
 * A review record that is wrong or hostile says so, where it is, in the run's language — never an
 * internal error: a YAML alias bomb (a few hundred bytes expanding to gigabytes) was
 * `ledger-check: 内部错误：ReferenceError: Excessive alias count…` (exit 2 with no place); it is now
 * refused at its first alias, as a rule file's is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReview, ReviewFileError } from '../../src/review/load.js';
import { repoRoot, runBin } from '../cli/helpers.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-review-hostile-');
const SHA = 'a'.repeat(64);
const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'version: 1',
  'entries: []',
  '',
].join('\n');
const problems = (src: string, lang: 'zh' | 'en') => {
  try {
    parseReview('r.yaml', src, lang);
  } catch (e) {
    expect(e).toBeInstanceOf(ReviewFileError);
    return (e as ReviewFileError).problems.map((p) => `${p.line}:${p.col} ${p.message}`);
  }
  return [];
};

describe('a review record that is an alias bomb', () => {
  it('is refused at its first alias, in either language', () => {
    expect(problems(BOMB, 'zh')).toEqual(['2:8 YAML 别名（*名称）展开过多（上限 100 次），疑似“别名炸弹”，不予读取']);
    expect(problems(BOMB, 'en')).toEqual(['2:8 too many YAML alias expansions (*name; the limit is 100): looks like an alias bomb, not read']);
  });

  it('a record using an alias or two is read as before', () => {
    const src = `version: 1\nentries:\n  - file: 台账/县卫健委/移交签单.jpg\n    sha256: ${SHA}\n    rule: signoff.manual-review\n    verdict: accepted\n    reason: 已核对原件\n    by: &who 县创文办\n    at: 2026-10-20\n  - file: 台账/县教育局/移交签单.jpg\n    sha256: ${SHA}\n    rule: signoff.manual-review\n    verdict: accepted\n    reason: 已核对原件\n    by: *who\n    at: 2026-10-20\n`;
    expect(parseReview('r.yaml', src, 'zh').entries.map((e) => e.by)).toEqual(['县创文办', '县创文办']);
  });

  it('the check exits 2 naming the record, line and column, nothing checked (zh and en)', () => {
    const record = path.join(tmp, 'ledger-check-review.yaml');
    fs.writeFileSync(record, BOMB);
    const demo = path.join(repoRoot, 'fixtures/demo/台账/县教育局');
    for (const [lang, words] of [['zh', '别名炸弹'], ['en', 'alias bomb']] as const) {
      const r = runBin([demo, '--review', record, '--lang', lang, '--as-of', '2026-10-20', '--no-ocr']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${record}:2:8:`);
      expect(r.stderr).toContain(words);
      expect(r.stderr).not.toMatch(/内部错误|internal error|ReferenceError/);
      expect(r.stdout).toBe('');
    }
  });
});
