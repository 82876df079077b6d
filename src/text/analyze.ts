/**
 * From extracted page texts to the document facts the checks use: normalised text, 字数, the five
 * elements, citations (文号), data points, the document's own date and the 总结式 verdict.
 */
import type { DocumentFacts } from '../types.js';
import { REPORT_DEFAULTS } from '../rules/defaults.js';
import { PagedText, countChars, normalizeText } from './normalize.js';
import { detectElements, detectStyle, mergeElementCues, type ElementCues } from './elements.js';
import { findCitations } from './docno.js';
import { findDataPoints } from './datapoints.js';
import { findSignedDate } from './dates.js';

export interface AnalyzeInput {
  /** Raw text per page (PDF) or one entry for formats without pages. */
  pages: string[];
  /** The format has pages (PDF): findings then carry page numbers. */
  paged: boolean;
  /** Join lines wrapped by page layout (PDF, .doc, .txt); .docx paragraphs are real paragraphs. */
  joinLines: boolean;
  headings?: string[];
}

export interface AnalyzeOptions {
  elements?: Record<string, ElementCues>;
  summaryCues?: string[];
}

export type TextFacts = Pick<
  DocumentFacts,
  'text' | 'pageTexts' | 'textLength' | 'elements' | 'citations' | 'dataPoints' | 'signedDate' | 'style' | 'headings'
>;

export function analyzeText(input: AnalyzeInput, opts: AnalyzeOptions = {}): TextFacts {
  const pages = input.pages.map((p) => normalizeText(p, { joinLines: input.joinLines }));
  const headings = (input.headings ?? []).map((h) => normalizeText(h)).filter((h) => h !== '');
  const paged = new PagedText(pages, input.paged);
  const text = paged.text;
  const pageAt = (i: number) => paged.pageAt(i);
  const cues = mergeElementCues(opts.elements);
  const signed = findSignedDate(text);
  const facts: TextFacts = {
    text,
    textLength: countChars(text),
    elements: detectElements({ text, headings, pageAt }, cues),
    citations: findCitations(text, pageAt),
    dataPoints: findDataPoints(text, pageAt).map((d) => (d.page !== undefined ? { text: d.text, page: d.page } : { text: d.text })),
    signedDate: signed ? signed.date.iso : null,
    style: detectStyle(text, opts.summaryCues ?? REPORT_DEFAULTS.summaryCues),
  };
  if (input.paged) facts.pageTexts = pages;
  if (headings.length > 0) facts.headings = headings;
  return facts;
}
