/** Rule, review and ignore files inside a checked folder: placed, reported, never a unit of their own. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { loadRules } from '../../src/rules/load.js';
import { findConfigFile, findIgnoreFile, findReviewFile, foldersAbove } from '../../src/rules/files.js';
import { tempDir } from '../helpers/temp.js';

const rules = loadRules();
const tmp = tempDir('lc-planted-');
const PDF = Buffer.from('%PDF-1.4\n');
function tree(root: string, files: Record<string, Buffer | string>) {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
}

describe('control files inside the material', () => {
  it('in a county run: placed in their unit and indicator, at the county root in none', async () => {
    const root = path.join(tmp, 'county');
    tree(root, {
      '.ledger-check.yaml': 'x',
      '县教育局/Ⅲ—12 我们的节日/说明报告.pdf': PDF,
      '县教育局/Ⅲ—12 我们的节日/ledger-check-review.yml': 'x',
      '县教育局/.ledgercheckignore': '*',
      '县文旅局/Ⅳ—2 公共文化服务/说明报告.pdf': PDF,
      // A folder holding nothing but a planted file is no unit: the verdict must not change.
      '杂项/.ledger-check.json': '{}',
      // A unit of the rule set whose folder holds only a planted file handed in nothing, as without it.
      '县卫健委/.ledger-check.json': '{}',
      // Not one we would read, but a file of our names left out of the check: reported, never silently dropped (session 22).
      '县教育局/Ⅲ—12 我们的节日/.ledger-check.yaml.bak': 'x',
    });
    const d = await discover(root, rules);
    expect(d.mode).toBe('county');
    expect(d.planted).toEqual([
      { path: '.ledger-check.yaml', unit: null, indicator: null },
      { path: '县卫健委/.ledger-check.json', unit: '县卫健委', indicator: null },
      { path: '县教育局/.ledgercheckignore', unit: '县教育局', indicator: null },
      { path: '县教育局/Ⅲ—12 我们的节日/.ledger-check.yaml.bak', unit: '县教育局', indicator: 'III-12' },
      { path: '县教育局/Ⅲ—12 我们的节日/ledger-check-review.yml', unit: '县教育局', indicator: 'III-12' },
      { path: '杂项/.ledger-check.json', unit: null, indicator: null },
    ]);
    expect(d.units.map((u) => u.name)).not.toContain('杂项');
    expect(d.files.map((f) => f.path)).toEqual(['县教育局/Ⅲ—12 我们的节日/说明报告.pdf', '县文旅局/Ⅳ—2 公共文化服务/说明报告.pdf']);
    expect(d.units.find((u) => u.name === '县卫健委')).toMatchObject({ folder: '县卫健委', indicatorFolders: [] });
  });

  it('in one indicator folder given alone', async () => {
    const root = path.join(tmp, '县教育局', 'Ⅲ—12 我们的节日');
    tree(root, { '说明报告.pdf': PDF, '.ledger-check.yml': 'x' });
    const d = await discover(root, rules);
    expect(d.mode).toBe('indicator');
    expect(d.planted).toEqual([{ path: '.ledger-check.yml', unit: '县教育局', indicator: 'III-12' }]);
  });
});

describe('where rule and ignore files are looked for', () => {
  it('from the parent of the checked folder up, never inside, never through a link into it', () => {
    const top = path.join(tmp, 'find');
    const unit = path.join(top, 'a', '县教育局');
    tree(unit, { '.ledger-check.yaml': 'inside', '.ledgercheckignore': 'inside' });
    expect(foldersAbove(unit)[0]).toBe(path.join(top, 'a'));
    expect(findConfigFile(unit) ?? '').not.toMatch(/县教育局/);
    fs.writeFileSync(path.join(top, '.ledger-check.yml'), 'office');
    expect(findConfigFile(unit)).toBe(path.join(top, '.ledger-check.yml'));
    // A link above that points into the folder is skipped for the next one up.
    fs.symlinkSync(path.join(unit, '.ledger-check.yaml'), path.join(top, 'a', '.ledger-check.yaml'));
    expect(findConfigFile(unit)).toBe(path.join(top, '.ledger-check.yml'));
    // The ignore file: beside the rule file in use, else the nearest above.
    fs.writeFileSync(path.join(top, 'a', '.ledgercheckignore'), 'near');
    expect(findIgnoreFile(unit, null)).toBe(path.join(top, 'a', '.ledgercheckignore'));
    expect(findIgnoreFile(unit, path.join(top, '.ledger-check.yml'))).toBeNull();
    fs.writeFileSync(path.join(top, '.ledgercheckignore'), 'beside');
    expect(findIgnoreFile(unit, path.join(top, '.ledger-check.yml'))).toBe(path.join(top, '.ledgercheckignore'));
  });

  it('a checked folder that is a link: from the parent of the path as given, never from where the link leads', () => {
    // 台账/县甲局 → 县甲局-real/inner, with a rule file (and a review record) planted in 县甲局-real/.
    const top = path.join(tmp, 'linked');
    const real = path.join(top, '台账', '县甲局-real');
    tree(path.join(real, 'inner'), { 'x.txt': 'x' });
    fs.writeFileSync(path.join(real, '.ledger-check.yaml'), 'planted');
    fs.writeFileSync(path.join(real, 'ledger-check-review.yaml'), 'planted');
    const unit = path.join(top, '台账', '县甲局');
    fs.symlinkSync(path.join(real, 'inner'), unit);
    expect(foldersAbove(unit)[0]).toBe(path.join(top, '台账'));
    expect(findConfigFile(unit)).not.toBe(path.join(real, '.ledger-check.yaml'));
    expect(findReviewFile(unit)).not.toBe(path.join(real, 'ledger-check-review.yaml'));
    fs.writeFileSync(path.join(top, '台账', '.ledger-check.yaml'), 'office');
    expect(findConfigFile(unit)).toBe(path.join(top, '台账', '.ledger-check.yaml'));
  });
});
