import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { buildDemoCounty } from '../../fixtures/build/demo.js';
import { repoRoot, runBin, tempDir } from './helpers.js';

const demo = path.join(repoRoot, 'fixtures', 'demo', '台账');
const tmp = tempDir('lc-demo-');
const ocrCacheDir = process.env.LEDGER_CHECK_CACHE_DIR;
// The office has looked at 县教育局's photographed sign-off sheet (outside the ledger, as in real use).
const review = path.join(tmp, 'review.yaml');
beforeAll(() => {
  const r = runBin(['review', 'accept', 'fixtures/demo/台账/县教育局/移交签单.jpg', 'signoff.manual-review', '--reason', '已核对原件', '--by', '县创文办', '--review', review]);
  if (r.code !== 0) throw new Error(r.stderr);
});

const ids = (fs: { ruleId: string }[]) => [...new Set(fs.map((f) => f.ruleId))].sort();

describe('the shipped demo county', () => {
  it('is what the builder makes, byte for byte (npm run demo regenerates it)', async () => {
    const fresh = path.join(tmp, '台账');
    await buildDemoCounty(fresh);
    const list = (root: string) => {
      const out: string[] = [];
      const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else out.push(`${path.relative(root, p)} ${fs.readFileSync(p).toString('base64').length}:${hash(fs.readFileSync(p))}`);
        }
      };
      walk(root);
      return out;
    };
    expect(list(fresh)).toEqual(list(demo));
  });

  it('reads its scans by OCR: the sealed report is judged from its text, the photographed sheet waits for a person', async () => {
    const r = await check({ path: demo, asOf: '2026-10-20', ocrCacheDir });
    const on = (p: string) => r.findings.filter((f) => f.file === p);
    const scanned = '县卫健委/Ⅲ—15 志愿服务/说明报告（扫描件）.pdf';
    expect(r.files.find((f) => f.path === scanned)!.status).toBe('pass');
    expect(on(scanned)).toEqual([]);
    const sheet = on('县教育局/移交签单.jpg');
    expect(sheet.map((f) => f.ruleId)).toEqual(['signoff.manual-review']);
    expect(sheet[0]).toMatchObject({ source: 'ocr' });
    expect(sheet[0]!.confidence).toBeGreaterThanOrEqual(60);
    expect(sheet[0]!.message).toMatch(/据扫描件 OCR 识别/);
    expect(r.units.find((u) => u.name === '县教育局')!.status).toBe('not-checked');
    // Without OCR both stay unread, as before.
    const off = await check({ path: demo, asOf: '2026-10-20', ocr: false });
    expect(off.findings.filter((f) => f.file === scanned).map((f) => f.ruleId)).toEqual(['doc.scanned']);
  });

  it('reads as the county office expects', async () => {
    const r = await check({ path: demo, asOf: '2026-10-20', review, ocrCacheDir });
    expect(r.mode).toBe('county');
    const unit = (n: string) => r.units.find((u) => u.name === n)!;
    expect(unit('县教育局')).toMatchObject({ status: 'reviewed', indicatorsAssigned: 3, indicatorsPassed: 3, completionRate: 1 });
    expect(unit('县文旅局').status).toBe('fail');
    expect(unit('县卫健委').status).toBe('fail');
    expect(r.summary.status).toBe('fail');
    const of = (u: string) => ids(r.findings.filter((f) => f.unit === u && f.severity === 'error'));
    expect(of('县教育局')).toEqual([]);
    expect(of('县文旅局')).toEqual(expect.arrayContaining([
      'festival.missing', 'festival.no-online', 'material.photos-too-few', 'material.signoff-missing',
      'photo.outside-period', 'photo.too-small', 'report.element-missing',
    ]));
    expect(of('县卫健委')).toEqual(expect.arrayContaining(['file.unrecognized', 'material.indicator-missing']));
    // A unit the rule set assigns work to, with no folder: one finding, 0% completion.
    expect(of('县市场监管局')).toEqual(['unit.nothing-submitted']);
    expect(unit('县市场监管局')).toMatchObject({ folder: null, status: 'fail', indicatorsAssigned: 2, indicatorsPassed: 0 });
    expect(r.summary.indicatorsAssigned).toBe(9);
    const warnings = ids(r.findings.filter((f) => f.severity === 'warning'));
    expect(warnings).toEqual(expect.arrayContaining(['photo.near-duplicate', 'photo.no-exif', 'report.docno-malformed', 'signoff.manual-review']));
    const duanwu = r.findings.find((f) => f.ruleId === 'festival.missing')!;
    expect(duanwu.message).toContain('端午');
    expect(duanwu.message).toContain('2026-06-19');
  });

  it('prints the README run in Chinese and in English', () => {
    const zh = runBin(['fixtures/demo/台账', '--as-of', '2026-10-20', '--review', review]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/县教育局 {2}已人工确认 {2}完成率 100%（3\/3）/);
    expect(zh.stdout).toMatch(/结果：不通过/);
    const en = runBin(['fixtures/demo/台账', '--as-of', '2026-10-20', '--lang', 'en', '--review', review]);
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/县教育局 {2}reviewed {2}completion 100%/);
    expect(en.stdout).toMatch(/Result: fail/);
  });
});

describe('a unit run on the demo', () => {
  const unit = 'fixtures/demo/台账/县教育局';
  it('passes with exit 0 once the office has looked at the photographed sign-off sheet', () => {
    const before = runBin([unit, '--as-of', '2026-10-20']);
    expect(before.code, before.stdout).toBe(1);
    const r = runBin([unit, '--as-of', '2026-10-20', '--review', review]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/结果：通过/);
  });

  it('--max-warnings turns warnings into a failure', () => {
    const rules = path.join(tmp, 'warn.yaml');
    fs.writeFileSync(rules, 'name: t\nversion: 1\nextends: builtin\nseverity:\n  unit.deadline-passed: warning\n');
    expect(runBin([unit, '--rules', rules, '--as-of', '2026-11-20', '--review', review]).code).toBe(0);
    const r = runBin([unit, '--rules', rules, '--as-of', '2026-11-20', '--max-warnings', '0', '--review', review]);
    expect(r.code).toBe(1);
    expect(runBin([unit, '--rules', rules, '--as-of', '2026-11-20', '--max-warnings', '1', '--review', review]).code).toBe(0);
  });

  it('checks one indicator folder on its own, without the unit-level checks', async () => {
    const r = await check({ path: path.join(demo, '县文旅局', 'Ⅳ—2 公共文化服务'), asOf: '2026-10-20' });
    expect(r.mode).toBe('indicator');
    expect(r.units.map((u) => [u.name, u.indicatorsAssigned])).toEqual([['县文旅局', 1]]);
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids).toContain('material.photos-too-few');
    expect(ids).not.toContain('material.signoff-missing');
    expect(ids).not.toContain('file.misplaced');
    expect(r.files.every((f) => f.indicator === 'IV-2')).toBe(true);
  });

  it('--quiet lists errors only, and why a file was not checked', () => {
    const r = runBin(['fixtures/demo/台账', '--as-of', '2026-10-20', '--quiet']);
    expect(r.stdout).toMatch(/错误 /);
    // The warnings left are the reasons files are 未检查 (manual review, a page OCR cannot read).
    const warnings = r.stdout.match(/^\s+警告 .*$/gm) ?? [];
    expect(warnings.some((w) => w.includes('signoff.manual-review'))).toBe(true);
    for (const w of warnings) expect(w).toMatch(/signoff\.manual-review|ocr\.page-unreadable/);
  });
});

import { createHash } from 'node:crypto';
function hash(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex').slice(0, 16);
}
