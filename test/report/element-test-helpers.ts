/**
 * Helpers shared by the element tests (the review-after files of sessions 25–27 and later): a report's lines segmented as
 * the detector reads them, the sentences each element's evidence points to, and the whole pipeline's verdict.
 */
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

/** Lines (one a paragraph) normalised and segmented, no styled headings. */
export const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });

/** The sentences given as evidence for one element (empty: the rules read it missing). */
export function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

/** The whole pipeline, the learned veto included (analyzeText), judged as the check does. */
export const status = (lines: string[], element: string) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] })).find((v) => v.element === element)?.status;
