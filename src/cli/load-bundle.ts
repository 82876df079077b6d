/**
 * Runs the command's bundle (scripts/bundle-cli.ts: dist/src/cli/bundle/cli.js, one classic
 * script) with the V8 code cache the build made of it (scripts/gen-cli-cache.ts), so a run
 * deserialises the functions a check calls instead of parsing and compiling ~3 MB of JavaScript.
 * A missing, damaged or rejected cache (another Node version or V8 flags, a rebuilt bundle) only
 * costs time: the script is then compiled from source (src/util/code-cache.ts says what is
 * checked). Only node: modules here: bin/ledger-check.js loads this file before the bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { codeCacheFileFor, openCodeCache } from '../util/code-cache.js';
import { tuneHeap } from './heap.js';

/** What the bundle's wrapper function takes (scripts/bundle-cli.ts writes the wrapper). */
export const BUNDLE_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname', '__bundleUrl', '__bundleImport'] as const;

const here = path.dirname(fileURLToPath(import.meta.url));

/** The bundle: dist/src/cli/bundle/cli.js. */
export const bundleFile = (): string => path.join(here, 'bundle', 'cli.js');
/** Where the build stores its code cache: dist/src/cli/bundle-code-cache/. */
export const bundleCacheDir = (): string => path.join(here, 'bundle-code-cache');

/**
 * import() for the bundle: the packages it keeps outside (pdf.js, sharp, exceljs …) and data:
 * URLs, resolved from this module's folder (the same node_modules). Node 20 forgets a script's
 * `importModuleDynamically` for functions compiled after the script was made from a code cache
 * (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the bundle never calls import() itself
 * (scripts/bundle-cli.ts rewrites those calls).
 */
const bundleImport = (specifier: string): Promise<unknown> => import(specifier);

export interface LoadedBundle {
  main: (argv: string[]) => Promise<void>;
  script: vm.Script;
  /** The code cache was used (false: none, damaged, or rejected by V8). */
  cached: boolean;
  /** The cache file for this bundle, Node version and architecture (the build writes it). */
  cacheFile: string;
}

/** Compile and run the bundle, with its code cache unless `useCache` is false. */
export function loadBundle(file = bundleFile(), cacheDir = bundleCacheDir(), useCache = true): LoadedBundle {
  // The command's V8 settings before compiling: the code cache was made under them (main() sets them too).
  tuneHeap();
  const bytes = readFileSync(file);
  const cacheFile = codeCacheFileFor(cacheDir, 'cli', bytes);
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = openCodeCache(readFileSync(cacheFile));
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(bytes.toString('utf8'), {
    filename: file,
    cachedData,
    // import() of pdf.js, sharp, exceljs … (kept outside the bundle) through Node's own loader.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as { main?: LoadedBundle['main'] } };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href, bundleImport);
  if (typeof module.exports.main !== 'function') throw new Error(`${file}: not the command's bundle`);
  return { main: module.exports.main, script, cached: cachedData !== undefined && !script.cachedDataRejected, cacheFile };
}
