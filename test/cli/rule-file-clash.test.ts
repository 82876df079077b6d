/**
 * Two rule files side by side (`.ledger-check.yaml` beside an old `.ledger-check.json`, or the
 * review record as `.yaml` and `.yml`): the check read the first silently, so a county editing the
 * other was checked by rules it did not write. Now an error naming both (exit 2, nothing checked),
 * in the run's language; `--rules DIR` reads the one rule file in a county's rules folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDir, writeFile } from './helpers.js';

const OURS = 'extends: builtin\nname: 清河县规则\n';
const OLD = '{ "extends": "builtin", "name": "旧规则" }\n';

/** county/台账/县教育局/a.txt, with the files given put in county/. */
function county(files: Record<string, string>): { cwd: string; folder: string } {
  const cwd = tempDir('lc-clash-');
  writeFile(cwd, '台账/县教育局/说明.txt', '县教育局\n');
  for (const [n, text] of Object.entries(files)) writeFile(cwd, n, text);
  return { cwd, folder: path.join(cwd, '台账') };
}

const run = (args: string[], cwd: string) => runBin([...args, '--no-progress', '--no-cache', '--no-ocr'], { cwd });

describe('two rule or review files in one folder', () => {
  it('.ledger-check.yaml beside .ledger-check.json: exit 2 naming both, nothing checked (zh and en)', () => {
    const { cwd, folder } = county({ '.ledger-check.yaml': OURS, '.ledger-check.json': OLD });
    const zh = run([folder], cwd);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('2 个规则文件');
    expect(zh.stderr).toContain(path.join(cwd, '.ledger-check.yaml'));
    expect(zh.stderr).toContain(path.join(cwd, '.ledger-check.json'));
    expect(zh.stderr).toContain('--rules');
    const en = run(['--lang', 'en', folder], cwd);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('2 rule files in one folder');
    expect(en.stderr).not.toContain('规则');
  });

  it('.yml beside .yaml too; one file alone is read as before', () => {
    const two = county({ '.ledger-check.yaml': OURS, '.ledger-check.yml': OURS });
    expect(run([two.folder], two.cwd).code).toBe(2);
    const one = county({ '.ledger-check.yaml': OURS });
    const r = run([one.folder], one.cwd);
    expect(r.code).not.toBe(2);
    expect(r.stdout).toContain('清河县规则');
  });

  it('rules --print-config in such a folder says the same', () => {
    const { cwd } = county({ '.ledger-check.yaml': OURS, '.ledger-check.json': OLD });
    const r = runBin(['rules', '--print-config'], { cwd: path.join(cwd, '台账') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 个规则文件');
  });

  it('ledger-check-review.yaml beside ledger-check-review.yml: exit 2 naming both', () => {
    const { cwd, folder } = county({ 'ledger-check-review.yaml': 'version: 1\nentries: []\n', 'ledger-check-review.yml': 'version: 1\nentries: []\n' });
    const r = run([folder], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 个人工确认记录');
    expect(r.stderr).toContain('ledger-check-review.yml');
    expect(r.stderr).toContain('--review');
    // --no-review: the records are not looked for.
    expect(run([folder, '--no-review'], cwd).code).not.toBe(2);
  });

  it('--rules DIR reads the one rule file in DIR; two there: the same error', () => {
    const { cwd, folder } = county({ 'rules/.ledger-check.yaml': OURS });
    const r = run([folder, '--rules', path.join(cwd, 'rules')], cwd);
    expect(r.code).not.toBe(2);
    expect(r.stdout).toContain('清河县规则');
    fs.writeFileSync(path.join(cwd, 'rules/.ledger-check.json'), OLD);
    const two = run([folder, '--rules', path.join(cwd, 'rules')], cwd);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('2 个规则文件');
  });
});

describe('the library', () => {
  it('findConfigFile throws ControlFileClash, exported beside it, naming both files', async () => {
    const { findConfigFile, ControlFileClash } = await import('../../src/index.js');
    const { folder, cwd } = county({ '.ledger-check.yaml': OURS, '.ledger-check.json': OLD });
    let thrown: unknown;
    try {
      findConfigFile(folder);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ControlFileClash);
    expect((thrown as InstanceType<typeof ControlFileClash>).files).toEqual([path.join(cwd, '.ledger-check.yaml'), path.join(cwd, '.ledger-check.json')]);
  });
});

describe('--help says a rules folder may be given (final-review19)', () => {
  // README documents `-r DIR`; --help named only a file.
  it('zh and en, check and review accept', () => {
    expect(runBin(['--help']).stdout).toContain('或放着它的规则文件夹');
    expect(runBin(['--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ')).toContain('or a rules folder holding one');
    expect(runBin(['review', 'accept', '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ')).toContain('or a rules folder holding one');
  });
});

describe('a link to nothing named like a rule or review file (hostile20)', () => {
  // final-review19: a dangling .ledger-check.json beside a real .yaml counted as a second rule file (exit 2).
  const link = (cwd: string, name: string) => fs.symlinkSync(path.join(cwd, 'gone', name), path.join(cwd, name));

  it('beside a real rule file: the real one is read, the link named on stderr (zh and en)', async () => {
    const { cwd, folder } = county({ '.ledger-check.yaml': OURS });
    link(cwd, '.ledger-check.json');
    const zh = run([folder], cwd);
    expect(zh.code).not.toBe(2);
    expect(zh.stdout).toContain('清河县规则');
    expect(zh.stderr).toContain(`链接指向的文件不存在，不读取：${path.join(cwd, '.ledger-check.json')}`);
    const en = run(['--lang', 'en', folder], cwd);
    expect(en.stderr).toContain(`points to nothing and is not read: ${path.join(cwd, '.ledger-check.json')}`);
    const { findConfigFile } = await import('../../src/index.js');
    expect(findConfigFile(folder)).toBe(path.join(cwd, '.ledger-check.yaml'));
  });

  it('beside a real review record: the record is read, the link named', () => {
    const { cwd, folder } = county({ 'ledger-check-review.yaml': 'version: 1\nentries: []\n' });
    link(cwd, 'ledger-check-review.yml');
    const r = run([folder], cwd);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toContain(path.join(cwd, 'ledger-check-review.yml'));
    expect(r.stderr).not.toContain('个人工确认记录');
  });

  it('in a rules folder given with --rules: the real file is read', () => {
    const { cwd, folder } = county({ 'rules/.ledger-check.yaml': OURS });
    link(path.join(cwd, 'rules'), '.ledger-check.json');
    const r = run([folder, '--rules', path.join(cwd, 'rules')], cwd);
    expect(r.code).not.toBe(2);
    expect(r.stdout).toContain('清河县规则');
  });

  it('alone, a broken rule-file link still stops the check (never silently the built-in rules)', () => {
    const { cwd, folder } = county({});
    link(cwd, '.ledger-check.yaml');
    const r = run([folder], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.ledger-check.yaml');
  });
});
