/**
 * `review accept` warns when the file has no finding of the rule "now". That "now" is a check, and
 * it must be the check the office runs: findings depend on the rule file (`--rules`), the date
 * (`--as-of`) and whether scans are read (`--no-ocr`). Accept checked with the rule file found
 * above the folder, today's date and OCR on whatever the office used, so it warned "matches
 * nothing" on an entry that does match (and said nothing of one that does not). It takes the
 * check's options now, and `review prune` takes the same ones (it deleted entries that matched).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, type ExifSpec } from '../../fixtures/build/jpeg.js';
import { runBin, snapshot, tempDir, writeFile } from '../cli/helpers.js';

const RULES = (minWidth: number) => `name: 测试规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  photo: { min: 1, minBytes: 0, minWidth: ${minWidth}, minHeight: 480 }
units:
  县教育局: [Ⅱ—8, Ⅱ—9]
indicators:
  - { code: Ⅱ—8, name: 未成年人思想道德建设 }
  - { code: Ⅱ—9, name: 测试指标 }
`;
const cam = (date: string): ExifSpec => ({ dateTimeOriginal: `${date} 09:30:00`, createDate: `${date} 09:30:00`, modifyDate: `${date} 09:30:00`, offsetTimeOriginal: '+08:00', make: 'Canon', model: 'EOS 90D' });

const tmp = tempDir('lc-review-opts-');
const county = path.join(tmp, '台账');
const unit = path.join(county, '县教育局');
const PHOTO = '台账/县教育局/Ⅱ—8 未成年人思想道德建设/2026-06-01 县实验小学 学雷锋活动.jpg';
const env = { LEDGER_CHECK_CACHE_DIR: path.join(tmp, 'cache') };
const run = (args: string[]) => runBin(args, { cwd: tmp, env });
const findings = (args: string[]) =>
  (JSON.parse(run(['台账', '--format', 'json', ...args]).stdout).findings as { ruleId: string; file: string }[])
    .filter((f) => `台账/${f.file}` === PHOTO)
    .map((f) => f.ruleId);
let record = '';

beforeAll(async () => {
  // The county's rule file (found above the folder) takes an 800-pixel photo; the strict one does not.
  fs.writeFileSync(path.join(tmp, '.ledger-check.yaml'), RULES(640));
  fs.writeFileSync(path.join(tmp, 'strict.yaml'), RULES(1920));
  const photo = await makeJpeg({ seed: 3, width: 800, height: 600, noise: 10, quality: 80, exif: cam('2026-06-01'), thumbnail: true });
  writeFile(unit, PHOTO.slice('台账/县教育局/'.length), photo);
  // The same photo handed in again under another indicator of the unit: photo.duplicate in a check of the unit.
  writeFile(unit, 'Ⅱ—9 测试指标/2026-06-01 县实验小学 学雷锋活动.jpg', photo);
  record = path.join(tempDir('lc-review-opts-rec-'), 'r.yaml');
});

const accept = (rule: string, extra: string[]) =>
  run(['review', 'accept', PHOTO, rule, '--reason', '已核对', '--by', '县创文办', '--review', record, '--folder', '台账', ...extra]);

describe('review accept checks the folder as the office does', () => {
  it('the findings depend on --as-of and --rules (the premise)', () => {
    expect(findings(['--as-of', '2026-05-01'])).toContain('photo.future');
    expect(findings([])).not.toContain('photo.future');
    expect(findings(['--rules', 'strict.yaml'])).toContain('photo.too-small');
    expect(findings([])).not.toContain('photo.too-small');
  });

  it('--as-of: a photo in the future on that day has the finding, no warning; without it, the warning', () => {
    const before = snapshot(county);
    const r = accept('photo.future', ['--as-of', '2026-05-01']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(record, 'utf8')).toMatch(/rule: photo\.future/);
    // Today the photo is not in the future: the warning says so and names the date checked.
    const today = accept('photo.future', []);
    expect(today.code).toBe(0);
    expect(today.stderr).toMatch(/没有 photo\.future 这条问题/);
    expect(snapshot(county)).toEqual(before);
  });

  it('--rules: the rule file given is the one checked, in the warning too', () => {
    const r = accept('photo.too-small', ['--rules', 'strict.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const found = accept('photo.too-small', []);
    expect(found.stderr).toMatch(/没有 photo\.too-small 这条问题/);
    expect(found.stderr).toContain('.ledger-check.yaml');
  });

  it('a rule file that cannot be loaded, or a bad --as-of, stops before anything is written (exit 2)', () => {
    const text = fs.readFileSync(record, 'utf8');
    fs.writeFileSync(path.join(tmp, 'broken.yaml'), 'name: x\nversion: 1\ndefaults: { photo: { minWidht: 1 } }\n');
    const bad = accept('photo.no-exif', ['--rules', 'broken.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/broken\.yaml:3/);
    const date = accept('photo.no-exif', ['--as-of', '2026-13-40']);
    expect(date.code).toBe(2);
    expect(fs.readFileSync(record, 'utf8')).toBe(text);
  });

  it('a rule file inside the checked folder is refused (exit 2, nothing written), as a check refuses it', () => {
    const text = fs.readFileSync(record, 'utf8');
    const planted = path.join(unit, 'my-rules.yaml');
    fs.writeFileSync(planted, RULES(99999));
    try {
      const r = accept('photo.too-small', ['--rules', path.join('台账', '县教育局', 'my-rules.yaml')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/规则文件或忽略文件在被检查的文件夹里面/);
      expect(fs.readFileSync(record, 'utf8')).toBe(text);
    } finally {
      fs.rmSync(planted);
    }
  });

  it('an ignore file beside the rule file that does not load (as a check stops on it) is exit 2 before anything is written', () => {
    const text = fs.readFileSync(record, 'utf8');
    const ignore = path.join(tmp, '.ledgercheckignore');
    fs.writeFileSync(ignore, '**/a/**/b/**/c.jpg\n');
    try {
      expect(run(['台账', '--as-of', '2026-05-01']).code).toBe(2);
      const r = accept('photo.outside-window', ['--as-of', '2026-05-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('.ledgercheckignore');
      expect(fs.readFileSync(record, 'utf8')).toBe(text);
    } finally {
      fs.rmSync(ignore);
    }
  });

  it('prune of a folder that is missing or empty says so in the run’s language (not a bare code)', () => {
    expect(run(['review', 'prune', '没有这个文件夹', '--review', record]).stderr).toBe('ledger-check: 找不到要检查的文件夹：没有这个文件夹\n');
    fs.mkdirSync(path.join(tmp, '空'), { recursive: true });
    expect(run(['review', 'prune', '空', '--review', record, '--lang', 'en']).stderr).toBe('ledger-check: the folder is empty, nothing to check: 空\n');
  });

  it('prune with the same --rules keeps the entry that the strict rule file matches', () => {
    const pruned = run(['review', 'prune', '台账', '--review', record, '--rules', 'strict.yaml', '--as-of', '2026-05-01']);
    expect(pruned.code).toBe(0);
    const text = fs.readFileSync(record, 'utf8');
    expect(text).toMatch(/rule: photo\.too-small/);
    expect(text).toMatch(/rule: photo\.future/);
  });

  it('without --folder, the unit folder is checked: a photo handed in twice in two indicators is a photo.duplicate there', () => {
    expect(findings([])).toContain('photo.duplicate');
    const r = run(['review', 'accept', PHOTO, 'photo.duplicate', '--reason', '两个指标共用', '--by', '县创文办', '--review', record]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // A rule the file does not have: the warning names the unit folder as the one checked.
    const none = run(['review', 'accept', PHOTO, 'photo.no-exif', '--reason', 'x', '--by', 'y', '--review', record]);
    expect(none.stderr).toContain(`检查 ${unit} 时`);
  });

  it('--help names the options', () => {
    const h = run(['review', 'accept', '--help', '--lang', 'en']).stdout;
    for (const o of ['--rules', '--as-of', '--no-ocr', '--cache-location', '--no-cache']) expect(h).toContain(o);
    const p = run(['review', 'prune', '--help', '--lang', 'en']).stdout;
    for (const o of ['--rules', '--as-of', '--no-ocr', '--cache-location', '--no-cache']) expect(p).toContain(o);
  });
});
