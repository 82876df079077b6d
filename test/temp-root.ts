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
function sweepStale(tmp: string): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
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
