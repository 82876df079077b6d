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

describe('an earlier run killed before its clean-up', () => {
  it('has its folder removed by the next run even when the tree inside is deeper than PATH_MAX', async () => {
    const { sweepStale } = await import('../temp-root.js');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-sweep-'));
    try {
      // A process that has ended: its pid names the stale run.
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const stale = path.join(tmp, `lc-test-run-${gone.stdout}-abc`);
      fs.mkdirSync(stale);
      // 40 levels of 120 characters: 4,800+ bytes, past Linux's PATH_MAX (4,096), made by relative cd.
      const seg = '长'.repeat(40);
      const made = spawnSync('sh', ['-c', `cd "$1" && for i in $(seq 40); do mkdir "$2" && cd -P "$2" || exit 1; done && echo x > f`, 'sh', stale, seg]);
      expect(made.status).toBe(0);
      const live = path.join(tmp, `lc-test-run-${process.pid}-mine`);
      fs.mkdirSync(live);
      expect(() => sweepStale(tmp)).not.toThrow();
      expect(fs.existsSync(stale)).toBe(false);
      // The running process's own folder is never swept.
      expect(fs.existsSync(live)).toBe(true);
    } finally {
      spawnSync('rm', ['-rf', '--', tmp]);
    }
  });
});
