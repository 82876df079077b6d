/**
 * final-review17: ordinary optional content (layers ON, BaseState OFF with the layer ON, text after an
 * OFF layer closed, nested and non-OC marked content, an OCMD AnyOn, an unknown name) keeps its text:
 * the session-17 layer rule (979db1bc) leaves out only what the default configuration turns off.
 */
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/extract/pdf.js';
import { both } from './pdf-fast-both.js';
import { BODY, layerCases } from './pdf-ordinary-shapes.js';

const cases = layerCases();
describe('ordinary optional content: visible text is read', () => {
  it.each(cases)('%s', async (_n, file) => {
    const raw = await parsePdf(file);
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
    const { fast, slow } = await both(file);
    expect(fast.pageTexts ?? slow.pageTexts).toEqual(slow.pageTexts);
  });
});
