import type { Report } from '../types.js';

export interface FormatOptions {
  color: boolean;
  /** Only errors (warnings and infos are counted but not listed; a not-checked file keeps its reason). */
  quiet: boolean;
  /** Terminal width in columns: text formats wrap to it (by display width). None: no wrapping. */
  width?: number;
  /** Absolute folder the output file is written to: links to the material are made relative to it. */
  outputDir?: string;
  /** Absolute path of the checked folder (report.root may be relative to the working directory). */
  rootDir?: string;
  /** Thumbnails by file path (data: URIs), made outside the formatter; a note when some were left out. */
  thumbnails?: { images: ReadonlyMap<string, string>; omitted: number };
}

/**
 * A formatter turns a Report into text (or, for binary formats, bytes: those go to files only).
 * It never decides the exit code.
 */
export type Formatter = (report: Report, opts: FormatOptions) => string | Promise<Buffer>;

/**
 * A text formatter that gives its output in pieces (the same bytes as its Formatter joined): the
 * CLI writes them as they come, so a report of tens of thousands of files is never one string.
 */
export type ChunkFormatter = (report: Report, opts: FormatOptions) => Iterable<string>;
