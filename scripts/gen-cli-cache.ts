/**
 * Part of `npm run build`, after scripts/bundle-cli.ts: the V8 code cache of the command's bundle
 * (src/cli/load-bundle.ts), in dist/src/cli/bundle-code-cache/. A child process loads the bundle
 * without a cache and checks the committed demo county (fixtures/demo/台账) as a user would: with
 * an empty fact cache (cold), again (warm) and in both formats; then it stores V8's code cache of
 * the script with every function compiled so far, sealed with its SHA-256. A run then deserialises
 * those functions instead of compiling them. A build without it still works (the bundle is
 * compiled from source on every run): a failure here only warns.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCacheDir, bundleFile, loadBundle } from '../src/cli/load-bundle.js';
import { sealCodeCache } from '../src/util/code-cache.js';

const self = fileURLToPath(import.meta.url);
const demo = path.resolve(path.dirname(self), '..', '..', 'fixtures', 'demo', '台账');

if (process.argv[2] !== '--child') {
  fs.rmSync(bundleCacheDir(), { recursive: true, force: true });
  // Its own process: the bundle's functions are compiled there, and its report goes nowhere.
  const r = spawnSync(process.execPath, [self, '--child'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const written = /^WROTE (.+)$/m.exec(r.stderr ?? '');
  if (!written) {
    process.stderr.write(`warning: no code cache for the command (it will be compiled on every run): ${r.error?.message ?? r.stderr.trim().split('\n').slice(-3).join(' ')}\n`);
  } else {
    // V8 takes a cache only under the flags it was made with: check that a fresh start takes it.
    const probe = `const { loadBundle } = await import(${JSON.stringify(new URL('../src/cli/load-bundle.js', import.meta.url).href)}); process.stdout.write(String(loadBundle().cached));`;
    const used = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).stdout === 'true';
    if (used) process.stdout.write(`command code cache: ${path.basename(written[1]!)}\n`);
    else process.stderr.write(`warning: V8 rejects the command's code cache at start (a V8 flag set at run time?): it will be compiled on every run\n`);
  }
} else {
  const bundle = loadBundle(bundleFile(), bundleCacheDir(), false);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-check-code-cache-'));
  try {
    const run = ['--as-of', '2026-08-01', '--no-progress', '--cache-location', cacheDir];
    await bundle.main([demo, '--format', 'json', ...run]); // cold: facts extracted and written
    await bundle.main([demo, '--format', 'json', ...run]); // warm: the stat index and run snapshot
    await bundle.main([demo, ...run]); // the human format
    await bundle.main([demo, '--format', 'json', '--lang', 'en', ...run]);
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  // V8 stamps a code cache with its flags and rejects it under others: the command's own (src/cli/heap.ts)
  // are set by loadBundle before it compiles, at run time as here; the parent checks that a fresh start takes it.
  fs.mkdirSync(path.dirname(bundle.cacheFile), { recursive: true });
  const tmp = `${bundle.cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, sealCodeCache(bundle.script.createCachedData()));
  fs.renameSync(tmp, bundle.cacheFile);
  process.stderr.write(`WROTE ${bundle.cacheFile}\n`);
  process.exitCode = 0; // the demo county has findings: that is not a failure of this step
}
