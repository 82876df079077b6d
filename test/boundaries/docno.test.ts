/** Boundary table for the 文号 bracket verdict: 〔 and 〕 both right, or the 文号 is malformed. */
import { describe, expect, it } from 'vitest';
import { findDocNos } from '../../src/text/docno.js';

describe('文号 brackets: only 〔year〕 is well formed; one wrong bracket is enough', () => {
  it.each([
    ['both right', '县创文办〔2024〕12号', false],
    ['wrong opening bracket only', '县创文办（2024〕12号', true],
    ['wrong closing bracket only', '县创文办〔2024）12号', true],
    ['both wrong', '县创文办（2024）12号', true],
    ['square brackets', '县创文办[2024]12号', true],
  ])('%s: %s', (_label, text, flagged) => {
    const [d] = findDocNos(text);
    expect(d).toBeDefined();
    expect(d!.problems.includes('brackets')).toBe(flagged);
    expect(d!.wellFormed).toBe(!flagged);
    expect(d!.corrected).toBe('县创文办〔2024〕12号');
  });
});
