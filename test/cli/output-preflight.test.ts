/**
 * Outputs that cannot be written, as a county office meets them: a report path under a file, a
 * folder given where a file name belongs, a folder that does not exist yet, and a GBK folder name
 * pasted on the command line. Said before any material is read (exit 2, nothing on stdout, no
 * cache written), in the run's language, with the reason in words — never a bare errno code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScenario, SCENARIO_RULES } from './scenario.js';
import { runBin, tempDir } from './helpers.js';
import { makeTaskTableXlsx } from '../../fixtures/build/xlsx.js';

const tmp = tempDir('lc-preflight-');
const folder = path.join(tmp, '县教育局');
const rules = path.join(tmp, 'rules.yaml');
const out = tempDir('lc-preflight-out-');
const cache = path.join(out, 'cache');
const aFile = path.join(out, 'a-file');
beforeAll(async () => {
  await buildScenario(tmp);
  fs.writeFileSync(rules, SCENARIO_RULES);
  fs.writeFileSync(aFile, 'x');
  fs.mkdirSync(path.join(out, 'reports'));
});

const run = (args: string[]) => runBin([folder, '--rules', rules, '--as-of', '2026-10-20', '--cache-location', cache, ...args], { cwd: out });

describe('an output that cannot be written is said before the check', () => {
  it.each([
    [['-f', 'html:a-file/台账检查.html'], 'zh', 'ledger-check: 无法写入输出文件 a-file/台账检查.html：路径中有一段是文件，不是文件夹（ENOTDIR）\n'],
    [['-f', 'pretty', '-f', 'xlsx:reports'], 'zh', 'ledger-check: 无法写入输出文件 reports：这是一个文件夹，请在路径后写上文件名（EISDIR）\n'],
    [['-o', 'a-file/x.txt'], 'en', 'ledger-check: cannot write a-file/x.txt: a part of the path is a file, not a folder (ENOTDIR)\n'],
    [['-f', 'xlsx:t.xlsx', '--split-units', 'a-file'], 'zh', 'ledger-check: 无法写入输出文件 a-file：路径中有一段是文件，不是文件夹（ENOTDIR）\n'],
  ])('%j (%s)', (args, lang, stderr) => {
    const r = run([...args, '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
    // Nothing was read: the check never started.
    expect(fs.existsSync(cache)).toBe(false);
  });

  it('a folder that does not exist yet is made when the report is written', () => {
    const r = run(['-f', 'json:new/deeper/r.json', '--no-cache']);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'new/deeper/r.json'), 'utf8')).schemaVersion).toBe(1);
  });
});

describe('a folder name that is not UTF-8 on the command line', () => {
  it('says so and names the folder above it to check instead', () => {
    const gbk = Buffer.from([0xcf, 0xd8, 0xbd, 0xcc, 0xd3, 0xfd, 0xbe, 0xd6]); // 县教育局 in GBK
    fs.mkdirSync(Buffer.concat([Buffer.from(`${out}/`), gbk]));
    const r = runBin([`${out}/\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD`, '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('路径中有不是 UTF-8 编码的名称');
    expect(r.stderr).toContain(`请检查它的上一级文件夹（ledger-check ${out}`);
    const en = runBin([`${out}/\uFFFD\uFFFD/x`, '--no-cache', '--lang', 'en']);
    expect(en.stderr).toContain(`Check the folder above it (ledger-check ${out}:`);
  });
});

describe('rules import -o', () => {
  it('makes a missing folder, as the check does, and says why a path cannot be written', async () => {
    const table = path.join(out, 'task.xlsx');
    fs.writeFileSync(table, await makeTaskTableXlsx([{ code: 'Ⅲ—12', project: 'Ⅲ', content: '我们的节日', requirement: '说明报告500字', units: '县文旅局', leader: '张三' }]));
    const ok = runBin(['rules', 'import', table, '-o', 'rules/new/rules.yaml'], { cwd: out });
    expect(ok.code, ok.stderr).toBe(0);
    expect(fs.readFileSync(path.join(out, 'rules/new/rules.yaml'), 'utf8')).toContain('III-12');
    const bad = runBin(['rules', 'import', table, '-o', 'a-file/rules.yaml'], { cwd: out });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ledger-check: 无法写入 a-file/rules.yaml：路径中有一段是文件，不是文件夹（ENOTDIR）\n');
    const en = runBin(['rules', 'import', table, '-o', 'a-file/rules.yaml', '--lang', 'en'], { cwd: out });
    expect(en.stderr).toContain('ledger-check: cannot write a-file/rules.yaml: a part of the path is a file, not a folder (ENOTDIR)\n');
  });
});

describe('inspect given a path that is no file', () => {
  it('says the file is not found, or that a folder is checked with ledger-check <folder> (exit 2, no fact record)', () => {
    const missing = runBin(['inspect', 'nope.pdf'], { cwd: out });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('ledger-check: 找不到要查看的文件：nope.pdf（请检查路径和文件名）\n');
    const folderGiven = runBin(['inspect', 'reports', '--lang', 'en'], { cwd: out });
    expect(folderGiven.code).toBe(2);
    expect(folderGiven.stderr).toBe('ledger-check: this is a folder, not a file: reports\ninspect shows what is read from single files; to check the folder: ledger-check reports\n');
  });
});
