/**
 * From OCR'd pages to document facts: the same text analysis as a text PDF ("text with pages"),
 * pages under OCR_TEXT_FLOOR left out of the text (kept blank so page numbers hold). No page
 * readable at all: the file stays a scan (`scanned`), never an empty report. More text than the
 * analysis takes (analyze.ts's bounds): `too-much-text`, as for a text document.
 */
import type { DocumentFacts, ExtractError } from '../types.js';
import { TextTooLong, analyzeText } from '../text/analyze.js';
import { countChars } from '../text/normalize.js';
import { ENGINE_ID, tidyOcrText } from './engine.js';
import type { OcrRead } from './read.js';

/** Mean confidence (tesseract's 0–100) under which a page's text is never used: a fixed property of the facts. */
export const OCR_TEXT_FLOOR = 40;

export function ocrDocumentFacts(
  base: { type: 'document' } & DocumentFacts,
  read: OcrRead,
): { facts: { type: 'document' } & DocumentFacts; error: ExtractError | null } {
  const pages = read.pages.map((p) => ({ ...p, text: tidyOcrText(p.text) }));
  const used = pages.filter((p) => p.confidence >= OCR_TEXT_FLOOR);
  const mean = (ps: { confidence: number }[]) => (ps.length ? Math.round(ps.reduce((n, p) => n + p.confidence, 0) / ps.length) : 0);
  const facts: { type: 'document' } & DocumentFacts = {
    ...base,
    pages: base.pages ?? read.pagesTotal,
    ocr: {
      engine: ENGINE_ID,
      pagesTotal: read.pagesTotal,
      pages: pages.map((p) => ({ page: p.page, confidence: p.confidence, chars: countChars(p.text), seal: p.seal, ...(p.refused > 0 ? { refused: p.refused } : {}) })),
      meanConfidence: mean(used.length ? used : pages),
      seal: pages.some((p) => p.seal === 'seal') ? 'seal' : pages.some((p) => p.seal === 'no-seal') ? 'no-seal' : 'cannot-tell',
    },
  };
  const texts = pages.map((p) => (p.confidence >= OCR_TEXT_FLOOR ? p.text : ''));
  try {
    Object.assign(facts, analyzeText({ pages: texts, paged: true, joinLines: true }));
  } catch (e) {
    // More text read than one document's analysis takes (a long scan with a raised ocr.maxPages):
    // not checked, saying so (doc.too-much-text), as for a text document; the pages read are kept.
    // It was thrown to the caller and read as an OCR failure (doc.scanned, made again every run).
    if (!(e instanceof TextTooLong)) throw e;
    return { facts, error: { code: 'too-much-text', detail: e.message, args: { what: e.what, seen: e.seen, limit: e.limit } } };
  }
  if (facts.textLength === 0) {
    return { facts, error: { code: 'scanned', detail: `OCR read no usable text from ${read.pages.length} page(s) (confidence ${facts.ocr!.meanConfidence})` } };
  }
  return { facts, error: null };
}
