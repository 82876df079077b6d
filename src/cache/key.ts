/**
 * What a cached fact record is keyed by, besides the file's bytes (size + keyed hash):
 *  - the kind and container discovery gave the file, and whether its image extension was still
 *    to be confirmed by content: they choose the extractor (a JPEG named 签单 goes to OCR);
 *  - what extractors read of the name: the extension (a photo's `extensionMatches`, which Word
 *    reader), and for a register the whole name (a CSV's sheet is named after its file);
 *  - the versions of every extractor the kind can go through (src/extract/version.ts), and the
 *    tool's version;
 *  - the run options that change facts: pixel hashing for photos, OCR (off, or its page limit and
 *    engine) for what may be read by OCR.
 * Rules are not in the key: facts do not depend on them. Findings are never cached.
 */
import type { DiscoveredFile, FileKind } from '../types.js';
import { EXTRACTOR_VERSIONS, type ExtractorId } from '../extract/version.js';
import { extensionOf } from '../extract/photo-sniff.js';
import { ENGINE_ID } from '../ocr/engine.js';
import { VERSION } from '../version.js';

export interface KeyOptions {
  hashPixels: boolean;
  /** null: OCR off. */
  ocr: { maxPages: number } | null;
}

const ALL = Object.keys(EXTRACTOR_VERSIONS) as ExtractorId[];
const READ_AS_TEXT: ExtractorId[] = ['photo', 'document', 'ocr'];
/** The extractors each kind can reach in extract/index.ts; a kind not listed: all of them. */
const EXTRACTORS: Partial<Record<FileKind, ExtractorId[]>> = {
  photo: ['photo'],
  signoff: READ_AS_TEXT,
  report: READ_AS_TEXT,
  evaluation: READ_AS_TEXT,
  document: ['photo', 'document'],
  register: ['register'],
  other: ['none'],
};

export const DEFERRED = 'sniff-deferred';

export function recordKey(file: DiscoveredFile, contentHash: string, o: KeyOptions): string {
  // An image by its extension only: its content may turn out to be anything (a PDF named .jpg).
  const deferred = file.notes.includes(DEFERRED);
  const ids = deferred ? ALL : (EXTRACTORS[file.kind] ?? ALL);
  const versions = ids.map((id) => `${id}@${EXTRACTOR_VERSIONS[id] ?? '?'}`).join(',');
  const usesPixels = deferred || file.kind === 'photo';
  const usesOcr = deferred || ids.includes('ocr');
  return [
    'facts/1',
    `${file.size}:${contentHash}`,
    `${file.kind}/${file.container}${deferred ? '/deferred' : ''}`,
    // (A deferred image whose content turns out to be a register keeps its name in the record.)
    file.kind === 'register' ? `name=${file.name}` : `ext=${extensionOf(file.name)}`,
    versions,
    `tool@${VERSION}`,
    usesPixels ? `pixels=${o.hashPixels ? 1 : 0}` : '',
    usesOcr ? (o.ocr ? `ocr=${o.ocr.maxPages}:${ENGINE_ID}` : 'ocr=off') : '',
  ]
    .filter((part) => part !== '')
    .join('|');
}
