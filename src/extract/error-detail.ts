/**
 * What an extractor records as the detail of a parse failure. A parser that trips over malformed
 * bytes often dies with a JavaScript runtime error ("Cannot read properties of undefined
 * (reading 'left')"): that text names the parser's internals, not the file, and means nothing to a
 * clerk. Such errors are recorded as an inconsistent internal structure; every other error keeps
 * its own message.
 */
const RUNTIME_ERRORS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'InternalError']);

/** True for a JavaScript runtime error (a parser's own failure on malformed bytes). */
export function isRuntimeError(e: unknown): boolean {
  if (!(e instanceof Error) || /allocation failed|out of memory/i.test(e.message)) return false; // memory, not structure
  return RUNTIME_ERRORS.has(e.name) || /Maximum call stack/i.test(e.message);
}

export function errorDetail(e: unknown): string {
  if (e instanceof Error) {
    if (isRuntimeError(e)) {
      return 'its internal structure is inconsistent (the parser could not follow it)';
    }
    return e.message || e.name;
  }
  return String(e);
}

/** The OS error code of a failed open or read ('EACCES', 'EISDIR' …), 'EIO' when it carries none: an 'io' error's reason. */
export function errnoOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) ? code : 'EIO';
}
