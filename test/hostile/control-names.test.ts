/**
 * Names of our control files on things that are not control files (session 22). A folder named
 * `.ledger-check.yaml`, `ledger-check-review.yaml` or `.ledgercheckignore` is material like any
 * other: the walk left it out with everything inside it, unread, and the report called it a rule
 * file. A file named `.ledger-check` or `.ledger-check.yaml.bak` was left out without a word. Now
 * such a folder is walked (its files are checked, a broken photo fails) and every file of a
 * control name is reported as `file.rules-inside-material`, never read as rules.
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
  findings: { ruleId: string; file?: string | null; message: string }[];
}

const IND = 'Ⅲ—12 我们的节日';
const PHOTO = '2026-06-18 县一中 端午活动.jpg';
const PLANTED = 'name: 内置规则\nversion: "1"\nextends: builtin\nseverity:\n  photo.unreadable: off\n  file.unreadable: off\n';

let work = '';
beforeAll(() => {
  work = tempDir('lc-control-names-');
});

function check(root: string, lang?: 'en'): Report {
  const before = snapshotTree(root);
  const run = runCli(root, work, lang ? ['--lang', lang] : []);
  expect(run.signal, 'the run did not end by itself').toBeNull();
  expect(crashText(run.stdout + run.stderr + run.pretty), 'a stack trace or internal error').toBeNull();
  expect([0, 1]).toContain(run.code);
  expect(snapshotTree(root), 'the checked folder changed').toEqual(before);
  return JSON.parse(run.stdout) as Report;
}

const put = (p: string, data: Buffer | string) => {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
};

describe('control-file names in the material', () => {
  it('a folder so named is walked and checked; a file so named is reported, never read', async () => {
    const root = path.join(work, 'county', '台账');
    const broken = cut(await cameraJpeg(), 0.3);
    const folders = ['.ledger-check.yaml', 'ledger-check-review.yaml', '.ledgercheckignore'];
    // Unit folders named as control files, each with a broken photo.
    for (const u of folders) put(path.join(root, u, IND, PHOTO), broken);
    // Folders so named inside a unit's indicator folder.
    for (const u of folders) put(path.join(root, '县文件夹局', IND, u, PHOTO), broken);
    // Files of control names (a photo, and a rule file that would turn the photo checks off).
    const files = ['.ledger-check', '.ledger-check.yaml.bak', '.ledger-check.yaml', 'ledger-check-review.yml'];
    for (const f of files) put(path.join(root, '县名字局', IND, f), f === '.ledger-check.yaml' ? PLANTED : broken);
    put(path.join(root, '县名字局', IND, PHOTO), broken);
    const report = check(root);
    expect(report.rules.source).toBe('builtin');
    const status = new Map(report.files.map((f) => [f.path, f.status]));
    const walked = [...folders.map((u) => `${u}/${IND}/${PHOTO}`), ...folders.map((u) => `县文件夹局/${IND}/${u}/${PHOTO}`), `县名字局/${IND}/${PHOTO}`];
    for (const p of walked) {
      expect(status.get(p), `${p} was left out unread`).toBeDefined();
      expect(status.get(p), p).not.toBe('pass');
    }
    const planted = report.findings.filter((f) => f.ruleId === 'file.rules-inside-material').map((f) => f.file);
    for (const f of files) expect(planted, f).toContain(`县名字局/${IND}/${f}`);
    // A folder is no planted file.
    for (const u of folders) expect(planted).not.toContain(u);
    for (const f of files) expect(status.has(`县名字局/${IND}/${f}`), `${f} was read as material`).toBe(false);
  }, HANG_MS + 30_000);

  it('told in English with --lang en', async () => {
    const root = path.join(work, 'en', '台账');
    put(path.join(root, '县名字局', IND, PHOTO), cut(await cameraJpeg(), 0.3));
    put(path.join(root, '县名字局', IND, '.ledger-check'), 'x');
    const report = check(root, 'en');
    const f = report.findings.find((x) => x.ruleId === 'file.rules-inside-material');
    expect(f?.message).toContain('.ledger-check inside the checked folder');
  }, HANG_MS + 30_000);
});
