/**
 * pdf.js's two modules (its API, build/pdf.mjs, and the patched text worker) loaded as classic
 * scripts with a V8 code cache, instead of as ES modules.
 *
 * Every PDF worker thread loads both (2.7 MB of source): compiling them, and then compiling to
 * bytecode each function the first PDFs call, was a large part of a thread's fixed cost, paid
 * again by every thread of every run. `npm run build` (scripts/gen-pdfjs-cache.ts) parses a few
 * fixture PDFs in a PDF worker thread and stores V8's code cache of both scripts, with the
 * functions compiled so far, in dist/src/extract/pdfjs-code-cache/. A thread then reads it instead of
 * compiling. V8 checks the cache against the source and its own version and flags and rejects
 * one that does not match (then the script is compiled from source: same behaviour, slower); the
 * file name also carries the source's hash and the Node version and architecture. A release V8
 * does not checksum the cache's payload, so a damaged file would be deserialised as it is: each
 * file starts with the SHA-256 of its payload (sealCodeCache), and one that does not match is not
 * used. The build also stores each script's source as it was run (the module as a function, the
 * text worker patched: loadPreparedScript), keyed by the module file's size and modification time
 * (and the patches), so a thread neither converts nor hashes the module; when the key does not
 * match (pdfjs-dist reinstalled or changed since the build) the module is converted as before.
 *
 * A module is turned into a function returning its exports only if it has no static import, a
 * single `export { … }` list at its end and `import.meta.url` as its only use of import.meta (it
 * gets the module's file URL); otherwise null, and the caller imports it as a module. A dynamic
 * import() inside goes through Node's default loader, as from the module.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { openCodeCache } from '../util/code-cache.js';
import { v8FlagsTag } from '../util/v8-heap.js';

const META = '__pdfjsModuleUrl';

/** An ES module's source as `(function (moduleUrl) { …; return exports; })`, or null. */
export function moduleAsFunction(source: string): string | null {
  if (/^\s*import\s*[\s{*"']/m.test(source) || source.includes(META)) return null;
  // The export list, then maybe comments (the source map's URL).
  const m = /\nexport \{([^}]*)\};?(?:\s*\/\/[^\n]*)*\s*$/.exec(source);
  if (!m) return null;
  const body = source.slice(0, m.index);
  if (/^\s*export\s/m.test(body)) return null;
  const renamed = body.split('import.meta.url').join(META);
  if (renamed.includes('import.meta')) return null;
  const entries: string[] = [];
  for (const part of m[1]!.split(',')) {
    const spec = part.trim();
    if (!spec) continue;
    const named = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(spec);
    if (!named) return null;
    entries.push(`${JSON.stringify(named[2] ?? named[1])}: ${named[1]}`);
  }
  return `(function (${META}) {\n"use strict";\n${renamed}\nreturn { ${entries.join(', ')} };\n})`;
}

/** Where the build puts the code caches: beside this module (dist/src/extract/pdfjs-code-cache/). */
export const codeCacheDir = (): string => fileURLToPath(new URL('./pdfjs-code-cache/', import.meta.url));

/**
 * The cache file for a script: its name, the source's hash, the V8 flags tag (the command's heap
 * setting, src/util/v8-heap.ts: a cache made under other flags is rejected), Node's version and
 * architecture.
 */
export function codeCacheFile(dir: string, name: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  return path.join(dir, `${name}-${hash}${v8FlagsTag()}-${process.version}-${process.arch}.v8cache`);
}

// The stored format (SHA-256 seal + V8's data) is the one of the command's bundle cache.
export { openCodeCache, sealCodeCache } from '../util/code-cache.js';

export interface LoadedScript {
  name: string;
  exports: Record<string, unknown>;
  script: vm.Script;
  /** Used a code cache (false: none found, damaged, or V8 rejected it). */
  cached: boolean;
  cacheFile: string;
  /** The script's source (the module as a function). */
  fn: string;
  /** What the module was made from (prepared scripts: preparedKey), when the caller gave it. */
  key?: string;
  /** Loaded from the build's prepared script (no conversion, no hashing on this thread). */
  prepared: boolean;
}

/**
 * A module as the build prepared it (gen-pdfjs-cache.ts): its script source beside its code cache,
 * and the key of what it was made from, so a thread loads it without reading, converting and
 * hashing the 2 MB module again (about 40 ms of CPU per thread).
 */
export interface PreparedManifest {
  key: string;
  /** File names in the cache folder. */
  script: string;
  cache: string;
  /** Whatever the caller stored with it (the text worker: the patches applied). */
  meta?: unknown;
}

/** The manifest file of a prepared module (one per V8 flags tag: each points at its own code cache). */
export const preparedManifestFile = (dir: string, name: string): string => path.join(dir, `${name}${v8FlagsTag()}.prepared.json`);

/**
 * What a module was made from, cheaply: its size and modification time (a reinstalled or updated
 * pdfjs-dist changes them) and `extra` (the patches, for the text worker).
 */
export function preparedKey(file: string, extra = ''): string {
  const st = statSync(file);
  return `${st.size}:${st.mtimeMs}:${extra}`;
}

/** Scripts loaded on this thread (for the build step that stores their code caches). */
export const loadedScripts: LoadedScript[] = [];

/**
 * Compile and run a module (its file and source, maybe patched) as a classic script, with the
 * code cache when there is a valid one. Null when the module cannot be turned into a script.
 */
export function loadModuleScript(name: string, file: string, source: string, cacheDir = codeCacheDir(), key?: string): LoadedScript | null {
  const fn = moduleAsFunction(source);
  if (fn === null) return null;
  return runScript(name, file, fn, codeCacheFile(cacheDir, name, fn), key, false);
}

/**
 * The module `name` as the build prepared it in `cacheDir`, when it was made from what `key`
 * describes now; else null (none prepared, another pdfjs-dist, other patches, unreadable), and the
 * caller converts the module itself.
 */
export function loadPreparedScript(name: string, file: string, key: string, cacheDir = codeCacheDir()): (LoadedScript & { meta: unknown }) | null {
  let manifest: PreparedManifest;
  let fn: string;
  try {
    manifest = JSON.parse(readFileSync(preparedManifestFile(cacheDir, name), 'utf8')) as PreparedManifest;
    if (manifest.key !== key || path.basename(manifest.script) !== manifest.script || path.basename(manifest.cache) !== manifest.cache) return null;
    fn = readFileSync(path.join(cacheDir, manifest.script), 'utf8');
  } catch {
    return null;
  }
  const loaded = runScript(name, file, fn, path.join(cacheDir, manifest.cache), key, true);
  return loaded && { ...loaded, meta: manifest.meta };
}

function runScript(name: string, file: string, fn: string, cacheFile: string, key: string | undefined, prepared: boolean): LoadedScript | null {
  let cachedData: Buffer | undefined;
  try {
    cachedData = openCodeCache(readFileSync(cacheFile));
  } catch {
    cachedData = undefined;
  }
  let script: vm.Script;
  try {
    script = new vm.Script(fn, { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  } catch {
    return null;
  }
  const exports = (script.runInThisContext() as (url: string) => Record<string, unknown>)(pathToFileURL(file).href);
  const loaded: LoadedScript = { name, exports, script, cached: cachedData !== undefined && !script.cachedDataRejected, cacheFile, fn, key, prepared };
  loadedScripts.push(loaded);
  return loaded;
}
