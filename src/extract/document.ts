/**
 * Documents (说明报告, 部门评价, 移交签单, 正式发文): text and facts from PDF, .docx, .doc and plain
 * text. Dispatches on the sniffed container; never throws. A file that cannot be read comes back
 * with `error` set and whatever facts were read (pages, encrypted …): it is not-checked, never passed.
 */
import { errnoOf, errorDetail } from './error-detail.js';
import { decodeTextFile } from '../text/decode.js';
import type { FileInput, DocumentFacts, ExtractError } from '../types.js';
import { TextTooLong, analyzeText } from '../text/analyze.js';
import { parsePdfOffThread } from './pdf-worker.js';
import { parseDocx } from './docx.js';
import { parseDoc } from './doc.js';
import { cfbHasStream, cfbKind, docReaderHazard } from './cfb.js';
import { classifyText } from './text-quality.js';
import { readWholeFile } from '../formats/read.js';
import { refusal, zipError } from './refusal.js';
import { MAX_DOCUMENT_BYTES, documentBudget } from './limits.js';
import { isOfd, OfdTooManyPages, parseOfd } from './ofd.js';
import { ZipArchive } from './zip.js';
import pLimit from 'p-limit';
import { textUnits, type TextBudget } from './text-budget.js';

/**
 * Word files are parsed (mammoth) and analysed on the main thread: running several at once gains
 * no time and holds all their trees in memory together, so they go one at a time.
 */
const wordParse = pLimit(1);

export type DocumentResult = { facts: { type: 'document' } & DocumentFacts; error: ExtractError | null };

/** The run's text budget (text-budget.ts); without one (inspect, a single document) none is kept. */
export interface ExtractDocumentOptions {
  textBudget?: TextBudget;
}

export function blank(format: DocumentFacts['format']): { type: 'document' } & DocumentFacts {
  return {
    type: 'document',
    format,
    pages: null,
    encrypted: false,
    textLength: 0,
    text: '',
    created: null,
    modified: null,
    title: null,
    elements: {},
    citations: [],
    dataPoints: [],
    signedDate: null,
  };
}

const fail = (facts: { type: 'document' } & DocumentFacts, code: string, detail: string, more: Pick<ExtractError, 'reason' | 'args'> = {}): DocumentResult => ({
  facts,
  error: { code, detail, ...more },
});

/** The share of control or undecodable characters, as the detail says it and as the finding's raw value. */
const garbled = (ratio: number): [string, Pick<ExtractError, 'args'>] => [`${Math.round(ratio * 100)}% control or undecodable characters`, { args: { seen: Math.round(ratio * 100) } }];

function formatOf(file: FileInput): DocumentFacts['format'] {
  if (file.container === 'pdf') return 'pdf';
  if (file.container === 'ofd') return 'ofd';
  if (file.container === 'cfb') return 'doc';
  if (file.container === 'text') return 'text';
  return /\.pdf$/i.test(file.name) ? 'pdf' : /\.doc$/i.test(file.name) ? 'doc' : /\.txt$/i.test(file.name) ? 'text' : /\.ofd$/i.test(file.name) ? 'ofd' : 'docx';
}

function msg(e: unknown): string {
  return errorDetail(e);
}

async function pdf(data: Buffer): Promise<DocumentResult> {
  const raw = await parsePdfOffThread(data);
  const facts = blank('pdf');
  facts.pages = raw.pages;
  facts.encrypted = raw.encrypted;
  facts.created = raw.created;
  facts.modified = raw.modified;
  facts.title = raw.title;
  if (raw.repaired) facts.textRepaired = raw.repaired;
  if (raw.hidden && raw.hidden.chars > 0) facts.hiddenText = { chars: raw.hidden.chars, how: raw.hidden.how };
  if (raw.pageTexts) {
    const t = analyzeText({ pages: raw.pageTexts, paged: true, joinLines: true });
    Object.assign(facts, t);
    if (raw.error) facts.pageTexts = raw.pageTexts; // keep the garbage for `inspect`
  }
  return { facts, error: raw.error };
}

async function docx(data: Buffer): Promise<DocumentResult> {
  const facts = blank('docx');
  let raw;
  try {
    raw = await parseDocx(data);
  } catch (e) {
    const z = zipError(e);
    return z ? { facts, error: z } : fail(facts, 'corrupt', msg(e));
  }
  facts.created = raw.created;
  facts.modified = raw.modified;
  facts.title = raw.title;
  const body = raw.paragraphs.map((p) => p.text).join('\n');
  const headings = raw.paragraphs.filter((p) => p.heading !== null).map((p) => p.text);
  Object.assign(facts, analyzeText({ pages: [body], paged: false, joinLines: false, hardReturns: true, headings }));
  if (raw.hidden.chars > 0) facts.hiddenText = { chars: raw.hidden.chars, how: raw.hidden.how };
  if (facts.textLength === 0) {
    if (raw.images > 0) return fail(facts, 'scanned', `no text, ${raw.images} image(s): a pasted scan or photo`);
    return raw.hidden.chars > 0
      ? fail(facts, 'empty', `no visible text: ${raw.hidden.chars} characters of text nobody can see`, { args: { reason: 'hidden' } })
      : fail(facts, 'empty', 'the document has no text');
  }
  return { facts, error: null };
}

/** OFD: read like a PDF (text by page), then analysed like one. */
function ofd(data: Buffer): DocumentResult {
  const facts = blank('ofd');
  let raw;
  try {
    raw = parseOfd(data);
  } catch (e) {
    if (e instanceof OfdTooManyPages) {
      facts.pages = e.seen;
      return fail(facts, 'too-many-pages', e.message, { args: { seen: e.seen, limit: e.limit } });
    }
    const z = zipError(e);
    return z ? { facts, error: z } : fail(facts, 'corrupt', msg(e));
  }
  facts.pages = raw.pages.length;
  facts.created = raw.created;
  facts.modified = raw.modified;
  facts.title = raw.title;
  Object.assign(facts, analyzeText({ pages: raw.pages, paged: true, joinLines: true }));
  if (raw.hidden.chars > 0) facts.hiddenText = { chars: raw.hidden.chars, how: [...raw.hidden.how].sort() };
  const q = classifyText(raw.pages);
  if (q.verdict === 'scanned' && raw.hidden.chars > 0 && !raw.hidden.imagePages) return fail(facts, 'empty', `no visible text: ${raw.hidden.chars} characters of text nobody can see`, { args: { reason: 'hidden' } });
  if (q.verdict === 'scanned') return fail(facts, 'scanned', `${raw.pages.length} page(s), ${q.chars} characters of text`);
  if (q.verdict === 'garbled') return fail(facts, 'no-tounicode', ...garbled(q.garbledRatio));
  return { facts, error: null };
}

/** A zip that discovery could not place by its first bytes: its directory says what it is. */
async function zipDocument(data: Buffer): Promise<DocumentResult> {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(data);
  } catch (e) {
    const z = zipError(e);
    return z ? { facts: blank('docx'), error: z } : fail(blank('docx'), 'corrupt', msg(e));
  }
  return isOfd(zip) ? ofd(data) : wordParse(() => docx(data));
}

async function cfb(data: Buffer): Promise<DocumentResult> {
  let kind;
  try {
    kind = cfbKind(data);
  } catch (e) {
    return fail(blank('doc'), 'corrupt', msg(e));
  }
  if (kind === 'encrypted-ooxml') {
    const facts = blank('docx');
    facts.encrypted = true;
    return fail(facts, 'encrypted', 'password-protected Office file (EncryptedPackage)');
  }
  if (kind === 'doc-encrypted') {
    const facts = blank('doc');
    facts.encrypted = true;
    return fail(facts, 'encrypted', 'password-protected Word 97-2003 document');
  }
  if (kind !== 'doc') return fail(blank('doc'), 'unsupported', `not a Word document (${kind})`);
  const facts = blank('doc');
  // A container word-extractor would loop in (chains that cycle, a directory sharing children).
  const hazard = docReaderHazard(data);
  if (hazard) return fail(facts, 'corrupt', hazard);
  let raw;
  try {
    raw = await parseDoc(data);
  } catch (e) {
    return fail(facts, 'corrupt', msg(e));
  }
  Object.assign(facts, analyzeText({ pages: [raw.text], paged: false, joinLines: false, hardReturns: true }));
  if (facts.textLength === 0) {
    // Pictures in a .doc live in its Data stream.
    return cfbHasStream(data, 'Data')
      ? fail(facts, 'scanned', 'no text, only pictures: a pasted scan or photo')
      : fail(facts, 'empty', 'the document has no text');
  }
  return { facts, error: null };
}

function plain(data: Buffer): DocumentResult {
  const facts = blank('text');
  const text = decodeTextFile(data);
  const q = classifyText([text]);
  Object.assign(facts, analyzeText({ pages: [text], paged: false, joinLines: true }));
  if (facts.textLength === 0) return fail(facts, 'empty', 'the file holds only whitespace');
  if (q.verdict === 'garbled') return fail(facts, 'no-tounicode', 'the text is not readable in any Chinese encoding');
  return { facts, error: null };
}

/**
 * Read a document and analyse its text. Never throws. Error codes: 'empty', 'corrupt',
 * 'encrypted', 'scanned' (no text layer), 'no-tounicode' (garbage text), 'too-many-pages' (PDF, OFD), 'too-much-text', 'unsupported', 'io'.
 */
export async function extractDocument(file: FileInput, opts: ExtractDocumentOptions = {}): Promise<DocumentResult> {
  const format = formatOf(file);
  if (file.container === 'empty' || file.size === 0) return fail(blank(format), 'empty', '0 bytes');
  if (file.size > MAX_DOCUMENT_BYTES) return { facts: blank(format), error: refusal('too-large', file.size, MAX_DOCUMENT_BYTES) };
  // Large documents are read a few at a time (pdf.js holds several times a file's size).
  const release = await documentBudget.reserve(file.size);
  try {
    // The run has analysed all the text it may (text-budget.ts): this one is not read.
    const budget = opts.textBudget;
    if (budget?.spent) return fail(blank(format), 'run-budget', `the run has analysed ${budget.limit} units of text, its bound`, { args: { limit: budget.limit } });
    const out = await readAndParse(file, format);
    budget?.charge(textUnits(out.facts));
    return out;
  } finally {
    release();
  }
}

async function readAndParse(file: FileInput, format: DocumentFacts['format']): Promise<DocumentResult> {
  let data: Buffer;
  try {
    data = await readWholeFile(file.absPath, MAX_DOCUMENT_BYTES);
  } catch (e) {
    const r = zipError(e);
    return r ? { facts: blank(format), error: r } : fail(blank(format), 'io', msg(e), { reason: errnoOf(e) });
  }
  if (data.length === 0) return fail(blank(format), 'empty', '0 bytes');
  try {
    switch (file.container) {
      case 'pdf':
        return await pdf(data);
      case 'docx':
        return await wordParse(() => docx(data));
      case 'ofd':
        return ofd(data);
      case 'zip':
        // A zip that discovery could not place: a .docx or OFD whose parts are out of the usual order, or neither.
        return await zipDocument(data);
      case 'cfb':
        return await cfb(data);
      case 'text':
        return plain(data);
      default: {
        // Name says PDF but the bytes do not start with %PDF: let pdf.js decide (it finds a late header).
        if (format === 'pdf') return await pdf(data);
        if (/\.(docx?|wps|ofd)$/i.test(file.name)) return fail(blank(format), 'corrupt', `named like a Word file but its bytes are ${file.container}`, { reason: 'not-word' });
        return fail(blank(format), 'unsupported', `${file.container} is not a document format`);
      }
    }
  } catch (e) {
    // More text than one document's analysis reads (analyze.ts): not checked, saying how much.
    if (e instanceof TextTooLong) return { facts: blank(format), error: { code: 'too-much-text', detail: e.message, args: { what: e.what, seen: e.seen, limit: e.limit } } };
    return fail(blank(format), 'corrupt', msg(e));
  }
}
