/**
 * Part of `npm run build`: V8 code caches of pdf.js's two scripts for the PDF worker threads
 * (src/extract/pdfjs-scripts.ts), written to dist/src/extract/pdfjs-code-cache/. Made in a thread set up as a
 * PDF worker thread is, after parsing the fixture PDFs (fixtures/build/pdf-text-cases.ts: CJK
 * text with predefined CMaps, embedded fonts with and without ToUnicode, GBK mojibake …), so the
 * cache holds the functions text extraction compiles, not only the scripts' top level. A build
 * without them still works (each thread compiles pdf.js from source): a failure here only warns.
 * Made twice: with V8's default flags (the library's check()) and under the command's heap setting
 * (src/util/v8-heap.ts), since V8 rejects a code cache made under other flags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

if (isMainThread) {
  const { codeCacheDir } = await import('../src/extract/pdfjs-scripts.js');
  fs.rmSync(codeCacheDir(), { recursive: true, force: true });
  // Default flags first: the second thread sets the heap flag, which is process-wide.
  for (const tuned of [false, true]) {
    const worker = new Worker(fileURLToPath(import.meta.url), { env: { ...process.env, LEDGER_CHECK_PDF_WORKER: '1', LEDGER_CHECK_GEN_TUNED: tuned ? '1' : '' } });
    try {
      const written = await new Promise<string[]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`exited with code ${code}`)));
      });
      process.stdout.write(`pdf.js code caches${tuned ? ' (command heap setting)' : ''}: ${written.map((f) => path.basename(f)).join(', ')}\n`);
    } catch (e) {
      process.stderr.write(`warning: no pdf.js code cache${tuned ? ' for the command' : ''} (PDF threads will compile pdf.js): ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
} else {
  const { setHeapGrowingPercent, v8FlagsTag } = await import('../src/util/v8-heap.js');
  if (process.env.LEDGER_CHECK_GEN_TUNED) setHeapGrowingPercent();
  const { pdfTextCases } = await import('../fixtures/build/pdf-text-cases.js');
  const { parsePdf } = await import('../src/extract/pdf.js');
  const { loadedScripts, preparedManifestFile, sealCodeCache } = await import('../src/extract/pdfjs-scripts.js');
  const { textWorkerPatches } = await import('../src/extract/pdfjs-text-worker.js');
  for (const c of await pdfTextCases()) await parsePdf(c.pdf);
  const written: string[] = [];
  const write = (file: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
    written.push(file);
  };
  for (const s of loadedScripts) {
    write(s.cacheFile, sealCodeCache(s.script.createCachedData()));
    if (s.key === undefined) continue;
    // The script as it ran (converted, patched), so a thread need not convert it again.
    const tag = v8FlagsTag();
    const script = `${path.basename(s.cacheFile).split('-v')[0]!.replace(tag, '')}.script`;
    write(path.join(path.dirname(s.cacheFile), script), s.fn);
    const meta = s.name === 'pdf.worker' ? textWorkerPatches() : undefined;
    write(preparedManifestFile(path.dirname(s.cacheFile), s.name), JSON.stringify({ key: s.key, script, cache: path.basename(s.cacheFile), meta }));
  }
  parentPort!.postMessage(written);
}
