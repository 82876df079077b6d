/**
 * A YAML document that parses but cannot be made into data (an alias to an anchor never set: `by: *who`
 * with no `&who` before it) was, in Chinese, only "YAML 无法解析" — the parser's reason dropped, so a
 * clerk could not tell what to fix (final-review20 item 8: the review loader; the rule loader had the
 * same two branches). Both now say the reason in either language, at the alias that has no anchor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleProblems } from '../core/rule-problems.js';
import { formatProblem } from '../../src/rules/load.js';
import { parseReview, ReviewFileError } from '../../src/review/load.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('lc-yaml-reason-');
const SHA = 'a'.repeat(64);

const reviewProblems = (src: string, lang: 'zh' | 'en') => {
  try {
    parseReview('r.yaml', src, lang);
  } catch (e) {
    expect(e).toBeInstanceOf(ReviewFileError);
    return (e as ReviewFileError).problems.map((p) => `${p.line}:${p.col} ${p.message}`);
  }
  return [];
};

describe('an alias with no anchor before it', () => {
  // The anchor is set after its alias (the clerk copied the second entry above the first).
  const record = `version: 1\nentries:\n  - file: 台账/县卫健委/移交签单.jpg\n    sha256: ${SHA}\n    rule: signoff.manual-review\n    verdict: accepted\n    reason: 已核对原件\n    by: *who\n    at: 2026-10-20\n  - file: 台账/县教育局/移交签单.jpg\n    sha256: ${SHA}\n    rule: signoff.manual-review\n    verdict: accepted\n    reason: 已核对原件\n    by: &who 县创文办\n    at: 2026-10-20\n`;

  it('the review record says why, where, in Chinese and English', () => {
    expect(reviewProblems(record, 'zh')).toEqual(['8:9 YAML 无法解析：别名 *who 前面没有名为 &who 的锚点（锚点要写在别名之前）']);
    expect(reviewProblems(record, 'en')).toEqual(['8:9 the YAML cannot be parsed: the alias *who has no anchor &who before it (an anchor must come before its aliases)']);
  });

  it('the rule file says why, where, in Chinese and English', () => {
    const f = path.join(dir, 'rules.yaml');
    fs.writeFileSync(f, 'name: x\nversion: 1\nextends: builtin\nprovenance: *src\nnote: &src 县创文办\n');
    expect(ruleProblems(f, 'zh').map(formatProblem)).toEqual([`${f}:4:13: YAML 无法解析：别名 *src 前面没有名为 &src 的锚点（锚点要写在别名之前）`]);
    expect(ruleProblems(f, 'en').map(formatProblem)).toEqual([`${f}:4:13: the YAML cannot be parsed: the alias *src has no anchor &src before it (an anchor must come before its aliases)`]);
  });
});
