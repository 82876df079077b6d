/**
 * The measured process of `npm run bench -- --pdf-text`: `ours DIR` extracts the text of every PDF
 * in DIR with ledger-check's PDF reader (the worker pool: LEDGER_CHECK_PDF_THREADS threads);
 * `pdfium DIR` does the same with PDFium compiled to WebAssembly (@hyzyla/pdfium, when installed:
 * it is not a dependency), on one thread. `dump DIR OUT` (not timed) writes both engines' texts.
 * Prints MAXRSS_KB=… on stderr.
 */
import fs from 'node:fs';
import path from 'node:path';

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

async function pdfium(dir: string): Promise<Map<string, string>> {
  const name = '@hyzyla/pdfium';
  const { PDFiumLibrary } = (await import(name)) as { PDFiumLibrary: { init(): Promise<PdfiumLib> } };
  const lib = await PDFiumLibrary.init();
  const out = new Map<string, string>();
  for (const f of pdfsIn(dir)) {
    try {
      const doc = await lib.loadDocument(fs.readFileSync(f));
      out.set(f, [...doc.pages()].map((p) => p.getText()).join('\f'));
      doc.destroy();
    } catch {
      out.set(f, '');
    }
  }
  lib.destroy();
  return out;
}

const [mode, dir, dest] = process.argv.slice(2);
if (mode === 'ours') await ours(dir!);
else if (mode === 'pdfium') await pdfium(dir!);
else if (mode === 'dump') {
  const both: Record<string, Record<string, string>> = { ours: Object.fromEntries(await ours(dir!)) };
  try {
    both.pdfium = Object.fromEntries(await pdfium(dir!));
  } catch {
    // not installed
  }
  fs.writeFileSync(dest!, JSON.stringify(both));
}
const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
process.stderr.write(`MAXRSS_KB=${hwm ? hwm[1] : process.resourceUsage().maxRSS}\n`);
