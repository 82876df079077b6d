/**
 * The measured process of `npm run bench -- --pdf-text`: `ours DIR` extracts the text of every PDF
 * in DIR with ledger-check's PDF reader (the worker pool: LEDGER_CHECK_PDF_THREADS threads);
 * `pdfium DIR [THREADS]` does the same with PDFium compiled to WebAssembly (@hyzyla/pdfium, when
 * installed: it is not a dependency), on the main thread, or in THREADS worker threads (one PDFium
 * instance each, the next PDF to whichever is free). `dump DIR OUT` (not timed) writes both
 * engines' texts. Prints MAXRSS_KB=… on stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

const pdfsIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => /\.pdf$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));

async function ours(dir: string): Promise<Map<string, string>> {
  const { parsePdfOffThread, closePdfPool } = await import('../src/extract/pdf-worker.js');
  const out = new Map<string, string>();
  await Promise.all(pdfsIn(dir).map(async (f) => out.set(f, ((await parsePdfOffThread(fs.readFileSync(f))).pageTexts ?? []).join('\f'))));
  await closePdfPool();
  return out;
}

interface PdfiumLib {
  loadDocument(data: Uint8Array): Promise<{ pages(): Iterable<{ getText(): string }>; destroy(): void }>;
  destroy(): void;
}

async function pdfiumLib(): Promise<PdfiumLib> {
  const name = '@hyzyla/pdfium';
  const { PDFiumLibrary } = (await import(name)) as { PDFiumLibrary: { init(): Promise<PdfiumLib> } };
  return PDFiumLibrary.init();
}

async function pdfiumText(lib: PdfiumLib, f: string): Promise<string> {
  try {
    const doc = await lib.loadDocument(fs.readFileSync(f));
    const text = [...doc.pages()].map((p) => p.getText()).join('\f');
    doc.destroy();
    return text;
  } catch {
    return '';
  }
}

async function pdfium(dir: string, threads = 0): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const files = pdfsIn(dir);
  if (threads <= 0) {
    const lib = await pdfiumLib();
    for (const f of files) out.set(f, await pdfiumText(lib, f));
    lib.destroy();
    return out;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: 'pdfium-thread' });
      return new Promise<void>((resolve, reject) => {
        const feed = () => (next < files.length ? worker.postMessage(files[next++]) : void worker.terminate().then(() => resolve()));
        worker.on('message', (m: { file?: string; text?: string; ready?: true }) => {
          if (m.file !== undefined) out.set(m.file, m.text ?? '');
          feed();
        });
        worker.on('error', reject);
      });
    }),
  );
  return out;
}

if (!isMainThread && workerData === 'pdfium-thread') {
  const lib = await pdfiumLib();
  parentPort!.on('message', (f: string) => void pdfiumText(lib, f).then((text) => parentPort!.postMessage({ file: f, text })));
  parentPort!.postMessage({ ready: true });
}

const [mode, dir, dest] = isMainThread ? process.argv.slice(2) : [];
if (mode === 'ours') await ours(dir!);
else if (mode === 'pdfium') await pdfium(dir!, Number(dest ?? 0));
else if (mode === 'dump') {
  const both: Record<string, Record<string, string>> = { ours: Object.fromEntries(await ours(dir!)) };
  try {
    both.pdfium = Object.fromEntries(await pdfium(dir!));
  } catch {
    // not installed
  }
  fs.writeFileSync(dest!, JSON.stringify(both));
}
if (isMainThread) {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  process.stderr.write(`MAXRSS_KB=${hwm ? hwm[1] : process.resourceUsage().maxRSS}\n`);
}
