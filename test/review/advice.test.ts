/**
 * The findings a person settles in the review record say how: signoff.manual-review (a signature is
 * never read, so it never clears by itself) advised only "创文办人工查看签字和日期" / "Have someone
 * check it by eye" — the unit stayed 未检查 and nothing on the screen, the page or the workbook
 * said that `ledger-check review accept` ends it; ocr.page-unreadable named the command without the
 * rule id or where what the person read goes. Each now gives the whole command, in zh and en.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/messages/index.js';
import { repoRoot, runBin } from '../cli/helpers.js';
import { tempDir } from '../helpers/temp.js';

describe('advice for findings only a person can settle', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: signoff.manual-review and ocr.page-unreadable give the review accept command with their rule id, a reason and who`, () => {
      for (const id of ['signoff.manual-review', 'ocr.page-unreadable'] as const) {
        const fix = catalog[id].fix[lang];
        expect(fix, id).toContain(`ledger-check review accept ${lang === 'zh' ? '<文件>' : '<file>'} ${id} --reason `);
        expect(fix, id).toContain(' --by ');
      }
      // What the page holds goes in the reason.
      expect(catalog['ocr.page-unreadable'].fix[lang]).toMatch(lang === 'zh' ? /把读到的内容写进理由/ : /record what it holds as the reason/);
    });
  }

  it('the demo county’s screen says it under 怎么改, where its 未检查 unit is listed', () => {
    const r = runBin([path.join(repoRoot, 'fixtures/demo/台账'), '--as-of', '2026-10-20', '--no-review']);
    const fixes = r.stdout.split('怎么改（')[1]!;
    const at = fixes.indexOf('signoff.manual-review');
    expect(at).toBeGreaterThan(-1);
    expect(fixes.slice(at)).toMatch(/^signoff\.manual-review\n\s+创文办人工查看签字和日期，无误后记录：ledger-check review accept <文件> signoff\.manual-review/);
  });
});

/**
 * `review accept <folder> material.indicator-missing` (a 创文办 trying to settle a folder's finding)
 * said only "这是文件夹，不是文件（EISDIR）": nothing on what settles a folder's finding instead.
 */
describe('review accept on a folder', () => {
  it('says a review records findings on files only, and what settles a folder’s finding (zh, en); nothing written', () => {
    const record = path.join(tempDir('lc-review-folder-'), 'r.yaml');
    const unit = path.join(repoRoot, 'fixtures/demo/台账/县卫健委');
    for (const [lang, words] of [['zh', '人工确认只能记录文件上的问题'], ['en', 'A review records findings on files only']] as const) {
      const r = runBin(['--lang', lang, 'review', 'accept', unit, 'material.indicator-missing', '--reason', 'x', '--by', 'y', '--review', record]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stderr).toMatch(lang === 'zh' ? /规则文件中调整分配/ : /changing its assignment in the rule file/);
      expect(fs.existsSync(record)).toBe(false);
    }
  });
});
