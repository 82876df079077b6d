import type { Report } from '../types.js';
import type { ChunkFormatter, Formatter } from './types.js';
import { jsonChunks } from './json-stream.js';

/** The Report as versioned JSON (schemaVersion), byte-identical for the same input, in pieces (one per file and finding). */
export const jsonPieces: ChunkFormatter = function* (report: Report) {
  yield* jsonChunks(report, 2);
  yield '\n';
};

/** The Report as versioned JSON (schemaVersion), byte-identical for the same input. */
export const formatJson: Formatter = (report, opts) => [...jsonPieces(report, opts)].join('');
