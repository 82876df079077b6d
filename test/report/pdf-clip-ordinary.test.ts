/**
 * final-review17: ordinary clipping (flipped or scaled CTM, negative rectangles, forms with /Matrix,
 * curves, a tight table cell, rotation, Tz/Tc) keeps its text: the session-17 clip rule (9a9d0f6f)
 * leaves out only glyphs wholly outside the clip. The fast path reads as pdf.js does.
 */
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/extract/pdf.js';
import { both } from './pdf-fast-both.js';
import { BODY, clipCases } from './pdf-ordinary-shapes.js';

const cases = clipCases();

describe('ordinary clipping: visible text is read', () => {
  it.each(cases)('%s', async (_n, file) => {
    const raw = await parsePdf(file);
    expect(raw.error).toBeNull();
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
    const { fast, slow } = await both(file);
    expect(fast.pageTexts ?? slow.pageTexts).toEqual(slow.pageTexts);
  });
});
