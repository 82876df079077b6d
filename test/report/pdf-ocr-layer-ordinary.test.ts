/**
 * final-review17: a scan's invisible OCR layer (Tr 3) stays read over a page image however it is
 * painted (an XObject, an inline image, an image inside a form, flipped, in strips): 9a9d0f6f made
 * an OCR layer count only over images showing 1% of the page or more.
 */
import { expect, it } from 'vitest';
import { parsePdf } from '../../src/extract/pdf.js';
import { BODY, ocrLayerCases } from './pdf-ordinary-shapes.js';

it.each(ocrLayerCases())('%s', async (_n, f) => {
  const raw = await parsePdf(f);
  expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
  expect(raw.hidden).toBeUndefined();
});
