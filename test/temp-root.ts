/**
 * vitest global setup: every temp folder a test makes (os.tmpdir(), in the test workers and in
 * the CLI processes they start) lands in one folder for this run, removed when the run ends —
 * even when a test fails before its own clean-up, and when the run is interrupted (SIGINT,
 * SIGTERM, SIGHUP). Anything a test left behind is named on stderr, so that the test can be fixed
 * to clean up after itself. What an interrupted run cannot remove — it was killed outright
 * (SIGKILL), or a CLI process a test started outlived it and wrote its cache after the removal —
 * the next run does: each folder carries its run's process id, and a run removes the folders of
 * runs whose process is gone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const VARS = ['TMPDIR', 'TMP', 'TEMP'] as const;
const PREFIX = 'lc-test-run-';
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The folders of earlier runs (lc-test-run-<pid>-…) whose process no longer exists. */
export function sweepStale(tmp: string): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) removeStale(path.join(tmp, name));
  }
}

/**
 * A killed run's folder may hold a tree deeper than PATH_MAX (a test of long paths killed before
 * its own clean-up): fs.rmSync then throws ENAMETOOLONG, and a throw here would end every later
 * run before it found its tests. Such a folder is removed by `rm -rf` (which walks by descriptor),
 * or left, named on stderr: a stale folder never stops a run.
 */
function removeStale(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    const rm = process.platform === 'win32' ? { status: 1 } : spawnSync('rm', ['-rf', '--', dir], { stdio: 'ignore' });
    if (rm.status !== 0) process.stderr.write(`temp-root: could not remove an earlier run's folder ${dir}\n`);
  }
}

export default function setup(): () => void {
  const saved = VARS.map((v) => [v, process.env[v]] as const);
  sweepStale(os.tmpdir());
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
  for (const v of VARS) process.env[v] = root;
  process.env.LC_TEST_TMP = root;
  const removeRoot = () => fs.rmSync(root, { recursive: true, force: true });
  // Interrupted: remove the folder, then end as the signal would have.
  const onSignal = (sig: keyof typeof SIGNALS) => {
    removeRoot();
    process.exit(128 + SIGNALS[sig]);
  };
  const handlers = (Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]).map((sig) => [sig, () => onSignal(sig)] as const);
  for (const [sig, h] of handlers) process.once(sig, h);
  process.once('exit', removeRoot);
  return () => {
    let left: string[] = [];
    try {
      left = fs.readdirSync(root);
    } catch {
      // already gone
    }
    if (left.length) process.stderr.write(`temp folders left by tests (removed now): ${left.sort().join(', ')}\n`);
    removeRoot();
    for (const [sig, h] of handlers) process.off(sig, h);
    process.off('exit', removeRoot);
    for (const [v, value] of saved) {
      if (value === undefined) delete process.env[v];
      else process.env[v] = value;
    }
    delete process.env.LC_TEST_TMP;
  };
}
