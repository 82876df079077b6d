/** Formatters by name; several may run in one invocation (pretty on screen, json to a file). */
import type { Formatter } from './types.js';
import { formatPretty } from './pretty.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatHtml } from './html.js';
import { formatXlsx } from './xlsx.js';
import { formatSarif } from './sarif.js';
import { formatGitlab } from './gitlab.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  pretty: formatPretty,
  json: formatJson,
  junit: formatJunit,
  sarif: formatSarif,
  gitlab: formatGitlab,
  html: formatHtml,
  xlsx: formatXlsx,
};

/** Formats that produce bytes and can only be written to a file. */
export const BINARY_FORMATS: ReadonlySet<string> = new Set(['xlsx']);
export type { Formatter, FormatOptions } from './types.js';
