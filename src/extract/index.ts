/**
 * extract: bytes → fact records. The extractor is chosen by the file's container (sniffed once,
 * by discover) and its extension — never by its kind, so the rule file's classify cues cannot
 * change the facts. `extractOne` is the one function that makes a file's record (the fact cache
 * wraps it); an OCR record is made apart, by `ocrOne`, for the files the run asks it for.
 * Extractors never throw; PDF parsing and pixel hashes go to worker threads inside them.
 */
import pLimit from 'p-limit';
import type { Container, DiscoveredFile, ExtractError, Facts, FileInput, FileRecords } from '../types.js';
import { IMAGE_CONTAINERS, VIDEO_CONTAINERS } from '../formats/sniff.js';
import { DOCUMENT_EXTENSIONS, SHEET_EXTENSIONS, TEXT_DOCUMENT_EXTENSIONS, extensionFormat, extensionOf, videoExtensionFormat } from '../formats/extensions.js';
import { extractPhoto } from './photo.js';
import { readWholeFile } from '../formats/read.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { factRecord, type FactRecord } from './record.js';
import type { ExtractorId } from './version.js';
import type { OcrOptions } from '../ocr/read.js';
import type { TextBudget } from './text-budget.js';

export type { FactRecord, FileRecords } from '../types.js';

// PDF, Word and Excel readers are loaded on first use: pdf.js and exceljs cost more start-up
// time than a whole folder of photos.
const extractDocument: typeof import('./document.js').extractDocument = async (...a) => (await import('./document.js')).extractDocument(...a);
const extractVideo: typeof import('./video.js').extractVideo = async (...a) => (await import('./video.js')).extractVideo(...a);
const extractRegister: typeof import('./register.js').extractRegister = async (...a) => (await import('./register.js')).extractRegister(...a);

export interface ExtractOneOptions {
  /** Decode photos without a usable thumbnail for near-duplicate hashes (default true). */
  hashPixels?: boolean;
  /** The run's text budget (text-budget.ts): documents read after it is spent are refused (`run-budget`). */
  textBudget?: TextBudget;
}

/**
 * The extractor for a container and a file name: images → photo; PDF, Word, OFD and plain-text
 * documents → document; workbooks and CSV → register; movies → video. Empty or unrecognisable content is read as
 * what its name claims, so a damaged photo or PDF is reported as a broken photo or PDF.
 */
export function extractorFor(container: Container, name: string): ExtractorId {
  const ext = extensionOf(name);
  if (IMAGE_CONTAINERS.has(container)) return 'photo';
  if (VIDEO_CONTAINERS.has(container)) return 'video';
  switch (container) {
    case 'pdf':
    case 'docx':
    case 'ofd':
      return 'document';
    case 'xlsx':
      return 'register';
    case 'cfb':
    case 'zip':
      return SHEET_EXTENSIONS.has(ext) ? 'register' : DOCUMENT_EXTENSIONS.has(ext) ? 'document' : 'none';
    case 'text':
      return ext === 'csv' ? 'register' : TEXT_DOCUMENT_EXTENSIONS.has(ext) ? 'document' : 'none';
    case 'empty':
    case 'unknown':
      if (SHEET_EXTENSIONS.has(ext)) return 'register';
      if (extensionFormat(name)) return 'photo';
      if (videoExtensionFormat(name)) return 'video';
      return DOCUMENT_EXTENSIONS.has(ext) ? 'document' : 'none';
    default:
      return 'none';
  }
}

/** The record of a file no extractor reads: one frozen value shared by all of them (a wide tree of stray files holds one, not one each). */
const NO_FACTS: FactRecord = factRecord('none', { facts: { type: 'none' }, error: null });

/** The walk's reason a path was not read: a special file, a link (never followed), or an errno. */
function walkError(detail: string): ExtractError {
  const [what, type] = detail.split(':', 2) as [string, string | undefined];
  if (what === 'special' && type) return { code: 'special', detail, args: { type } };
  if (what === 'link' && type) return { code: 'link', detail, args: { target: type } };
  // The walk records a code (walk.ts: an errno such as EACCES, or too-deep), String(e) only for an error with none.
  return { code: 'io', detail, reason: /^([A-Z][A-Z0-9_]+|too-deep)$/.test(detail) ? detail : 'EIO' };
}

/**
 * Start reading one file: resolves once the file's own reads are done (a caller bounding the
 * files in flight may start the next one), with `record` resolving when the record is complete
 * (a near-duplicate hash may still be finishing on a worker thread).
 */
export async function startOne(file: FileInput, opts: ExtractOneOptions = {}): Promise<{ record: Promise<FactRecord> }> {
  const unreadable = file.notes.find((n) => n.startsWith('unreadable:'));
  if (unreadable) return { record: Promise.resolve(factRecord('none', { facts: { type: 'none' }, error: walkError(unreadable.slice(11)) })) };
  const extractor = extractorFor(file.container, file.name);
  try {
    switch (extractor) {
      case 'photo': {
        const pending: Promise<void>[] = [];
        const r = await extractPhoto(file, { hashPixels: opts.hashPixels ?? true, pending });
        return { record: Promise.all(pending).then(() => factRecord('photo', r), (e) => internal('photo', r.facts, e)) };
      }
      case 'document':
        return { record: Promise.resolve(factRecord('document', await extractDocument(file, { textBudget: opts.textBudget }))) };
      case 'register':
        return { record: Promise.resolve(factRecord('register', await extractRegister(file))) };
      case 'video':
        return { record: Promise.resolve(factRecord('video', await extractVideo(file))) };
      default:
        return { record: Promise.resolve(NO_FACTS) };
    }
  } catch (e) {
    // Extractors promise not to throw; if one does, the file is not checked, never passed.
    return { record: Promise.resolve(internal('none', { type: 'none' }, e)) };
  }
}

function internal(extractor: ExtractorId, facts: Facts, e: unknown): FactRecord {
  return factRecord(extractor, { facts, error: { code: 'internal', detail: e instanceof Error ? e.message : String(e) } });
}

/** The complete, frozen fact record of one file. */
export async function extractOne(file: FileInput, opts: ExtractOneOptions = {}): Promise<FactRecord> {
  return (await startOne(file, opts)).record;
}

/**
 * The OCR record of a file whose first record is a picture or an image-only PDF, or null when
 * there is nothing to read (a PDF with a text layer, a register …) or the picture cannot be read.
 * It depends on the bytes, the first record and `ocr.maxPages` only; which files are read by OCR
 * is the caller's choice (check: the kinds whose text is judged).
 */
export async function ocrOne(file: FileInput, first: FactRecord, ocr: OcrOptions): Promise<FactRecord | null> {
  if (ocr.maxPages < 1) return null;
  const f = first.facts;
  const image = first.extractor === 'photo' && IMAGE_CONTAINERS.has(file.container);
  const scannedPdf = first.extractor === 'document' && first.error?.code === 'scanned' && f.type === 'document' && f.format === 'pdf';
  if (!image && !scannedPdf) return null;
  try {
    const { ocrBytes } = await import('../ocr/read.js');
    const { ocrDocumentFacts } = await import('../ocr/facts.js');
    const { blank } = await import('./document.js');
    // Bounded and never blocking: a picture or scan swapped for a FIFO after discovery blocked a
    // thread for ever, and one grown since was read whole (readFile); over the document bound,
    // a picture is not read by OCR (it stays a picture), a scan stays a scan.
    const read = await ocrBytes(await readWholeFile(file.absPath, MAX_DOCUMENT_BYTES), image ? 'image' : 'pdf', ocr);
    return factRecord('ocr', ocrDocumentFacts(image || f.type !== 'document' ? blank('image') : f, read));
  } catch (e) {
    // A picture that cannot be read by OCR stays a picture; a scan stays a scan, saying why.
    if (image || f.type !== 'document') return null;
    return factRecord('ocr', { facts: f, error: { code: 'scanned', detail: `${first.error!.detail}; OCR failed: ${e instanceof Error ? e.message : String(e)}` } });
  }
}


export interface ExtractOptions extends ExtractOneOptions {
  concurrency?: number;
  /** Told of each file once its records are complete. */
  onFile?: (r: FileRecords) => void;
  /** Read pictures and image-only PDFs by OCR (null or absent: no OCR records). */
  ocr?: OcrOptions | null;
  /** Which files OCR reads (default: all it can); the choice may use the kind, the record does not. */
  ocrFor?: (file: DiscoveredFile) => boolean;
  /** The fact cache (src/cache/run.ts): asked for a file's records before the file is read, told what was made. */
  cache?: RecordCache;
}

export interface RecordCache {
  /** The cached records of a file (`ocr` null: none cached), or null. */
  lookup(file: DiscoveredFile, wantOcr: boolean): Promise<{ facts: FactRecord; ocr: FactRecord | null } | null>;
  made(r: FileRecords, fromCache: { facts: boolean; ocr: boolean }): void;
}

/**
 * Files started and not yet finished, at most: a folder of 100,000 files never has a promise, an
 * async frame and a queued closure per file made up front (about 1.2 KB each, all promoted to the
 * old generation). Several times the read concurrency, so that reads go on while near-duplicate
 * hashes and OCR of files already read finish on other threads.
 */
export const FILES_IN_FLIGHT = 128;

export async function extractRecords(files: DiscoveredFile[], opts: ExtractOptions = {}): Promise<FileRecords[]> {
  return extractEach(files, opts, (r) => r);
}

/**
 * extractRecords, keeping of each file only what `keep` makes of its complete records (the cache
 * and `onFile` have seen them whole): a folder of 150,000 files judged as stray holds 150,000
 * judged files, not 150,000 sets of text facts no check reads.
 */
export async function extractEach<T>(files: DiscoveredFile[], opts: ExtractOptions, keep: (r: FileRecords) => T): Promise<T[]> {
  // Header reads are latency-bound: keep 16 files in flight (measured on 2,000 cold photos:
  // 4 → 8 → 16 in flight took 9.8 → 5.7 → 4.4 s; 32 gained nothing). A near-duplicate hash still
  // finishing on a worker thread does not hold its file's slot.
  const concurrency = opts.concurrency ?? 16;
  const limit = pLimit(concurrency);
  const one = async (file: DiscoveredFile): Promise<FileRecords> => {
    const wantOcr = !!opts.ocr && (opts.ocrFor?.(file) ?? true);
    const cached = opts.cache ? await limit(() => opts.cache!.lookup(file, wantOcr)) : null;
    const facts = cached?.facts ?? (await (await limit(() => startOne(file, { hashPixels: opts.hashPixels, textBudget: opts.textBudget }))).record);
    const ocr = wantOcr ? (cached?.ocr ?? (await limit(() => ocrOne(file, facts, opts.ocr!)))) : null;
    const out: FileRecords = { file, facts, ocr };
    opts.cache?.made(out, { facts: !!cached, ocr: !!cached?.ocr });
    opts.onFile?.(out);
    return out;
  };
  // Each of these takes the next file not yet started; results keep the files' order.
  const out: T[] = new Array(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = keep(await one(files[i]!));
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(FILES_IN_FLIGHT, concurrency * 4), files.length) }, lane));
  return out;
}
