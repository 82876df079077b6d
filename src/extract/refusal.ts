/** Refusals before or while reading a container, as extraction errors with raw args for the finding. */
import type { ExtractError } from '../types.js';
import { ReadRefused } from '../formats/read.js';
import { ZipBombError, ZipFormatError } from './zip.js';

export function refusal(code: 'too-large' | 'special', seen: number, limit: number): ExtractError {
  return code === 'too-large'
    ? { code, detail: `${seen} bytes, above the reading limit of ${limit}`, args: { seen, limit } }
    : { code, detail: 'not a regular file', args: { type: 'other' } };
}

/**
 * The extraction error for what the bounded readers throw: a refused read, a zip that expands
 * too far, or a zip cut short. Null for anything else (the caller's own classification).
 */
export function zipError(e: unknown): ExtractError | null {
  if (e instanceof ReadRefused) return refusal(e.code, e.seen, e.limit);
  if (e instanceof ZipBombError) {
    const { reason, entry, seen, limit } = e.info;
    return { code: 'zip-bomb', detail: e.message, args: { reason, entry: entry ?? '', seen, limit } };
  }
  if (e instanceof ZipFormatError && e.truncated) return { code: 'truncated', detail: e.message };
  return null;
}
