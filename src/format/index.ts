/** Formatters by name; several may run in one invocation (pretty on screen, json to a file). */
import type { Formatter } from './types.js';
import { formatPretty } from './pretty.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  pretty: formatPretty,
  json: formatJson,
  junit: formatJunit,
};
export type { Formatter, FormatOptions } from './types.js';
