import type { Report } from '../types.js';
import type { ChunkFormatter, Formatter } from './types.js';
import { jsonChunks } from './json-stream.js';
import { jsonSafe } from './terminal.js';

/** The Report as versioned JSON (schemaVersion), byte-identical for the same input, in pieces (one per file and finding). */
export const jsonPieces: ChunkFormatter = function* (report: Report) {
  // C1 controls, bidi overrides and line separators from names and text as \uXXXX: the same JSON
  // value, nothing raw for a terminal (`cat report.json`) or a viewer to act on.
  for (const c of jsonChunks(report, 2)) yield jsonSafe(c);
  yield '\n';
};

/** The Report as versioned JSON (schemaVersion), byte-identical for the same input. */
export const formatJson: Formatter = (report, opts) => [...jsonPieces(report, opts)].join('');
