/**
 * From extracted page texts to the document facts the checks use: normalised text, 字数, sections
 * and sentences with pages, the sentences satisfying each element's built-in test, citations
 * (文号), data points, the document's own date and the 总结式 wording. Nothing here depends on the
 * rule file: the checks decide (an element missing, a rule file's own cues, its summary cues).
 * This is the entry point for any text with pages — PDF, Word, or OCR output.
 */
import type { DocumentFacts } from '../types.js';
import { PagedText, countChars, normalizeText } from './normalize.js';
import { elementEvidence } from './elements.js';
import { secondOpinion } from './element-model-veto.js';
import { segment } from './sections.js';
import { findCitations } from './docno.js';
import { findDataPoints } from './datapoints.js';
import { findSignedDate } from './dates.js';
import { readSimplified } from './traditional.js';

export interface AnalyzeInput {
  /** Raw text per page (PDF, OCR) or one entry for formats without pages. */
  pages: string[];
  /** The format has pages (PDF): findings then carry page numbers. */
  paged: boolean;
  /** Join lines wrapped by page layout (PDF, .doc, .txt); .docx paragraphs are real paragraphs. */
  joinLines: boolean;
  /** Paragraphs may be printed lines each typed with a hard return (.docx, .doc): joined back when the whole text is typed so. */
  hardReturns?: boolean;
  headings?: string[];
}

export type TextFacts = Pick<
  DocumentFacts,
  'text' | 'pageTexts' | 'textLength' | 'elements' | 'elementVetoes' | 'elementScores' | 'sections' | 'sentences' | 'citations' | 'dataPoints' | 'signedDate' | 'headings' | 'script'
>;

/**
 * The most text one document's analysis reads. The element tests cost ~0.2 ms a sentence and a few
 * µs a character: a 6 KB .docx of 620,000 sentences (甲。) took 142 s and a 60 MB .txt report over
 * 5 minutes. A long real document (a year's 正式发文 bound in one PDF, a few hundred pages) holds
 * some 10,000 sentences and a few hundred thousand characters (the training reports: under 2,000).
 * Just under both bounds the worst shapes measured: 49,990 sentences 9 s; a million characters in
 * one sentence of 500,000 clauses (甲，) 27 s.
 */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_TEXT_SENTENCES = 50_000;

/** Thrown by analyzeText for a text above one of its bounds (characters as extracted, or sentences): the document is not analysed. */
export class TextTooLong extends Error {
  constructor(
    readonly what: 'chars' | 'sentences',
    readonly seen: number,
    readonly limit: number,
  ) {
    super(`${seen} ${what === 'chars' ? 'characters' : 'sentences'} of text, above the reading limit of ${limit}`);
    this.name = 'TextTooLong';
  }
}

export function analyzeText(input: AnalyzeInput): TextFacts {
  // Counted before anything is normalised: a 64 MB plain-text file is refused without copying it.
  const chars = input.pages.reduce((n, p) => n + p.length, 0);
  if (chars > MAX_TEXT_CHARS) throw new TextTooLong('chars', chars, MAX_TEXT_CHARS);
  // A report written in traditional characters is read as its simplified text (traditional.ts): the whole document is judged
  // once, and every fact below (the elements, the sections, the text itself) is of the simplified reading.
  const read = readSimplified([...input.pages, ...(input.headings ?? [])]);
  const rawPages = read.texts.slice(0, input.pages.length);
  const headings = read.texts.slice(input.pages.length).map((h) => normalizeText(h)).filter((h) => h !== '');
  const pages = rawPages.map((p) => normalizeText(p, { joinLines: input.joinLines, hardReturns: input.hardReturns === true, styled: headings }));
  const paged = new PagedText(pages, input.paged);
  const text = paged.text;
  const pageAt = (i: number) => paged.pageAt(i);
  // Segmenting is cheap (620,000 sentences in 0.3 s); what follows is not.
  const seg = segment({ text, styled: headings, pageAt });
  if (seg.sentences.length > MAX_TEXT_SENTENCES) throw new TextTooLong('sentences', seg.sentences.length, MAX_TEXT_SENTENCES);
  const signed = findSignedDate(text);
  const facts: TextFacts = {
    text,
    textLength: countChars(text),
    // The learned second opinion may overrule the detector's evidence for an element (never add one).
    ...secondOpinion(seg.sentences, elementEvidence(seg)),
    sections: seg.sections,
    sentences: seg.sentences,
    citations: findCitations(text, pageAt),
    dataPoints: findDataPoints(text, pageAt).map((d) => (d.page !== undefined ? { text: d.text, page: d.page } : { text: d.text })),
    signedDate: signed ? signed.date.iso : null,
    // No 总结式 verdict here: it depends on the indicator's summary cues, so the check makes it.
  };
  if (input.paged) facts.pageTexts = pages;
  if (headings.length > 0) facts.headings = headings;
  if (read.traditional) facts.script = 'traditional';
  return facts;
}
