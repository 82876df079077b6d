/**
 * A review record that is wrong or hostile says so, where it is, in the run's language — never an
 * internal error: a YAML alias bomb (a few hundred bytes expanding to gigabytes) was
 * `ledger-check: 内部错误：ReferenceError: Excessive alias count…` (exit 2 with no place); it is now
 * refused at its first alias, as a rule file's is. And a path written from the wrong folder is told.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReview, ReviewFileError } from '../../src/review/load.js';
import { check } from '../../src/index.js';
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

/**
 * An entry whose path was written from the wrong folder (relative to the checked folder, or with
 * the county folder's name doubled) named a file outside the checked folder, so it was counted
 * "out of scope" in the JSON summary and left alone: nothing on the screen, the finding still open,
 * the clerk's record silently ignored. An entry outside the checked folder whose file exists
 * nowhere is now review.unused (info), naming the path as written and the checked folder's file it
 * probably means; one whose file exists (another unit's) is still left alone.
 */
describe('an entry whose file exists nowhere', () => {
  const unit = path.join(repoRoot, 'fixtures/demo/台账/县教育局');
  const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  const photo = path.join(unit, '移交签单.jpg');
  const record = (dir: string, files: string[]) => {
    fs.mkdirSync(dir, { recursive: true });
    const r = path.join(dir, 'ledger-check-review.yaml');
    fs.writeFileSync(
      r,
      `version: 1\nentries:\n${files.map((f) => `  - file: ${f}\n    sha256: ${sha(photo)}\n    rule: signoff.manual-review\n    verdict: accepted\n    reason: 已核对原件\n    by: 县创文办\n    at: 2026-10-20T09:00:00Z\n`).join('')}`,
    );
    return r;
  };

  it('is review.unused at the root, with the path as written and the one meant; counted unused, not out of scope', async () => {
    const dir = path.join(tmp, 'wrong');
    // Written relative to the checked folder's parent as if the record sat beside the unit folder.
    const r = record(dir, ['县教育局/移交签单.jpg']);
    for (const lang of ['zh', 'en'] as const) {
      const report = await check({ path: unit, review: r, asOf: '2026-10-20', ocr: false, nearDuplicates: false, lang });
      const meant = path.relative(dir, photo).split(path.sep).join('/');
      const f = report.findings.find((x) => x.ruleId === 'review.unused')!;
      expect(f).toMatchObject({ severity: 'info', file: null, unit: null, args: { why: 'nowhere', written: '县教育局/移交签单.jpg', suggest: meant, line: 3 } });
      expect(f.message).toBe(
        lang === 'zh'
          ? `人工确认记录（signoff.manual-review，第 3 行）没有用上：记录里写的文件 县教育局/移交签单.jpg 不存在（路径要相对于记录所在的文件夹写）；是不是 ${meant}？`
          : `the review entry (signoff.manual-review, line 3) was not used: the file it names, 县教育局/移交签单.jpg, does not exist (the path is relative to the record's folder); did you mean ${meant}?`,
      );
      expect(report.review).toMatchObject({ entries: 1, applied: 0, unused: 1, outOfScope: 0 });
      // The finding it meant to settle is still open, and the screen says why.
      expect(report.findings.find((x) => x.ruleId === 'signoff.manual-review')!.status).not.toBe('reviewed');
    }
  });

  it('an entry for a file that exists outside the checked folder (another unit) is still left alone', async () => {
    const dir = path.join(tmp, 'county');
    const other = path.relative(dir, path.join(repoRoot, 'fixtures/demo/台账/县卫健委/移交签单.jpg')).split(path.sep).join('/');
    const nowhere = '台账/县卫健委/没有这个文件.jpg';
    const report = await check({ path: unit, review: record(dir, [other, nowhere]), asOf: '2026-10-20', ocr: false, nearDuplicates: false });
    expect(report.review).toMatchObject({ entries: 2, unused: 1, outOfScope: 1 });
    const unused = report.findings.filter((x) => x.ruleId === 'review.unused');
    expect(unused.map((x) => [x.args.written, x.args.suggest ?? null])).toEqual([[nowhere, null]]);
  });

  // final-review20: the suggestion fell back to the bare file name, so in a run on one unit a county
  // record's entry for ANOTHER unit's file that is gone (renamed) suggested this unit's file of that name
  // (是不是 台账/县教育局/移交签单.jpg？ for 台账/县卫健委/移交签单.jpg): following it records the wrong sign-off.
  it('suggests only a file whose path ends as the written one does (never another unit’s file of the same name)', async () => {
    const county = path.join(tmp, 'renamed');
    fs.cpSync(path.join(repoRoot, 'fixtures/demo/台账'), path.join(county, '2026', '台账'), { recursive: true });
    const ledger = path.join(county, '2026', '台账');
    fs.renameSync(path.join(ledger, '县卫健委/移交签单.jpg'), path.join(ledger, '县卫健委/移交签单（新）.jpg'));
    const stale = '2026/台账/县卫健委/移交签单.jpg';
    // Written without the year's folder: its tail is this unit's file, rightly suggested.
    const short = '台账/县教育局/移交签单.jpg';
    const report = await check({ path: path.join(ledger, '县教育局'), review: record(county, [stale, short]), asOf: '2026-10-20', ocr: false, nearDuplicates: false });
    const unused = report.findings.filter((x) => x.ruleId === 'review.unused');
    const said = new Map(unused.map((x) => [x.args.written, x.args.suggest ?? null]));
    // The stale entry of another unit is that unit's matter (below); never a suggestion of this unit's file.
    expect(said).toEqual(new Map([[short, '2026/台账/县教育局/移交签单.jpg']]));
  });

  // final-review20 item 6: in a run on one unit, a county record's entry for another unit's file that is
  // gone (renamed) was review.unused 'nowhere' with the hint "the path is relative to the record's
  // folder" — but the path was written right; the file went away. Decided: a run on one unit says
  // nothing of another unit's entries, live or stale (counted out of scope, as another unit's live
  // entries always were); that unit's run, or the county's, reports it (review.unused, no such file,
  // at its own unit). A path whose folder is nowhere, or is the record's own folder or one above the
  // checked folder, is still one written from the wrong folder.
  it("a one-unit run leaves another unit's stale entry alone; the county run reports it at that unit", async () => {
    const county = path.join(tmp, 'stale-other');
    fs.cpSync(path.join(repoRoot, 'fixtures/demo/台账'), path.join(county, '台账'), { recursive: true });
    const ledger = path.join(county, '台账');
    fs.renameSync(path.join(ledger, '县卫健委/移交签单.jpg'), path.join(ledger, '县卫健委/移交签单（新）.jpg'));
    const stale = '台账/县卫健委/移交签单.jpg';
    const typo = '台帐/县教育局/移交签单.jpg'; // a folder that is nowhere: written wrong
    const bare = '移交签单.jpg'; // the record's own folder: written from the unit's folder
    const r = record(county, [stale, typo, bare]);
    for (const lang of ['zh', 'en'] as const) {
      const one = await check({ path: path.join(ledger, '县教育局'), review: r, asOf: '2026-10-20', ocr: false, nearDuplicates: false, lang });
      const unused = one.findings.filter((x) => x.ruleId === 'review.unused');
      expect(unused.map((x) => x.args.written).sort()).toEqual([bare, typo].sort());
      expect(unused.map((x) => x.message).join('\n')).not.toContain(stale);
      expect(one.review).toMatchObject({ entries: 3, unused: 2, outOfScope: 1 });
    }
    const all = await check({ path: ledger, review: r, asOf: '2026-10-20', ocr: false, nearDuplicates: false });
    const told = all.findings.filter((x) => x.ruleId === 'review.unused' && x.file === '县卫健委/移交签单.jpg');
    expect(told).toHaveLength(1);
    expect(told[0]!.args.why).toBe('no-file');
  });
});

/**
 * users20: folder findings cannot be recorded in a review. Decided: they should not be — a person's
 * review settles what a file shows (a scan's signature read by eye); a folder's finding (an indicator
 * folder missing, too few photos, a festival without activities) is settled by handing in the material
 * or by the rule file's assignment. `review accept` on a folder already says so; an entry written by
 * hand naming a folder said "no such file in this run" — it now says the path is a folder and why a
 * folder's finding is not recorded.
 */
describe('an entry naming a folder', () => {
  it('is review.unused saying a folder finding is not recorded in a review (zh, en)', async () => {
    const county = path.join(tmp, 'folder-entry');
    fs.mkdirSync(county, { recursive: true });
    const r = path.join(county, 'ledger-check-review.yaml');
    fs.writeFileSync(r, `version: 1\nentries:\n  - file: ${path.relative(county, path.join(repoRoot, 'fixtures/demo/台账/县卫健委')).split(path.sep).join('/')}\n    sha256: ${SHA}\n    rule: material.indicator-missing\n    verdict: accepted\n    reason: 本单位不承担该指标\n    by: 县创文办\n    at: 2026-10-20T09:00:00Z\n`);
    for (const lang of ['zh', 'en'] as const) {
      const report = await check({ path: path.join(repoRoot, 'fixtures/demo/台账'), review: r, asOf: '2026-10-20', ocr: false, nearDuplicates: false, lang });
      const f = report.findings.find((x) => x.ruleId === 'review.unused')!;
      expect(f.args.why).toBe('folder');
      expect(f.message).toContain(lang === 'zh' ? '是文件夹' : 'is a folder');
      expect(f.message).toContain(lang === 'zh' ? '人工确认只能记录文件上的问题' : 'a review records findings on files only');
      expect(f.message).not.toContain(lang === 'zh' ? '没有这个文件' : 'no such file');
      // The folder's finding stays open.
      expect(report.findings.find((x) => x.ruleId === 'material.indicator-missing')!.status).toBeUndefined();
    }
  });
});
