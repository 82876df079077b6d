/**
 * The OCR engine: tesseract.js 7 with the Chinese model installed from npm
 * (@tesseract.js-data/chi_sim, its 4.0.0_best_int data). Nothing is fetched and nothing is cached
 * by tesseract.js itself: `langPath` is the installed folder and `cacheMethod` is 'none' (without
 * both, tesseract.js downloads the model, and offline its worker dies with an uncaught
 * "fetch failed"). A pool of workers (one per core, at most 4: ~270 MB each) is started on the
 * first page and ended by closeOcr().
 */
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Scheduler, Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);

/** The installed model folder: chi_sim.traineddata.gz of the 4.0.0_best_int set. */
export function langPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0_best_int');
}

/** Identifies what produced a text: a cached result from another engine or model is not reused. */
export const ENGINE_ID = `tesseract.js@${(require('tesseract.js/package.json') as { version: string }).version}+chi_sim/4.0.0_best_int+psm3+grey+seal1+render2`;

export interface Recognized {
  text: string;
  /** tesseract's mean confidence for the page, 0–100. */
  confidence: number;
}

export function ocrThreads(): number {
  const env = Number(process.env.LEDGER_CHECK_OCR_THREADS);
  if (Number.isInteger(env) && env > 0) return Math.min(env, 8);
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/**
 * The script of a tesseract.js worker thread: tesseract.js's own (src/worker-script/node), with the
 * library's console in that thread kept there. Tesseract and Leptonica write their warnings to the
 * console ("Warning: Invalid resolution 1 dpi. Using 70 instead." for a scan whose header gives a
 * wrong dpi, "Estimating resolution as …", "Detected 12 diacritics"), and a worker thread's console
 * goes to our stderr, which carries only the tool's own notes. Nothing is hidden that matters: a
 * job that fails still fails (the file's finding says so, `ocrOne`), and its error then carries
 * the library's last lines, which are its only account of what went wrong.
 */
export const QUIET_WORKER_SOURCE = (script: string) => `
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
const recent = [];
const keep = (...args) => {
  recent.push(args.map(String).join(' ').trim());
  if (recent.length > 20) recent.shift();
};
for (const k of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[k] = keep;
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (m) => {
  if (m && m.status === 'reject' && recent.length) m = { ...m, data: String(m.data) + ' [' + recent.filter(Boolean).join(' | ') + ']' };
  if (m && (m.status === 'resolve' || m.status === 'reject')) recent.length = 0;
  post(m);
};
createRequire(${JSON.stringify(script)})(${JSON.stringify(script)});
`;

function quietWorker(): URL {
  const script = path.join(path.dirname(require.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js');
  return new URL(`data:text/javascript,${encodeURIComponent(QUIET_WORKER_SOURCE(script))}`);
}

let pool: Promise<{ scheduler: Scheduler; workers: Worker[] }> | null = null;

async function start(): Promise<{ scheduler: Scheduler; workers: Worker[] }> {
  const T = (await import('tesseract.js')).default;
  const scheduler = T.createScheduler();
  const workers = await Promise.all(
    Array.from({ length: ocrThreads() }, async () => {
      const w = await T.createWorker('chi_sim', T.OEM.LSTM_ONLY, {
        langPath: langPath(),
        cacheMethod: 'none',
        gzip: true,
        // tesseract.js takes a URL here as it is (Node's Worker runs a data: URL module).
        workerPath: quietWorker() as unknown as string,
        // A failed job rejects its own promise (the file's finding); without a handler tesseract.js
        // would also throw it in the worker's message listener, an uncaught exception.
        errorHandler: () => {},
      });
      await w.setParameters({ preserve_interword_spaces: '1' });
      scheduler.addWorker(w);
      return w;
    }),
  );
  return { scheduler, workers };
}

/** Read one page image (PNG/JPEG bytes). */
export async function recognize(image: Buffer): Promise<Recognized> {
  pool ??= start();
  const { scheduler } = await pool;
  const r = await scheduler.addJob('recognize', image);
  // Raw text: the cache keeps what the engine read; tidyOcrText is applied when facts are made.
  return { text: r.data.text, confidence: Math.round(r.data.confidence) };
}

/** End the workers (the run is over). Safe to call when none were started. */
export async function closeOcr(): Promise<void> {
  const p = pool;
  pool = null;
  if (!p) return;
  try {
    const { scheduler } = await p;
    await scheduler.terminate();
  } catch {
    /* a pool that failed to start has nothing to end */
  }
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}0-9])|(?<=[0-9])[ \\t]+(?=[${CJK}])`, 'gu');
/** Any bracket pair around a year before a number and 号: OCR does not keep 〔〕 reliably. */
const DOCNO_BRACKETS = /[【\[［(（〔{｛<〈《]\s*((?:19|20)\d{2})\s*[】\]］)）〕}｝>〉》](?=\s*\d{1,5}\s*号)/gu;

/**
 * tesseract's Chinese output puts spaces between characters ("成 立 创建 工作"); they are removed
 * where both sides are CJK (or CJK and a digit). The brackets of a 文号 are written as 〔〕 because
 * OCR confuses 〔〕 with 【】 [] ()：the bracket form is never judged from a scan, the year and
 * number still are.
 */
export function tidyOcrText(s: string): string {
  return s
    .replace(SPACE_IN_CJK, '')
    .replace(DOCNO_BRACKETS, '〔$1〕')
    .replace(/(〔\d{4}〕)[ \t]+(?=\d)/gu, '$1')
    // 《title》（文号）: the opening （ is often read as 《 or 〈.
    .replace(/》[ \t]*[《〈<(]/gu, '》（')
    .replace(/(\d)[ \t]+(?=号)/gu, '$1')
    // 日 after a month and day is often read as 目 or 曰.
    .replace(/(\d{1,2}月\d{1,2})[目曰]/gu, '$1日')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
