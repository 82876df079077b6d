/**
 * vitest global setup: every temp folder a test makes (os.tmpdir(), in the test workers and in
 * the CLI processes they start) lands in one folder for this run, removed when the run ends —
 * even when a test fails before its own clean-up. Anything a test left behind is named on
 * stderr, so that the test can be fixed to clean up after itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const VARS = ['TMPDIR', 'TMP', 'TEMP'] as const;

export default function setup(): () => void {
  const saved = VARS.map((v) => [v, process.env[v]] as const);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-test-run-'));
  for (const v of VARS) process.env[v] = root;
  process.env.LC_TEST_TMP = root;
  return () => {
    let left: string[] = [];
    try {
      left = fs.readdirSync(root);
    } catch {
      // already gone
    }
    if (left.length) process.stderr.write(`temp folders left by tests (removed now): ${left.sort().join(', ')}\n`);
    fs.rmSync(root, { recursive: true, force: true });
    for (const [v, value] of saved) {
      if (value === undefined) delete process.env[v];
      else process.env[v] = value;
    }
    delete process.env.LC_TEST_TMP;
  };
}
