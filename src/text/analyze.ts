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
  'text' | 'pageTexts' | 'textLength' | 'elements' | 'elementVetoes' | 'sections' | 'sentences' | 'citations' | 'dataPoints' | 'signedDate' | 'headings'
>;

export function analyzeText(input: AnalyzeInput): TextFacts {
  const headings = (input.headings ?? []).map((h) => normalizeText(h)).filter((h) => h !== '');
  const pages = input.pages.map((p) => normalizeText(p, { joinLines: input.joinLines, hardReturns: input.hardReturns === true, styled: headings }));
  const paged = new PagedText(pages, input.paged);
  const text = paged.text;
  const pageAt = (i: number) => paged.pageAt(i);
  const signed = findSignedDate(text);
  const seg = segment({ text, styled: headings, pageAt });
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
  return facts;
}
