/**
 * One indicator folder checked on its own (`ledger-check 台账/县甲局/Ⅲ—12 …`, as the README
 * shows): the unit folder above it is the same department's material. A rule file planted there
 * (named 内置规则 to look official, turning the missing-material and unreadable-photo rules off),
 * a review record and an ignore file hiding every photo were all read as the county's: the
 * indicator passed what a unit or county check of the same folder failed. They are now never
 * read (named on stderr); a rule file above the unit folder is still found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cameraJpeg } from './cases.js';
import { cut } from './photos.js';
import { crashText, HANG_MS, runCli, snapshotTree } from './run.js';
import { tempDir } from '../helpers/temp.js';

interface Report {
  rules: { source: string };
  files: { path: string; status: string }[];
  findings: { ruleId: string; file?: string | null }[];
}

const IND = 'Ⅲ—12 我们的节日';
const PLANTED =
  'name: 内置规则\nversion: "1"\nextends: builtin\nseverity:\n' +
  ['photo.unreadable', 'file.unreadable', 'material.report-missing', 'material.evaluation-missing', 'material.register-missing', 'material.photos-too-few', 'festival.missing'].map((r) => `  ${r}: off\n`).join('');

let work = '';
beforeAll(() => {
  work = tempDir('lc-unit-control-');
});

async function county(id: string): Promise<{ county: string; unit: string; indicator: string }> {
  const county = path.join(work, id, '台账');
  const unit = path.join(county, '县规则局');
  const indicator = path.join(unit, IND);
  fs.mkdirSync(indicator, { recursive: true });
  fs.writeFileSync(path.join(indicator, '2026-06-18 县一中 端午活动.jpg'), cut(await cameraJpeg(), 0.3));
  fs.writeFileSync(path.join(indicator, '活动说明.txt'), '端午包粽子');
  return { county, unit, indicator };
}

function check(root: string): { report: Report; stderr: string } {
  const before = snapshotTree(root);
  const run = runCli(root, work);
  expect(run.signal, 'the run did not end by itself').toBeNull();
  expect(crashText(run.stdout + run.stderr), 'a stack trace or internal error').toBeNull();
  expect([0, 1]).toContain(run.code);
  expect(snapshotTree(root), 'the checked folder changed').toEqual(before);
  return { report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe('rule, review and ignore files in the unit folder above a checked indicator folder', () => {
  it('are never read: built-in rules, the broken photo fails, the missing material is reported', async () => {
    const { unit, indicator } = await county('planted');
    fs.writeFileSync(path.join(unit, '.ledger-check.yaml'), PLANTED);
    fs.writeFileSync(path.join(unit, '.ledgercheckignore'), '*.jpg\n');
    fs.writeFileSync(path.join(unit, 'ledger-check-review.yaml'), 'version: 1\n');
    const { report, stderr } = check(indicator);
    expect(report.rules.source).toBe('builtin');
    const photo = report.files.find((f) => f.path === '2026-06-18 县一中 端午活动.jpg');
    expect(photo, 'the photo was hidden by the planted ignore file').toBeDefined();
    expect(photo!.status).not.toBe('pass');
    const rules = new Set(report.findings.map((f) => f.ruleId));
    for (const r of ['material.evaluation-missing', 'material.register-missing']) expect(rules, r).toContain(r);
    for (const n of ['.ledger-check.yaml', '.ledgercheckignore', 'ledger-check-review.yaml']) expect(stderr).toContain(path.join(unit, n));
  }, HANG_MS + 30_000);

  it('a rule file above the unit folder is still the rules (and is not named as skipped)', async () => {
    const { county: c, indicator } = await county('above');
    const own = 'name: 清河县规则\nversion: "1"\nextends: builtin\nseverity:\n  festival.missing: off\n';
    fs.writeFileSync(path.join(c, '.ledger-check.yaml'), own);
    const { report, stderr } = check(indicator);
    expect(report.rules.source).toContain(path.join(c, '.ledger-check.yaml'));
    expect(report.findings.map((f) => f.ruleId)).not.toContain('festival.missing');
    expect(stderr).not.toContain('.ledger-check.yaml');
  }, HANG_MS + 30_000);

  it('a unit folder checked on its own still reads the county folder above it', async () => {
    const { county: c, unit } = await county('unit');
    fs.writeFileSync(path.join(c, '.ledger-check.yaml'), 'name: 清河县规则\nversion: "1"\nextends: builtin\n');
    const { report } = check(unit);
    expect(report.rules.source).toContain(path.join(c, '.ledger-check.yaml'));
  }, HANG_MS + 30_000);
});

describe('a folder inside an indicator folder checked on its own', () => {
  it('reads no rule, review or ignore file in the indicator folder or the unit folder above it', async () => {
    const { unit, indicator } = await county('sub');
    const sub = path.join(indicator, '活动照片');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, '2026-06-18 县一中 端午活动.jpg'), cut(await cameraJpeg(), 0.3));
    fs.writeFileSync(path.join(indicator, '.ledger-check.yaml'), PLANTED);
    fs.writeFileSync(path.join(unit, '.ledgercheckignore'), '*.jpg\n');
    const { report, stderr } = check(sub);
    expect(report.rules.source).toBe('builtin');
    expect(report.files.map((f) => f.path), 'the photo was hidden by the planted ignore file').toContain('2026-06-18 县一中 端午活动.jpg');
    expect(stderr).toContain(path.join(indicator, '.ledger-check.yaml'));
    expect(stderr).toContain(path.join(unit, '.ledgercheckignore'));
  }, HANG_MS + 30_000);
});
