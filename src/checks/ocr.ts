/**
 * Pages read by OCR: a page under the rule file's confidence threshold stays not checked with its
 * own finding, a page whose images the renderer had to leave out (beyond its bounds) too, and pages
 * beyond the page limit are reported. Pure: reads facts.ocr only.
 */
import type { Check } from './types.js';
import { OCR_DEFAULTS } from '../rules/defaults.js';

/** Containers that are one picture (a photographed or scanned page saved as an image), not a paged document. */
const PICTURES: ReadonlySet<string> = new Set(['jpeg', 'png', 'heif', 'avif', 'webp', 'gif', 'bmp', 'tiff']);

export const ocrCheck: Check = {
  scope: 'file',
  kinds: ['report', 'evaluation', 'signoff'],
  run(file, _ind, _unit, ctx, emit) {
    if (file.facts.type !== 'document' || !file.facts.ocr) return;
    const { maxPages, minConfidence } = ctx.rules.ocr ?? OCR_DEFAULTS;
    const o = file.facts.ocr;
    for (const p of o.pages) {
      // An image left undrawn (beyond the renderer's bounds) was never read, whatever the rest of the page gave.
      if (p.refused && p.refused > 0) {
        emit('ocr.image-refused', { file: file.path, location: { page: p.page }, args: { page: p.page, count: p.refused }, evidence: { seen: p.refused, expected: 0 } });
      }
      if (p.confidence < minConfidence) {
        // A photo or image file has no pages: it is named as a picture, with no page as its place.
        const picture = PICTURES.has(file.container);
        emit('ocr.page-unreadable', {
          file: file.path,
          ...(picture ? {} : { location: { page: p.page } }),
          args: { page: p.page, confidence: p.confidence, min: minConfidence, ...(picture ? { picture: true } : {}) },
          evidence: { seen: p.confidence, expected: minConfidence },
        });
      }
    }
    // 部门评价 and 移交签单 carry the issuing body's seal (公章); only a colour image can show it.
    // A page with nothing readable on it is not judged for a seal either (it is not checked at all).
    if ((file.kind === 'evaluation' || file.kind === 'signoff') && !file.error) {
      if (o.seal === 'no-seal') emit('seal.missing', { file: file.path, args: { kind: file.kind }, evidence: { seen: 'no-seal', expected: 'seal' } });
      if (o.seal === 'cannot-tell') emit('seal.cannot-tell', { file: file.path, args: { kind: file.kind }, evidence: { seen: 'cannot-tell', expected: 'seal' } });
    }
    if (o.pages.length < o.pagesTotal) {
      emit('ocr.pages-skipped', {
        file: file.path,
        args: { read: o.pages.length, total: o.pagesTotal, max: maxPages },
        evidence: { seen: o.pages.length, expected: o.pagesTotal },
      });
    }
  },
};
