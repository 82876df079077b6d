/**
 * A path longer than the system allows (session 22): twenty folders of 80 Chinese characters
 * (240 bytes each) inside an indicator folder, copied from a drive that allowed it. The walk reaches
 * the folder where the path passes PATH_MAX (4,096 bytes) and cannot list it: that folder is
 * `file.unreadable`, told as a path too long in either language (it said only "a read error"), and
 * the run goes on; the folder is left as it was.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { crashText, HANG_MS, runCli } from './run.js';
import { tempDir } from '../helpers/temp.js';

interface Report {
  findings: { ruleId: string; file?: string | null; message: string }[];
}

const IND = 'Ⅲ—12 我们的节日';
let work = '';
let root = '';
let ind = '';
const NAME = '长'.repeat(80);

/** Every entry's path, type, size, mode and mtime: find walks by descriptor, past PATH_MAX (Node's lstat cannot). */
const tree = () => execFileSync('bash', ['-c', 'cd "$1" && find . -printf "%P|%y|%s|%m|%T@\\n" | sort', 'bash', root], { encoding: 'utf8' });

beforeAll(() => {
  work = tempDir('lc-long-path-');
  root = path.join(work, '台账');
  ind = path.join(root, '县长路局', IND);
  fs.mkdirSync(ind, { recursive: true });
  fs.writeFileSync(path.join(ind, '活动说明.txt'), '端午包粽子');
  // Relative steps: no single call names the whole path (mkdir -p on it fails with ENAMETOOLONG).
  execFileSync('bash', ['-c', `set -e; cd "$1"; for i in $(seq 1 20); do mkdir "$2$i"; cd "$2$i"; done; echo x > 2026-06-18.jpg`, 'bash', ind, NAME]);
});

// rm walks by descriptor too (the temp folder's own clean-up, by path, cannot remove it).
afterAll(() => execFileSync('bash', ['-c', 'cd "$1" && rm -rf -- "$2"1', 'bash', ind, NAME]));

function run(lang?: 'en'): Report {
  const before = tree();
  const r = runCli(root, work, lang ? ['--lang', lang] : []);
  expect(r.signal, 'the run did not end by itself').toBeNull();
  expect(crashText(r.stdout + r.stderr + r.pretty), 'a stack trace or internal error').toBeNull();
  expect([0, 1]).toContain(r.code);
  expect(tree(), 'the checked folder changed').toEqual(before);
  return JSON.parse(r.stdout) as Report;
}

describe('a path past PATH_MAX', () => {
  it('is one unreadable folder, told as a path too long, in Chinese and in English', () => {
    const zh = run().findings.filter((f) => f.ruleId === 'file.unreadable' && f.file?.startsWith(`县长路局/${IND}/长`));
    expect(zh).toHaveLength(1);
    expect(zh[0]!.message).toContain('路径过长');
    const en = run('en').findings.filter((f) => f.ruleId === 'file.unreadable' && f.file?.startsWith(`县长路局/${IND}/长`));
    expect(en).toHaveLength(1);
    expect(en[0]!.message).toContain('the path is too long');
  }, 2 * HANG_MS);

  it('a folder replaced or a file swapped for a link mid-run are told as such, not as "a read error"', () => {
    for (const [code, zh, en] of [['ENOTDIR', '被改名或替换', 'renamed or replaced'], ['ELOOP', '快捷方式/链接', 'shortcut/link']] as const) {
      expect(renderMessage('file.unreadable', 'zh', { code })).toContain(zh);
      expect(renderMessage('file.unreadable', 'en', { code })).toContain(en);
    }
  });
});
