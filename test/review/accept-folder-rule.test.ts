/**
 * `review accept <file> <rule>` for a rule whose finding is on a folder (an indicator folder with no
 * 说明报告, a unit folder with no sign-off sheet) said only "the file has no such finding", as if the
 * file or rule id were mistyped. A review records findings on files only: it now says the rule is
 * about the folder, names the folder, and how such a finding is settled (the material, or the
 * indicator's assignment in the rule file), in the run's language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { runBin, tempDir, writeFile } from '../cli/helpers.js';

const RULES = `name: 测试规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  photo: { min: 1, minBytes: 0, minWidth: 640, minHeight: 480 }
units:
  县教育局: [Ⅱ—8]
indicators:
  - { code: Ⅱ—8, name: 未成年人思想道德建设 }
`;
const tmp = tempDir('lc-review-folder-rule-');
const IND = '台账/县教育局/Ⅱ—8 未成年人思想道德建设';
const PHOTO = `${IND}/2026-06-01 县实验小学 学雷锋活动.jpg`;
const env = { LEDGER_CHECK_CACHE_DIR: path.join(tmp, 'cache') };
const run = (args: string[]) => runBin(args, { cwd: tmp, env });
let record = '';

beforeAll(async () => {
  fs.writeFileSync(path.join(tmp, '.ledger-check.yaml'), RULES);
  // No EXIF: photo.no-exif is on the file; no 说明报告: material.report-missing is on the indicator folder.
  writeFile(path.join(tmp, '台账', '县教育局'), 'Ⅱ—8 未成年人思想道德建设/2026-06-01 县实验小学 学雷锋活动.jpg', await makeJpeg({ seed: 5, width: 800, height: 600 }));
  record = path.join(tempDir('lc-review-folder-rule-rec-'), 'r.yaml');
});

const accept = (rule: string, extra: string[] = []) =>
  run(['review', 'accept', PHOTO, rule, '--reason', '已核对', '--by', '县创文办', '--review', record, '--folder', '台账', '--as-of', '2026-10-20', ...extra]);

describe('review accept of a rule whose finding is on a folder', () => {
  it('the premise: the check gives the indicator folder material.report-missing and the photo photo.no-exif', () => {
    const report = JSON.parse(run(['台账', '--format', 'json', '--as-of', '2026-10-20']).stdout) as { findings: { ruleId: string; file: string | null }[] };
    expect(report.findings.filter((f) => f.ruleId === 'material.report-missing').map((f) => f.file)).toEqual([null]);
    expect(report.findings.filter((f) => f.ruleId === 'photo.no-exif').map((f) => `台账/${f.file}`)).toEqual([PHOTO]);
  });

  it('says the rule is about the folder, names it, and how it is settled (zh and en)', () => {
    const zh = accept('material.report-missing');
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('material.report-missing 说的是文件夹');
    expect(zh.stderr).toContain('县教育局/Ⅱ—8 未成年人思想道德建设');
    expect(zh.stderr).toContain('补交材料');
    expect(zh.stderr).toContain('review prune');
    expect(zh.stderr).not.toContain('没有 material.report-missing 这条问题');
    const en = accept('material.report-missing', ['--lang', 'en']);
    expect(en.stderr).toContain('material.report-missing is about a folder, not a file');
    expect(en.stderr).toContain('县教育局/Ⅱ—8 未成年人思想道德建设');
    expect(en.stderr).toContain('handing in the material');
    expect(en.stderr).not.toContain('has no material.report-missing finding');
  });

  it('--help says a folder\'s finding is not recorded, in both languages', () => {
    // The help wraps its lines: read it as one.
    const help = (args: string[]) => run(['review', 'accept', '--help', ...args]).stdout.replace(/\s+/g, ' ').replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
    expect(help(['--lang', 'en'])).toContain('a finding on a folder, e.g. material.report-missing, is not recorded');
    expect(help([])).toContain('文件夹上的问题');
  });

  it('just outside: a finding on the file is no warning; a rule found nowhere keeps the plain warning', () => {
    expect(accept('photo.no-exif').stderr).toBe('');
    const nowhere = accept('photo.future');
    expect(nowhere.stderr).toMatch(/没有 photo\.future 这条问题/);
    expect(nowhere.stderr).not.toContain('说的是文件夹');
  });
});
