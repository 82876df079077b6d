/**
 * pdf.js's modules loaded as classic scripts with a V8 code cache (src/extract/pdfjs-scripts.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, loadModuleScript, loadPreparedScript, moduleAsFunction, openCodeCache, preparedKey, preparedManifestFile, sealCodeCache } from '../../src/extract/pdfjs-scripts.js';
import { textWorker, textWorkerKey } from '../../src/extract/pdfjs-text-worker.js';
import { tempDir } from '../helpers/temp.js';

const run = (fn: string, url = 'file:///m.mjs') => (vm.runInThisContext(fn) as (u: string) => Record<string, unknown>)(url);
const tmp = tempDir('lc-pdfjs-scripts-');

describe('moduleAsFunction', () => {
  it('returns the export list (renamed ones by their exported name) and gives import.meta.url the module URL', () => {
    const fn = moduleAsFunction('const a = 1;\nfunction b() { return import.meta.url; }\nfunction sloppy() { return this; }\nexport { a, b as c, sloppy };\n\n//# sourceMappingURL=m.mjs.map');
    expect(fn).not.toBeNull();
    const m = run(fn!, 'file:///x/pdf.mjs');
    expect(Object.keys(m)).toEqual(['a', 'c', 'sloppy']);
    expect(m.a).toBe(1);
    expect((m.c as () => string)()).toBe('file:///x/pdf.mjs');
    // Module code is strict: `this` in a plain call stays undefined.
    const sloppy = m.sloppy as () => unknown;
    expect(sloppy()).toBeUndefined();
  });

  it('refuses what a script cannot be: static imports, other exports, other uses of import.meta, odd export lists', () => {
    expect(moduleAsFunction("import fs from 'node:fs';\nconst a = 1;\nexport { a };\n")).toBeNull();
    expect(moduleAsFunction('export const b = 2;\nconst a = 1;\nexport { a };\n')).toBeNull();
    expect(moduleAsFunction('const a = import.meta.dirname;\nexport { a };\n')).toBeNull();
    expect(moduleAsFunction('const a = 1;\nexport { a as "x y" };\n')).toBeNull();
    expect(moduleAsFunction('const a = 1;\nexport default a;\n')).toBeNull();
    expect(moduleAsFunction('const a = 1;\nexport { a };\nconst late = 2;\n')).toBeNull();
  });

  it('converts both pdf.js modules as installed (else every PDF thread compiles them without a cache)', () => {
    const api = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.mjs'), 'utf8');
    expect(moduleAsFunction(api)).not.toBeNull();
    expect(moduleAsFunction(textWorker().source)).not.toBeNull();
  });
});

describe('loadModuleScript', () => {
  const file = path.join(tmp, 'm.mjs');
  // Each case compiles its own source: V8 keeps what an isolate compiled and would not read a
  // cache for a source it has already compiled.
  const sourceOf = (tag: string) => `let calls = 0;\nfunction f(x) { calls++; return x * 2 + calls; }\nconst tag = ${JSON.stringify(tag)};\nexport { f, tag };\n`;

  it('compiles from source when there is no cache', () => {
    const loaded = loadModuleScript('m', file, sourceOf('none'), tmp)!;
    expect(loaded.cached).toBe(false);
    expect((loaded.exports.f as (x: number) => number)(1)).toBe(3);
    expect(loaded.exports.tag).toBe('none');
  });

  it('uses a code cache made from the same source', () => {
    const fn = moduleAsFunction(sourceOf('cached'))!;
    const producer = new vm.Script(fn, { filename: path.join(tmp, 'producer.mjs') });
    (producer.runInThisContext() as (u: string) => unknown)('file:///p.mjs');
    writeFileSync(codeCacheFile(tmp, 'm', fn), sealCodeCache(producer.createCachedData()));
    const loaded = loadModuleScript('m', file, sourceOf('cached'), tmp)!;
    expect(loaded.cacheFile).toBe(codeCacheFile(tmp, 'm', fn));
    expect(loaded.cached).toBe(true);
    expect((loaded.exports.f as (x: number) => number)(2)).toBe(5);
  });

  it('never hands V8 a damaged cache: one flipped byte, a cut-off file, no seal', () => {
    const fn = moduleAsFunction(sourceOf('damaged'))!;
    const producer = new vm.Script(fn, { filename: path.join(tmp, 'producer2.mjs') });
    (producer.runInThisContext() as (u: string) => unknown)('file:///p.mjs');
    const sealed = sealCodeCache(producer.createCachedData());
    expect(openCodeCache(sealed)).toEqual(producer.createCachedData());
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 5]! ^= 0x01;
    expect(openCodeCache(flipped)).toBeUndefined();
    expect(openCodeCache(sealed.subarray(0, sealed.length - 1))).toBeUndefined();
    expect(openCodeCache(sealed.subarray(0, 32))).toBeUndefined();
    expect(openCodeCache(producer.createCachedData())).toBeUndefined();
    writeFileSync(codeCacheFile(tmp, 'm', fn), flipped);
    const loaded = loadModuleScript('m', file, sourceOf('damaged'), tmp)!;
    expect(loaded.cached).toBe(false);
    expect((loaded.exports.f as (x: number) => number)(2)).toBe(5);
  });

  it('compiles from source when V8 rejects the cache', () => {
    const fn = moduleAsFunction(sourceOf('rejected'))!;
    writeFileSync(codeCacheFile(tmp, 'm', fn), sealCodeCache(Buffer.from('not a code cache')));
    const loaded = loadModuleScript('m', file, sourceOf('rejected'), tmp)!;
    expect(loaded.cached).toBe(false);
    expect((loaded.exports.f as (x: number) => number)(2)).toBe(5);
  });

  it('keys the cache by the source: a changed source never reads the old cache', () => {
    expect(codeCacheFile(tmp, 'm', moduleAsFunction(sourceOf('a'))!)).not.toBe(codeCacheFile(tmp, 'm', moduleAsFunction(sourceOf('b'))!));
    expect(path.basename(codeCacheFile(tmp, 'm', 'x'))).toMatch(new RegExp(`^m-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
  });

  it('returns null for a module it cannot convert (the caller imports it instead)', () => {
    expect(loadModuleScript('n', file, "import x from 'y';\nexport { x };\n", tmp)).toBeNull();
  });
});

describe('loadPreparedScript (the build stores the script as it ran, keyed by what it was made from)', () => {
  const file = path.join(tmp, 'p.mjs');
  const sourceOf = (tag: string) => `const tag = ${JSON.stringify(tag)};\nexport { tag };\n`;
  const prepare = (dir: string, tag: string, key: string) => {
    const fn = moduleAsFunction(sourceOf(tag))!;
    writeFileSync(path.join(dir, 'p.script'), fn);
    writeFileSync(preparedManifestFile(dir, 'p'), JSON.stringify({ key, script: 'p.script', cache: path.basename(codeCacheFile(dir, 'p', fn)), meta: ['x'] }));
  };

  it('loads the stored script when the key matches, with what was stored beside it', () => {
    writeFileSync(file, sourceOf('installed'));
    const dir = mkdtempSync(path.join(tmp, 'prep-'));
    prepare(dir, 'prepared', preparedKey(file, 'k'));
    const loaded = loadPreparedScript('p', file, preparedKey(file, 'k'), dir)!;
    expect(loaded.exports.tag).toBe('prepared');
    expect(loaded.prepared).toBe(true);
    expect(loaded.meta).toEqual(['x']);
  });

  it('returns null when the module changed since (size, time or extra part of the key), or nothing was prepared', () => {
    writeFileSync(file, sourceOf('installed'));
    const dir = mkdtempSync(path.join(tmp, 'prep-'));
    prepare(dir, 'stale', preparedKey(file, 'k'));
    expect(loadPreparedScript('p', file, preparedKey(file, 'other patches'), dir)).toBeNull();
    writeFileSync(file, sourceOf('installed again, longer'));
    expect(loadPreparedScript('p', file, preparedKey(file, 'k'), dir)).toBeNull();
    expect(loadPreparedScript('p', file, 'any', mkdtempSync(path.join(tmp, 'empty-')))).toBeNull();
  });

  it('never reads a file outside its folder named by the manifest', () => {
    writeFileSync(file, sourceOf('installed'));
    const dir = mkdtempSync(path.join(tmp, 'prep-'));
    writeFileSync(path.join(tmp, 'outside.script'), moduleAsFunction(sourceOf('outside'))!);
    writeFileSync(preparedManifestFile(dir, 'p'), JSON.stringify({ key: preparedKey(file), script: '../outside.script', cache: 'c' }));
    expect(loadPreparedScript('p', file, preparedKey(file), dir)).toBeNull();
  });

  it('the build prepared both pdf.js scripts for the installed pdfjs-dist and these patches', () => {
    const dir = path.join(import.meta.dirname, '..', '..', 'dist', 'src', 'extract', 'pdfjs-code-cache');
    const worker = JSON.parse(readFileSync(preparedManifestFile(dir, 'pdf.worker'), 'utf8')) as { key: string; meta: string[] };
    expect(worker.key).toBe(textWorkerKey());
    expect(worker.meta).toEqual(textWorker().applied);
    const api = JSON.parse(readFileSync(preparedManifestFile(dir, 'pdf'), 'utf8')) as { key: string };
    expect(api.key).toBe(preparedKey(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.mjs')));
  });

  it('a PDF thread keeps its code caches under the command\'s heap setting as well as under default flags', () => {
    // V8 flags are process-wide and a code cache made under other flags is rejected: the build
    // makes both variants and a thread picks by the recorded setting (src/util/v8-heap.ts).
    const dist = path.join(import.meta.dirname, '..', '..', 'dist', 'src');
    const probe = (tuned: boolean) =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `${tuned ? `(await import(${JSON.stringify(path.join(dist, 'util', 'v8-heap.js'))})).setHeapGrowingPercent();` : ''}
           const p = await import(${JSON.stringify(path.join(dist, 'extract', 'pdfjs.js'))});
           const s = await import(${JSON.stringify(path.join(dist, 'extract', 'pdfjs-scripts.js'))});
           await p.loadPdfjs();
           console.log(JSON.stringify(s.loadedScripts.map((l) => [l.name, l.cached, l.prepared]).sort()));`,
        ],
        { encoding: 'utf8', env: { ...process.env, LEDGER_CHECK_V8_HEAP_GROWING_PERCENT: '' } },
      ).trim();
    const all = [['pdf', true, true], ['pdf.worker', true, true]];
    expect(JSON.parse(probe(false))).toEqual(all);
    expect(JSON.parse(probe(true))).toEqual(all);
  });
});
