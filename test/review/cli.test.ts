/**
 * The review record end to end: `review accept` writes it outside the ledger, a check applies it
 * (the unit passes), changing the file's bytes brings the finding back, `review prune` removes
 * unused entries, and a record inside the checked folder is never read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, type ExifSpec } from '../../fixtures/build/jpeg.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makeScanPage } from '../../fixtures/build/scan.js';
import { reportParas, signoffParas } from '../../fixtures/build/texts.js';
import { runBin, snapshot, tempDir, writeFile } from '../cli/helpers.js';

const RULES = `name: 测试规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  photo: { min: 2, minBytes: 0, minWidth: 640, minHeight: 480, caption: [时间] }
  report: { minChars: 100, minDataPoints: 0, minCitations: 0 }
units:
  县教育局: [Ⅱ—8]
indicators:
  - { code: Ⅱ—8, name: 未成年人思想道德建设 }
`;
const cam = (date: string): ExifSpec => ({ dateTimeOriginal: `${date} 09:30:00`, createDate: `${date} 09:30:00`, modifyDate: `${date} 09:30:00`, offsetTimeOriginal: '+08:00', make: 'Canon', model: 'EOS 90D' });

const tmp = tempDir('lc-review-cli-');
const county = path.join(tmp, '台账');
const unit = path.join(county, '县教育局');
const sheet = path.join(unit, '移交签单.jpg');
const record = path.join(tmp, 'ledger-check-review.yaml');

beforeAll(async () => {
  fs.writeFileSync(path.join(tmp, '.ledger-check.yaml'), RULES);
  const pic = (seed: number, date: string) => makeJpeg({ seed, width: 800, height: 600, noise: 10, quality: 80, exif: cam(date), thumbnail: true });
  writeFile(unit, 'Ⅱ—8 未成年人思想道德建设/2026-03-05 县实验小学 学雷锋活动.jpg', await pic(1, '2026-03-05'));
  writeFile(unit, 'Ⅱ—8 未成年人思想道德建设/2026-04-23 县第一中学 读书分享会.jpg', await pic(2, '2026-04-23'));
  writeFile(unit, 'Ⅱ—8 未成年人思想道德建设/说明报告.docx', await makeDocx({ paragraphs: reportParas({ unit: '县教育局', indicator: '未成年人思想道德建设', date: '2026-06-28' }), created: '2026-06-28T09:00:00Z' }));
  // The signed sheet, photographed: read by OCR (unit, date), the signature left to a person.
  const lines = signoffParas({ unit: '县教育局', leader: '王建国', date: '2026-10-20' }).map((p) => p.text);
  fs.writeFileSync(sheet, (await makeScanPage({ lines, fontSize: 34, seal: { x: 880, y: 1350, r: 150, text: '清河县教育局' } })).jpeg);
});

// The cache of facts lives in the test's own temp folder (outside the ledger), never the user's.
const run = (args: string[]) => runBin(args, { cwd: tmp, env: { LEDGER_CHECK_CACHE_DIR: path.join(tmp, 'cache') } });
const json = (args: string[]) => {
  const r = run([...args, '--format', 'json', '--as-of', '2026-10-20']);
  return { code: r.code, report: JSON.parse(r.stdout), stderr: r.stderr };
};

describe('review accept → check → change → prune', () => {
  it('before: the photographed sheet is not-checked and the unit fails', () => {
    const { code, report } = json(['台账']);
    expect(report.files.find((f: { path: string }) => f.path === '县教育局/移交签单.jpg').status).toBe('not-checked');
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(1);
  });

  it('accept writes the record beside the rule file, outside the ledger, atomically', () => {
    const before = snapshot(county);
    const r = run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'signoff.manual-review', '--reason', '已核对原件', '--by', '县创文办']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = fs.readFileSync(record, 'utf8');
    expect(text).toMatch(/file: 台账\/县教育局\/移交签单\.jpg/);
    expect(text).toMatch(/sha256: [0-9a-f]{64}/);
    expect(text).toMatch(/reason: 已核对原件/);
    expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(snapshot(county)).toEqual(before);
  });

  it('after: the finding is reviewed (JSON keeps who and why), the unit passes, exit 0', () => {
    const { code, report } = json(['台账']);
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'signoff.manual-review');
    expect(f).toMatchObject({ status: 'reviewed', review: { by: '县创文办', reason: '已核对原件', verdict: 'accepted' } });
    expect(report.units[0]).toMatchObject({ name: '县教育局', status: 'reviewed', completionRate: 1 });
    expect(report.summary).toMatchObject({ status: 'pass', reviewed: 1, filesReviewed: 1 });
    expect(report.review).toMatchObject({ entries: 1, applied: 1, stale: 0, unused: 0 });
    expect(code).toBe(0);
    const pretty = run(['台账', '--as-of', '2026-10-20']);
    expect(pretty.stdout).toMatch(/移交签单\.jpg {2}已人工确认/);
    expect(pretty.stdout).toMatch(/县创文办：已核对原件/);
    expect(pretty.code).toBe(0);
    // Checking the unit folder alone finds the same record above it.
    expect(json(['台账/县教育局']).code).toBe(0);
  });

  it('--no-review ignores it; --review inside the checked folder is refused (exit 2)', () => {
    expect(json(['台账', '--no-review']).code).toBe(1);
    fs.copyFileSync(record, path.join(county, 'inside.yaml'));
    try {
      const r = run(['台账', '--review', '台账/inside.yaml']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/人工确认记录不能放在被检查的文件夹里/);
    } finally {
      fs.rmSync(path.join(county, 'inside.yaml'));
    }
  });

  it('a record inside the material is never read (only the one above it counts)', () => {
    const moved = path.join(county, 'ledger-check-review.yaml');
    fs.renameSync(record, moved);
    try {
      const { code, report } = json(['台账']);
      expect(report.review).toBeUndefined();
      expect(code).toBe(1);
    } finally {
      fs.renameSync(moved, record);
    }
  });

  it('changing the file’s bytes brings the finding back, and the stale entry is reported', () => {
    const orig = fs.readFileSync(sheet);
    fs.writeFileSync(sheet, Buffer.concat([orig, Buffer.from([0])]));
    try {
      const { code, report } = json(['台账']);
      expect(report.findings.find((x: { ruleId: string }) => x.ruleId === 'signoff.manual-review').status).toBeUndefined();
      expect(report.findings.map((x: { ruleId: string }) => x.ruleId)).toContain('review.stale');
      expect(report.review).toMatchObject({ applied: 0, stale: 1 });
      expect(code).toBe(1);
    } finally {
      fs.writeFileSync(sheet, orig);
    }
  });

  it('prune removes entries that matched nothing and keeps the used one', () => {
    const add = run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'photo.no-exif', '--reason', '旧记录', '--by', '县创文办']);
    expect(add.code).toBe(0);
    const { report } = json(['台账']);
    expect(report.findings.filter((x: { ruleId: string }) => x.ruleId === 'review.unused').map((x: { args: { rule: string } }) => x.args.rule)).toEqual(['photo.no-exif']);
    const p = run(['review', 'prune', '台账', '--as-of', '2026-10-20']);
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/删除 1 条/);
    const text = fs.readFileSync(record, 'utf8');
    expect(text).not.toMatch(/photo\.no-exif/);
    expect(text).toMatch(/signoff\.manual-review/);
    expect(text).toMatch(/^# ledger-check 人工确认记录/);
  });

  it('accept says which file as it was named, wherever the record is; a missing --reason is said in Chinese', () => {
    const elsewhere = path.join(tempDir('lc-review-elsewhere-'), 'r.yaml');
    const r = run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'signoff.manual-review', '--reason', '已核对原件', '--by', '县创文办', '--review', elsewhere]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已记录：台账/县教育局/移交签单.jpg 的 signoff.manual-review 已人工确认，写入 ${elsewhere}\n`);
    // The record holds the path from itself to the file.
    expect(fs.readFileSync(elsewhere, 'utf8')).toContain(`file: ${path.relative(path.dirname(elsewhere), sheet).split(path.sep).join('/')}`);
    const missing = run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'signoff.manual-review', '--by', '县创文办', '--review', elsewhere]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^错误：缺少必填选项 --reason <text>$/m);
    expect(missing.stderr).not.toMatch(/required option/);
  });

  it('accept warns (zh/en, stderr, exit 0) when the file has no such finding: the entry would match nothing', () => {
    const elsewhere = path.join(tempDir('lc-review-nosuch-'), 'r.yaml');
    // The report has all its elements: a report.element-missing on it, or on the sign-off sheet, matches nothing.
    const zh = run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'report.element-missing', '--reason', '已核对原件', '--by', '县创文办', '--review', elsewhere, '--as-of', '2026-10-20']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^已记录：/);
    // It names what was checked: the folder, the rule file and the day (the finding may depend on either).
    expect(zh.stderr).toBe(`ledger-check: 注意：检查 ${unit} 时（规则：${path.join(tmp, '.ledger-check.yaml')}；当天：2026-10-20），台账/县教育局/移交签单.jpg 没有 report.element-missing 这条问题；这条记录对不上任何问题，检查时会报 review.unused。请核对文件和规则编号（ledger-check 检查结果中该文件的规则编号）；检查时用了 --rules、--as-of 或 --no-ocr 的，这里也给同样的选项\n`);
    expect(fs.readFileSync(elsewhere, 'utf8')).toMatch(/rule: report\.element-missing/);
    const en = run(['review', 'accept', '台账/县教育局/Ⅱ—8 未成年人思想道德建设/说明报告.docx', 'report.element-missing', '--reason', 'seen', '--by', 'office', '--review', elsewhere, '--folder', '台账', '--lang', 'en', '--as-of', '2026-10-20']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(`ledger-check: warning: in a check of ${county} (rules: ${path.join(tmp, '.ledger-check.yaml')}; as of 2026-10-20), 台账/县教育局/Ⅱ—8 未成年人思想道德建设/说明报告.docx has no report.element-missing finding; the entry matches no finding and checks will report it as review.unused. Check the file and the rule id (the rule ids a check gives that file); if you check with --rules, --as-of or --no-ocr, give the same options here\n`);
    // The finding the file has: no warning.
    expect(run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'signoff.manual-review', '--reason', '已核对原件', '--by', '县创文办', '--review', elsewhere, '--folder', '台账']).stderr).toBe('');
  });

  it('accept refuses an unknown rule id, empty reason, and a record inside --folder', () => {
    expect(run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'signoff.manual-reviw', '--reason', 'x', '--by', 'y']).stderr).toMatch(/signoff\.manual-review/);
    expect(run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'signoff.manual-review', '--reason', ' ', '--by', 'y']).code).toBe(2);
    const r = run(['review', 'accept', '台账/县教育局/移交签单.jpg', 'signoff.manual-review', '--reason', 'x', '--by', 'y', '--folder', '台账', '--review', '台账/r.yaml']);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(county, 'r.yaml'))).toBe(false);
  });

  it('a broken record stops the run before any file is read, with its position', () => {
    const bad = path.join(tmp, 'bad.yaml');
    fs.writeFileSync(bad, 'version: 1\nentries:\n  - file: a.jpg\n    colour: red\n');
    const r = run(['台账', '--review', 'bad.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:3:5: entries\.0/);
  });
});
