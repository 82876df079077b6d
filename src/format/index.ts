/** Formatters by name; several may run in one invocation (pretty on screen, json to a file). */
import type { ChunkFormatter, Formatter } from './types.js';
import { formatPretty, prettyPieces } from './pretty.js';
import { formatJson, jsonPieces } from './json.js';
import { formatJunit, junitPieces } from './junit.js';
import { formatHtml, htmlPieces } from './html.js';
import { formatXlsx } from './xlsx.js';
import { formatSarif, sarifPieces } from './sarif.js';
import { formatGitlab, gitlabPieces } from './gitlab.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  pretty: formatPretty,
  json: formatJson,
  junit: formatJunit,
  sarif: formatSarif,
  gitlab: formatGitlab,
  html: formatHtml,
  xlsx: formatXlsx,
};

/**
 * The text formats that can give their output in pieces (the same bytes as the formatter's one
 * string): the CLI writes these as they come, so a large report is never held as one string.
 */
export const chunkFormatters: Readonly<Record<string, ChunkFormatter>> = {
  json: jsonPieces,
  junit: junitPieces,
  sarif: sarifPieces,
  gitlab: gitlabPieces,
  html: htmlPieces,
  pretty: prettyPieces,
};

/** Formats that produce bytes and can only be written to a file. */
export const BINARY_FORMATS: ReadonlySet<string> = new Set(['xlsx']);
export type { ChunkFormatter, Formatter, FormatOptions } from './types.js';
