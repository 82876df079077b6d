/**
 * What a cached record is keyed by, besides the file's bytes (size + keyed hash):
 *  - the container discovery sniffed and what extractors read of the name: with the bytes they
 *    choose the extractor (src/extract/index.ts extractorFor); the extension (a photo's
 *    `extensionMatches`, which Word reader), and for a register the whole name (a CSV's sheet is
 *    named after its file);
 *  - that extractor's id and version (src/extract/version.ts) and the tool's version;
 *  - the run options that change its facts: pixel hashing for photos;
 *  - for an OCR record, also the OCR extractor's version, the page limit and the engine.
 * Neither rules nor kinds are in the key: records depend on neither. Findings are never cached.
 */
import type { FileInput } from '../types.js';
import { EXTRACTOR_VERSIONS, type ExtractorId } from '../extract/version.js';
import { extractorFor } from '../extract/index.js';
import { extensionOf } from '../formats/extensions.js';
import { ENGINE_ID } from '../ocr/engine.js';
import { VERSION } from '../version.js';

export interface KeyOptions {
  hashPixels: boolean;
  /** null: OCR off. */
  ocr: { maxPages: number } | null;
}

export function factsKey(file: Pick<FileInput, 'container' | 'name' | 'size'>, contentHash: string, o: KeyOptions): { key: string; extractor: ExtractorId } {
  const extractor = extractorFor(file.container, file.name);
  const key = [
    'facts/2',
    `${file.size}:${contentHash}`,
    `container=${file.container}`,
    extractor === 'register' ? `name=${file.name}` : `ext=${extensionOf(file.name)}`,
    `${extractor}@${EXTRACTOR_VERSIONS[extractor]}`,
    `tool@${VERSION}`,
    ...(extractor === 'photo' ? [`pixels=${o.hashPixels ? 1 : 0}`] : []),
  ].join('|');
  return { key, extractor };
}

/** The key of the OCR record made from the record under `facts` (null when the run has no OCR). */
export function ocrKey(facts: string, o: KeyOptions): string | null {
  return o.ocr ? `${facts}|ocr@${EXTRACTOR_VERSIONS.ocr}|pages=${o.ocr.maxPages}|${ENGINE_ID}` : null;
}
