/**
 * PDF reading with pdf.js (pdfjs-dist, modern build: pdfjs.ts). Text per page is laid out as
 * pdf-parse 2.4 did (lines by position, cells by gaps), so facts stay what they were.
 * Pure function of the bytes: runs in a worker thread (pdf-worker.ts) or in-thread.
 */
import { errorDetail, isRuntimeError } from './error-detail.js';
import type { ExtractError } from '../types.js';
import { classifyText } from './text-quality.js';
import { pageText, type HiddenPdfText } from './pdf-text.js';
import { PDF_STREAM_MAX_BYTES, cappedStreams } from './pdf-stream-cap.js';
import { MAX_PDF_PAGES } from './limits.js';
import { MAX_DOC_CONTENT_BYTES, contentBytes, fastPathEnabled, readFast } from './pdf-fast.js';

/** What a PDF yields before any text analysis. Plain data: it crosses the worker boundary. */
export interface RawPdf {
  pages: number | null;
  encrypted: boolean;
  pageTexts: string[] | null;
  title: string | null;
  /** PDF date strings converted to local ISO (with offset when the PDF gives one). */
  created: string | null;
  modified: string | null;
  /** The text was GBK bytes shown as Latin-1 by a font without a usable ToUnicode map, and was re-decoded. */
  repaired?: 'gbk-latin1';
  /** Text left out because nobody can see it (pdf-text.ts visibleItems). */
  hidden?: HiddenPdfText;
  error: ExtractError | null;
}

/**
 * PDF date "D:20240501093000+08'00'" → "2024-05-01T09:30:00+08:00"; without a zone the wall
 * clock is kept as written ("2024-05-01T09:30:00"). Null when unparsable.
 */
export function pdfDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-])?\s*(\d{2})?'?(\d{2})?'?/.exec(raw.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh, om] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  const wall = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  if (sign === 'Z') return `${wall}Z`;
  if (sign && oh) return `${wall}${sign}${oh}:${om ?? '00'}`;
  return wall;
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

let serial: Promise<unknown> = Promise.resolve();

/**
 * Parse a PDF. Never throws: failures come back as `error` with what could be read. One document
 * at a time per thread (pdf.js parses on this thread anyway), so the streams capped while it was
 * read are its own: a document with one is refused (`zip-bomb`, reason `stream`), whatever text
 * was read around it.
 */
export function parsePdf(data: Buffer): Promise<RawPdf> {
  const run = serial.then(async () => {
    const before = cappedStreams();
    const out = await parseOne(data);
    const capped = cappedStreams() - before;
    if (capped > 0) {
      out.pageTexts = null;
      delete out.repaired;
      delete out.hidden;
      out.error = { code: 'zip-bomb', detail: `${capped} stream(s) expand beyond ${PDF_STREAM_MAX_BYTES} bytes`, args: { reason: 'stream', entry: '', seen: capped, limit: PDF_STREAM_MAX_BYTES } };
    }
    return out;
  });
  serial = run.catch(() => undefined);
  return run;
}

/** Page texts → RawPdf: the GBK repair and the scanned / garbled verdicts (either reader). */
function settleText(out: RawPdf, texts: string[]): void {
  let pageTexts = texts;
  const quality = classifyText(pageTexts);
  if (quality.repaired) {
    pageTexts = quality.repaired;
    out.repaired = 'gbk-latin1';
  }
  out.pageTexts = pageTexts;
  if (quality.verdict === 'scanned') {
    out.error = { code: 'scanned', detail: `${out.pages} page(s), ${quality.chars} characters of text` };
  } else if (quality.verdict === 'garbled') {
    const percent = Math.round(quality.garbledRatio * 100);
    out.error = { code: 'no-tounicode', detail: `${percent}% control or undecodable characters`, args: { seen: percent } };
  }
}

const infoTitle = (t: unknown): string | null => (typeof t === 'string' && t.trim() !== '' ? t.trim() : null);

async function parseOne(data: Buffer): Promise<RawPdf> {
  const out: RawPdf = { pages: null, encrypted: false, pageTexts: null, title: null, created: null, modified: null, error: null };
  if (data.length === 0) {
    out.error = { code: 'empty', detail: '0 bytes' };
    return out;
  }
  // The common office-suite PDF without pdf.js (pdf-fast.ts); null: pdf.js reads it as before.
  const fast = fastPathEnabled() ? readFast(data) : null;
  if (fast) {
    out.pages = fast.pages;
    out.title = infoTitle(fast.title);
    out.created = pdfDate(fast.creationDate);
    out.modified = pdfDate(fast.modDate);
    settleText(out, fast.pageTexts);
    return out;
  }
  // Pages asking for more content than the bound (a shared stream counted for each page) are not
  // handed to pdf.js, which would parse it again page after page until the thread's time limit.
  const content = contentBytes(data);
  if (content !== null && content > MAX_DOC_CONTENT_BYTES) {
    out.error = { code: 'corrupt', detail: `the pages' content streams total more than ${MAX_DOC_CONTENT_BYTES} bytes (a stream counted for each page that draws it), above the reading limit`,
      reason: 'content-too-large',
      args: { limit: MAX_DOC_CONTENT_BYTES },
    };
    return out;
  }
  let doc: import('pdfjs-dist').PDFDocumentProxy | null = null;
  let task: import('pdfjs-dist').PDFDocumentLoadingTask | null = null;
  try {
    // pdf.js's loader and its patches (pdfjs.ts, pdfjs-text-worker.ts, node:crypto, node:vm) are
    // imported by the first document the fast path declines: a thread that meets none never loads them.
    const { loadPdfjs, textOptions } = await import('./pdfjs.js');
    const { pdfjs, worker } = await loadPdfjs();
    // pdf.js takes (detaches) the buffer it is given: hand it a copy, never the caller's bytes.
    task = pdfjs.getDocument({ ...textOptions(), worker, data: new Uint8Array(data) });
    doc = await task.promise;
    out.pages = doc.numPages;
    if (out.pages > MAX_PDF_PAGES) {
      out.error = { code: 'too-many-pages', detail: `${out.pages} pages, above the reading limit of ${MAX_PDF_PAGES}`, args: { seen: out.pages, limit: MAX_PDF_PAGES } };
      return out;
    }
    const { info } = await doc.getMetadata();
    const meta = (info ?? {}) as Record<string, unknown>;
    out.encrypted = typeof meta.EncryptFilterName === 'string' || Boolean(meta.IsEncrypted);
    out.title = infoTitle(meta.Title);
    out.created = pdfDate(meta.CreationDate);
    out.modified = pdfDate(meta.ModDate);
    const pageTexts: string[] = [];
    const hidden: HiddenPdfText = { chars: 0, how: [] };
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      pageTexts.push(await pageText(page, hidden));
      page.cleanup();
    }
    settleText(out, pageTexts);
    if (hidden.chars > 0) {
      out.hidden = { chars: hidden.chars, how: hidden.how.sort() };
      // Text, all of it hidden, on pages that paint no image: no scan for OCR to read, a file with nothing to see.
      if (out.error?.code === 'scanned' && !hidden.imagePages) out.error = { code: 'empty', detail: `no visible text: ${hidden.chars} characters of text nobody can see`, args: { reason: 'hidden' } };
    }
  } catch (e) {
    const name = errorName(e);
    if (name === 'PasswordException') {
      out.encrypted = true;
      out.error = { code: 'encrypted', detail: message(e) };
    } else if (name === 'InvalidPDFException' && /empty/i.test(message(e))) {
      out.error = { code: 'empty', detail: message(e) };
    } else {
      out.error = { code: 'corrupt', detail: isRuntimeError(e) ? errorDetail(e) : `${name || 'Error'}: ${message(e)}` };
    }
  } finally {
    if (doc) await doc.destroy().catch(() => undefined);
    else if (task) await task.destroy().catch(() => undefined);
  }
  return out;
}
