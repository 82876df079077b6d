import { ZipFormatError } from '../../src/extract/zip.js';

/** The message of the ZipFormatError `f` throws, or null when it throws none (any other error is rethrown). */
export function zipError(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof ZipFormatError) return e.message;
    throw e;
  }
}
