/**
 * What a check with the built-in rules does not load: zod (the rule-file schemas), iconv-lite
 * (non-UTF-8 names and text), lunar-javascript (festival dates outside the build-time table) and
 * re2js (rule-file cues that are not plain). Each is loaded on first use by the modules that
 * need it; a warm re-run of a drive is mostly start-up, so these are kept out of it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const LAZY = ['zod', 'iconv-lite', 'lunar-javascript', 're2js'];

function loadedAfterCheck(extra: string): string[] {
  const script = `
    import { createRequire } from 'node:module';
    const { check } = await import(${JSON.stringify(path.join(repoRoot, 'dist/src/check.js'))});
    await check({ path: ${JSON.stringify(path.join(repoRoot, 'fixtures/demo/台账'))}, asOf: '2026-08-01', ocr: false ${extra} });
    const cache = createRequire(import.meta.url).cache;
    process.stdout.write(JSON.stringify(${JSON.stringify(LAZY)}.filter((p) => Object.keys(cache).some((k) => k.includes('/node_modules/' + p + '/')))));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: repoRoot });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[];
}

describe('a check with the built-in rules', () => {
  it('loads none of zod, iconv-lite, lunar-javascript, re2js', () => {
    expect(loadedAfterCheck('')).toEqual([]);
  });

  it('loads zod when it reads a rule file (so the probe can see them)', () => {
    expect(loadedAfterCheck(`, rules: ${JSON.stringify(path.join(repoRoot, 'rules/builtin.yaml'))}`)).toContain('zod');
  });
});
