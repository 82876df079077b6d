import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('test temp folders', () => {
  it('are made inside the run folder that the global setup removes', () => {
    const run = process.env.LC_TEST_TMP;
    expect(run, 'test/temp-root.ts did not run').toBeTruthy();
    expect(fs.realpathSync(os.tmpdir())).toBe(fs.realpathSync(run!));
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-probe-'));
    expect(path.dirname(fs.realpathSync(made))).toBe(fs.realpathSync(run!));
    fs.rmSync(made, { recursive: true });
  });

  it('are inside it for child processes too (the CLI under test)', () => {
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("os").tmpdir())'], { encoding: 'utf8' });
    expect(fs.realpathSync(r.stdout)).toBe(fs.realpathSync(process.env.LC_TEST_TMP!));
  });
});
