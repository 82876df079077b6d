/**
 * Part of `npm run build`: the command line in one file, dist/src/cli/bundle/main.js (and the chunks it loads on demand), which
 * bin/ledger-check.js loads (dist/src/cli/main.js when it is missing).
 *
 * Why: a re-run of an unchanged drive is mostly start-up. Unbundled, the command loads some 160
 * of our modules and 200 more of its dependencies' (zod and yaml alone are 170 files); when the
 * page cache is cold (a drive checked once an hour) each is a disk read, one after another, and
 * that cost more than the check itself (README "Fact cache: cold and warm").
 *
 * What stays outside: native addons and the big readers that are loaded only when a file needs
 * them (pdf.js, tesseract.js, exceljs, mammoth …): they keep their own files. Every
 * `import.meta.url` of a compiled module is rewritten to that module's own URL, so what it finds
 * beside itself (worker scripts, rules/, the built-in rule cache, package.json) is found as before;
 * worker threads run the unbundled modules. zod, which src/rules/zod.ts takes through
 * createRequire (its CommonJS build), is bundled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMetafile, build, type Plugin } from 'esbuild';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(dist, 'src', 'cli', 'main.js');
const outdir = path.join(dist, 'src', 'cli', 'bundle');

/** Loaded only when a file or an option needs them, or native: never bundled. */
const EXTERNAL = ['sharp', '@node-rs/xxhash', '@napi-rs/canvas', 'pdfjs-dist', 'pdf-parse', 'tesseract.js', '@tesseract.js-data/chi_sim', 'exceljs', 'mammoth', 'jszip', 'word-extractor', 'lunar-javascript', 're2js', 'esbuild'];

const ZOD_REQUIRE = "createRequire(import.meta.url)('zod')";

const ownUrls: Plugin = {
  name: 'own-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(path.join(dist, 'src') + path.sep)) return undefined;
      let text = fs.readFileSync(args.path, 'utf8');
      text = text.replaceAll(ZOD_REQUIRE, "require('zod')");
      if (text.includes('import.meta.url')) {
        const rel = path.relative(outdir, args.path).split(path.sep).join('/');
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`)}, import.meta.url).href`);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: [entry],
  outdir,
  // Modules loaded on demand (a .docx reader, `inspect`, the review file) become chunks of their own, with their
  // external imports: without splitting esbuild would hoist those to the top and load them all at start-up.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  entryNames: '[name]',
  metafile: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  plugins: [ownUrls],
  // require() of the external CommonJS packages from inside an ES module.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
if (process.argv.includes('--sizes')) process.stdout.write(await analyzeMetafile(result.metafile));
