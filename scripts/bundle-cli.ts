/**
 * Part of `npm run build`: the command line as one classic script, dist/src/cli/bundle/cli.js,
 * which bin/ledger-check.js runs through src/cli/load-bundle.ts with a V8 code cache
 * (scripts/gen-cli-cache.ts makes it); dist/src/cli/main.js when there is no bundle.
 *
 * Why: a re-run of an unchanged drive is mostly start-up. Unbundled, the command loads some 160
 * of our modules and 200 more of its dependencies' (zod and yaml alone are 170 files); when the
 * page cache is cold (a drive checked once an hour) each is a disk read, one after another, and
 * that cost more than the check itself (docs/benchmarks.md "Fact cache: cold and warm"). Bundled as ES modules
 * the files were few, but V8 still parsed and compiled them on every run (~0.1 s of a 0.5 s warm
 * run); a classic script can be given V8's code cache (ES modules cannot, on Node 20), so a run
 * deserialises the functions it needs instead of compiling them.
 *
 * The script is `(function (exports, require, module, __filename, __dirname, __bundleUrl) {…})`:
 * the loader calls it with a require() made for its own path. Modules loaded on demand (a .docx
 * reader, `inspect`, the review file) are in it but run only when imported (esbuild's lazy module
 * wrappers); with the code cache, code that is never called is never compiled either.
 *
 * What stays outside: native addons and the big readers that are loaded only when a file needs
 * them (pdf.js, tesseract.js, exceljs, mammoth …): they keep their own files, and an `import()` of
 * them goes through Node's own loader. Every `import.meta.url` of a compiled module is rewritten
 * to that module's own URL (from `__bundleUrl`, the script's URL), so what it finds beside itself
 * (worker scripts, rules/, the built-in rule cache, package.json) is found as before; worker
 * threads run the unbundled modules. zod and iconv-lite, which src/rules/zod-lazy.ts and
 * src/util/iconv.ts take through createRequire on first use, are bundled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMetafile, build, type Plugin } from 'esbuild';
import { BUNDLE_PARAMS, bundleFile } from '../src/cli/load-bundle.js';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(dist, 'src', 'cli', 'main.js');
const outfile = bundleFile();
const outdir = path.dirname(outfile);

/** Loaded only when a file or an option needs them, or native: never bundled. */
const EXTERNAL = ['sharp', '@node-rs/xxhash', '@napi-rs/canvas', 'pdfjs-dist', 'pdf-parse', 'tesseract.js', '@tesseract.js-data/chi_sim', 'exceljs', 'mammoth', 'jszip', 'word-extractor', 'lunar-javascript', 're2js', 'esbuild'];

/** Packages our modules load on first use through createRequire: bundled all the same (run only when required). */
const LAZY_REQUIRES = ['zod', 'iconv-lite'];

const ownUrls: Plugin = {
  name: 'own-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(path.join(dist, 'src') + path.sep)) return undefined;
      let text = fs.readFileSync(args.path, 'utf8');
      for (const p of LAZY_REQUIRES) text = text.replaceAll(`createRequire(import.meta.url)('${p}')`, `require('${p}')`);
      // import() of a package kept outside (or of a data: URL) goes through the loader's own
      // import() (src/cli/load-bundle.ts): Node 20 loses a script's dynamic-import callback for
      // functions compiled after the script was made from a code cache.
      text = text.replace(/\bimport\((\s*)(['"`])([^'"`]*)/g, (all, space: string, quote: string, spec: string) =>
        spec.startsWith('data:') || EXTERNAL.some((e) => spec === e || spec.startsWith(`${e}/`)) ? `__bundleImport(${space}${quote}${spec}` : all,
      );
      if (text.includes('import.meta.url')) {
        const rel = path.relative(outdir, args.path).split(path.sep).join('/');
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`)}, __bundleUrl).href`);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: [entry],
  outfile,
  metafile: true,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  plugins: [ownUrls],
  // The compiled modules were ES modules, strict throughout (as they ran in the ES-module bundle).
  banner: { js: `(function (${BUNDLE_PARAMS.join(', ')}) {\n"use strict";` },
  footer: { js: '})' },
  logLevel: 'warning',
  legalComments: 'none',
});
if (process.argv.includes('--sizes')) process.stdout.write(await analyzeMetafile(result.metafile));
