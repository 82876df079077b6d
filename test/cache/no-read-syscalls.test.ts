/**
 * The same promise seen from the kernel: the ledger-check command, run a second time over an
 * unchanged folder with its cache, opens no file of the folder (only its directories, to list
 * them). Needs strace (Linux); skipped where it is missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, runBin, tempDir } from '../cli/helpers.js';
import { unitFiles, writeTree } from './folder.js';

const strace = spawnSync('strace', ['-V']).status === 0;
const tmp = tempDir('lc-cache-strace-');

/** Files (not directories) of `root` the command opened, from an strace log. */
function openedFiles(log: string, root: string): string[] {
  return log
    .split('\n')
    .filter((l) => /\bopen(at2?)?\(/.test(l) && l.includes(root) && !l.includes('O_DIRECTORY'))
    .map((l) => /"([^"]*)"/.exec(l)?.[1] ?? l);
}

describe.skipIf(!strace)('a warm run, traced', () => {
  it('opens no file of the checked folder', async () => {
    const root = path.join(tmp, 'unit');
    writeTree(root, await unitFiles());
    const cache = path.join(tmp, 'cache');
    // Files written a moment ago are racy (src/cache/stat-index.ts): make them old.
    const old = new Date(Date.now() - 3600_000);
    const age = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? age(path.join(d, e.name)) : fs.utimesSync(path.join(d, e.name), old, old)));
    age(root);
    const args = [root, '--as-of', '2026-10-20', '--no-ocr', '-f', 'json', '--cache-location', cache];
    const log = path.join(tmp, 'trace.log');
    // ctimes are from now: the first run caches nothing while they are within the racy margin.
    spawnSync('sleep', ['3.2']);
    const cold = runBin(args);
    expect(cold.code).toBe(1);
    const cmd = ['-f', '-qq', '-e', 'trace=open,openat,openat2', '-o', log, process.execPath, bin, ...args];
    const traced = spawnSync('strace', cmd, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' }, maxBuffer: 64 << 20 });
    expect(traced.status).toBe(1);
    expect(traced.stdout).toBe(cold.stdout);
    expect(openedFiles(fs.readFileSync(log, 'utf8'), root)).toEqual([]);
    // The trace does see the folder's files when there is no cache.
    spawnSync('strace', ['-f', '-qq', '-e', 'trace=open,openat,openat2', '-o', log, process.execPath, bin, ...args, '--no-cache'], { encoding: 'utf8' });
    expect(openedFiles(fs.readFileSync(log, 'utf8'), root).length).toBeGreaterThanOrEqual(7);
  });
});
