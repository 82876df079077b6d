/**
 * The checked folder cannot choose its rules or be written to: rule discovery starts above it,
 * rule/review/ignore files inside it are reported and never read, and outputs that would land in
 * it — through a dangling link or a hard link too — are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBin, snapshot, tempDir } from '../cli/helpers.js';
import { ruleIds } from '../../src/messages/index.js';

const tmp = tempDir('lc-trust-cli-');

/** A rule file that would make any folder pass: every rule off, a wide period. */
const PASS_ALL = [
  'name: 县级文明城市网上申报台账（内置规则）',
  'version: 2026.1',
  'period: { start: 2000-01-01, end: 2099-12-31 }',
  'deadline: 2099-12-31',
  'severity:',
  ...[...ruleIds].map((id) => `  ${id}: off`),
].join('\n');
/** The county office's own file above the folder: the built-in rules as they are. */
const OFFICE = 'extends: builtin\n';

/** A fresh copy of the demo unit 县文旅局 (it fails the built-in rules) under `<tmp>/<name>/`. */
function unitCopy(name: string): { above: string; unit: string } {
  const above = path.join(tmp, name);
  const unit = path.join(above, '县文旅局');
  fs.cpSync(path.join(repoRoot, 'fixtures/demo/台账/县文旅局'), unit, { recursive: true });
  fs.writeFileSync(path.join(above, '.ledger-check.yaml'), OFFICE);
  return { above, unit };
}
const json = (args: string[], cwd?: string) => {
  const r = runBin([...args, '--as-of', '2026-10-20', '-f', 'json'], { cwd });
  return { code: r.code, stderr: r.stderr, report: r.stdout ? JSON.parse(r.stdout) : null };
};
type F = { ruleId: string; file: string | null; unit: string | null; indicator: string | null; severity: string };
const without = (fs_: F[], id: string) => fs_.filter((f) => f.ruleId !== id);

describe('rule files inside the checked folder', () => {
  it('the same folder gets the same verdict with and without a planted rule file that would make it pass', () => {
    const { above, unit } = unitCopy('planted');
    const outside = path.join(tmp, 'pass-all.yaml');
    fs.writeFileSync(outside, PASS_ALL);
    // The planted file would make the folder pass, were it obeyed:
    expect(json([unit, '-r', outside]).report.summary.status).toBe('pass');

    const clean = json([unit]);
    expect(clean.code).toBe(1);
    expect(clean.report.rules.source).toBe(`builtin + ${path.join(above, '.ledger-check.yaml')}`);

    fs.writeFileSync(path.join(unit, '.ledger-check.yaml'), PASS_ALL);
    fs.writeFileSync(path.join(unit, 'Ⅲ—12 我们的节日', '.ledger-check.json'), '{}');
    fs.writeFileSync(path.join(unit, 'ledger-check-review.yaml'), 'x');
    fs.writeFileSync(path.join(unit, '.ledgercheckignore'), '*\n');
    const before = snapshot(unit);
    const planted = json([unit]);
    expect(planted.code).toBe(1);
    expect(planted.report.rules).toEqual(clean.report.rules);
    expect(planted.report.summary).toEqual({ ...clean.report.summary, warnings: clean.report.summary.warnings + 4 });
    expect(without(planted.report.findings, 'file.rules-inside-material')).toEqual(clean.report.findings);
    expect(planted.report.findings.filter((f: F) => f.ruleId === 'file.rules-inside-material').map((f: F) => [f.file, f.unit, f.indicator, f.severity])).toEqual([
      ['.ledger-check.yaml', '县文旅局', null, 'warning'],
      ['.ledgercheckignore', '县文旅局', null, 'warning'],
      ['ledger-check-review.yaml', '县文旅局', null, 'warning'],
      ['Ⅲ—12 我们的节日/.ledger-check.json', '县文旅局', 'III-12', 'warning'],
    ]);
    expect(snapshot(unit)).toEqual(before);
  });

  it('finds the office rule file in the folder above, and never the one inside', () => {
    const { above, unit } = unitCopy('discovery');
    fs.writeFileSync(path.join(above, '.ledger-check.yaml'), 'extends: builtin\nname: 上一级的规则\n');
    fs.writeFileSync(path.join(unit, '.ledger-check.yaml'), 'extends: builtin\nname: 文件夹里的规则\n');
    const r = json([unit]);
    expect(r.report.rules.name).toBe('上一级的规则');
    // Run from inside the folder ('.'): discovery still starts above it.
    const here = json(['.'], unit);
    expect(here.report.rules.name).toBe('上一级的规则');
  });

  it('refuses --rules naming a file inside the checked folder (exit 2, nothing read)', () => {
    const { unit } = unitCopy('explicit');
    const inside = path.join(unit, 'my.yaml');
    fs.writeFileSync(inside, PASS_ALL);
    const r = runBin([unit, '-r', inside]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`规则文件或忽略文件在被检查的文件夹里面，不会读取（台账里的文件不能决定检查规则）：${inside}`);
    // A link outside that points inside is inside too.
    const link = path.join(tmp, 'explicit-link.yaml');
    fs.symlinkSync(inside, link);
    expect(runBin([unit, '-r', link]).code).toBe(2);
  });

  it('reads .ledgercheckignore beside the rule file (gitignore syntax)', () => {
    const { above, unit } = unitCopy('ignorefile');
    const base = json([unit]).report;
    expect(base.files.map((f: { path: string }) => f.path)).toContain('Ⅳ—2 公共文化服务/微信图片_20260518.jpg');
    fs.writeFileSync(path.join(above, '.ledgercheckignore'), '# 草稿\nⅣ—2 公共文化服务/微信图片_*.jpg\n');
    const r = json([unit]).report;
    expect(r.files.map((f: { path: string }) => f.path)).not.toContain('Ⅳ—2 公共文化服务/微信图片_20260518.jpg');
    expect(r.files).toHaveLength(base.files.length - 1);
    // A folder pattern leaves the whole folder out.
    fs.writeFileSync(path.join(above, '.ledgercheckignore'), 'Ⅳ—2 公共文化服务/\n');
    expect(json([unit]).report.files.filter((f: { path: string }) => f.path.startsWith('Ⅳ—2'))).toEqual([]);
  });

  it('reports a broken .ledgercheckignore with its position (exit 2)', () => {
    const { above, unit } = unitCopy('ignorebad');
    const f = path.join(above, '.ledgercheckignore');
    fs.writeFileSync(f, 'a/**/b/**/c\nx/**/**/**/y\n');
    const r = runBin([unit]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f}:2:3: 一行最多 2 个 **（这一行有 3 个）`);
    expect(r.stderr).not.toContain(':1:');
  });

  it('rules --print-config without a file uses the same discovery as a check', () => {
    const { above, unit } = unitCopy('printconfig');
    fs.writeFileSync(path.join(above, '.ledger-check.yaml'), 'extends: builtin\nname: 本县规则\n');
    const r = runBin(['rules', '--print-config'], { cwd: above });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).name).toBe('本县规则');
    expect(r.stderr).toContain(`规则：${path.join(above, '.ledger-check.yaml')}`);
    expect(json([unit]).report.rules.name).toBe('本县规则');
  });
});

describe('outputs never land in the checked folder', () => {
  it('refuses an output path that is a dangling link into the folder', () => {
    const { above, unit } = unitCopy('out-dangling');
    const link = path.join(above, 'report.json');
    fs.symlinkSync(path.join(unit, '新报告.json'), link);
    const before = snapshot(unit);
    const r = runBin([unit, '-f', `json:${link}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('输出文件不能写进被检查的文件夹');
    expect(snapshot(unit)).toEqual(before);
    expect(fs.existsSync(path.join(unit, '新报告.json'))).toBe(false);
    // A link to a folder inside, with the file name below it, is inside too; so is --split-units there.
    fs.symlinkSync(path.join(unit, 'Ⅲ—12 我们的节日'), path.join(above, 'dirlink'));
    expect(runBin([unit, '-o', path.join(above, 'dirlink', 'r.txt')]).code).toBe(2);
    const split = runBin([unit, '-f', 'json', '--split-units', path.join(above, 'dirlink', '下发')]);
    expect(split.code).toBe(2);
    expect(split.stdout).toBe('');
    expect(snapshot(unit)).toEqual(before);
  });

  it('refuses an output path that is a hard link to a file in the folder', () => {
    const { above, unit } = unitCopy('out-hardlink');
    const evidence = path.join(unit, 'Ⅲ—12 我们的节日', '说明报告.docx');
    const hard = path.join(above, 'report.html');
    fs.linkSync(evidence, hard);
    const bytes = fs.readFileSync(evidence);
    const before = snapshot(unit);
    const r = runBin([unit, '-f', `html:${hard}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`输出文件不能写进被检查的文件夹（本工具从不修改台账；链接和硬链接指向文件夹内的也不行）：${hard}`);
    expect(fs.readFileSync(evidence).equals(bytes)).toBe(true);
    expect(snapshot(unit)).toEqual(before);
  });

  it('writes a normal output through a temporary file, replacing an old one, leaving nothing else', () => {
    const { above, unit } = unitCopy('out-normal');
    const out = path.join(above, 'out', 'sub', 'report.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, 'old report, longer than nothing at all');
    // A hard link that is NOT into the folder is fine; it is replaced, not written through.
    fs.linkSync(out, path.join(above, 'out', 'other-name.json'));
    const screen = runBin([unit, '--as-of', '2026-10-20', '-f', 'json']);
    const r = runBin([unit, '--as-of', '2026-10-20', '-f', `json:${out}`, '-f', 'pretty']);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe(screen.stdout);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['report.json']);
    expect(fs.readFileSync(path.join(above, 'out', 'other-name.json'), 'utf8')).toBe('old report, longer than nothing at all');
    // A link to a file outside the folder is followed: the target is replaced, the link stays.
    const target = path.join(above, 'target.json');
    fs.writeFileSync(target, 'x');
    const link = path.join(above, 'link.json');
    fs.symlinkSync(target, link);
    expect(runBin([unit, '--as-of', '2026-10-20', '-f', `json:${link}`]).code).toBe(1);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe(screen.stdout);
  });
});
