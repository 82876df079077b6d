/**
 * Versions of the extractors' output. A fact record carries the version of the extractor that
 * made it, and the fact cache keys on it: bump an extractor's number whenever the facts it
 * returns for the same bytes can change (a new field, a fixed parser, a changed limit).
 */
export const EXTRACTOR_VERSIONS = {
  photo: 1,
  document: 1,
  register: 1,
  video: 1,
  ocr: 1,
  none: 1,
} as const;

export type ExtractorId = keyof typeof EXTRACTOR_VERSIONS;
