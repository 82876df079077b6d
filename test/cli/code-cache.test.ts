/**
 * The command's bundle runs from the V8 code cache the build made of it (src/cli/load-bundle.ts);
 * a damaged, missing or rejected cache only costs time: the same command, compiled from source.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers.js';
import { codeCacheFileFor, openCodeCache, sealCodeCache } from '../../src/util/code-cache.js';

const dist = path.join(repoRoot, 'dist/src/cli');
const built = fs.existsSync(path.join(dist, 'bundle', 'cli.js'));

/** Load the bundle with its cache from `cacheDir` in a child process; say whether the cache was used, then run `argv`. */
function load(cacheDir: string | null, argv: string[]) {
  const script = `
    const { loadBundle, bundleFile, bundleCacheDir } = await import(${JSON.stringify(path.join(dist, 'load-bundle.js'))});
    const b = loadBundle(bundleFile(), ${cacheDir === null ? 'bundleCacheDir()' : JSON.stringify(cacheDir)});
    process.stderr.write('CACHED=' + b.cached + '\\n');
    await b.main(${JSON.stringify(argv)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, cached: /CACHED=true/.test(r.stderr), stderr: r.stderr };
}

describe.skipIf(!built)('the command from its code cache', () => {
  const demo = path.join(repoRoot, 'fixtures/demo/台账');
  const args = [demo, '--format', 'json', '--as-of', '2026-08-01', '--no-progress', '--no-cache', '--no-ocr'];
  let fromCache = '';

  it('uses the cache the build made, and checks as the unbundled command does', () => {
    const r = load(null, args);
    expect(r.cached).toBe(true);
    expect(r.code).toBe(1); // the demo has findings
    const plain = spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(path.join(dist, 'main.js'))}); await main(${JSON.stringify(args)});`], { encoding: 'utf8', cwd: repoRoot });
    expect(r.stdout).toBe(plain.stdout); // reports are byte-identical from run to run
    fromCache = r.stdout;
  });

  it('a damaged cache (one byte flipped) is not handed to V8: compiled from source, same report', () => {
    const dir = tempDir('lc-codecache-');
    const cacheFile = fs.readdirSync(path.join(dist, 'bundle-code-cache')).find((f) => f.startsWith('cli-'))!;
    const bytes = fs.readFileSync(path.join(dist, 'bundle-code-cache', cacheFile));
    bytes[bytes.length >> 1] ^= 0xff;
    expect(openCodeCache(bytes)).toBeUndefined();
    fs.writeFileSync(path.join(dir, cacheFile), bytes);
    const r = load(dir, args);
    expect(r.cached).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(fromCache);
  });

  it('a cache V8 rejects (sealed, named for this bundle, made from another script), or none: compiled from source', () => {
    const dir = tempDir('lc-codecache-');
    const source = fs.readFileSync(path.join(dist, 'bundle', 'cli.js'));
    fs.writeFileSync(codeCacheFileFor(dir, 'cli', source), sealCodeCache(new vm.Script('1 + 1').createCachedData()));
    const rejected = load(dir, ['--version']);
    expect(rejected.cached).toBe(false);
    expect(rejected.code).toBe(0);
    const none = load(tempDir('lc-codecache-'), ['--version']);
    expect(none.cached).toBe(false);
    expect(none.stdout).toBe(rejected.stdout);
  });

  it('packages kept outside the bundle are imported through the loader (an .xlsx report loads exceljs)', () => {
    const out = path.join(tempDir('lc-codecache-'), 'r.xlsx');
    const r = load(null, [demo, '--format', `xlsx:${out}`, '--as-of', '2026-08-01', '--no-progress', '--no-cache', '--no-ocr']);
    expect(r.cached).toBe(true);
    expect(r.stderr).not.toMatch(/ERR_VM_DYNAMIC_IMPORT|内部错误/);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });
});
