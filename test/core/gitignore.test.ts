import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
const inGit = git('rev-parse', '--is-inside-work-tree').stdout.trim() === 'true';

describe.skipIf(!inGit)('node_modules in a checkout', () => {
  // A worktree links the main checkout's packages (ln -s …/node_modules node_modules): a pattern
  // 'node_modules/' matches only a folder, so the link showed as new and was committed by `git add -A`.
  it('is ignored whether it is a folder or a link to one', () => {
    expect(git('check-ignore', '-q', '--no-index', 'node_modules').status).toBe(0);
  });

  it('is never tracked', () => {
    expect(git('ls-files', '--', 'node_modules').stdout).toBe('');
  });
});
