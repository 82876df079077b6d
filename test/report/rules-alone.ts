/**
 * The rules alone, for the probe-row tests of the detector's review sessions (19, 20, 21): the learned second opinion's
 * vetoes are undone, so a row tests the detector, not the retrained weights. `status` judges one text; `run` makes one
 * test per row [element, '+' present | '-' missing, what the row shows, the text's lines].
 */
import { expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

export const status = (lines: string[], element: string) => {
  const f = analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] });
  const elements = { ...f.elements };
  for (const [e, v] of Object.entries(f.elementVetoes ?? {})) elements[e] = v.evidence;
  return judgeElements({ ...f, elements, elementVetoes: undefined }).find((v) => v.element === element)?.status;
};
export type Row = [string, '+' | '-', string, string[]];
export const run = (rows: Row[]) => {
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
};
