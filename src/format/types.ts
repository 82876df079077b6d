import type { Report } from '../types.js';

export interface FormatOptions {
  color: boolean;
  /** Only errors (warnings and infos are counted but not listed). */
  quiet: boolean;
}

/**
 * A formatter turns a Report into text (or, for binary formats, bytes: those go to files only).
 * It never decides the exit code.
 */
export type Formatter = (report: Report, opts: FormatOptions) => string | Promise<Buffer>;
