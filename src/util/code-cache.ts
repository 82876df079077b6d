/**
 * V8 code caches as the build stores them (the command's bundle, src/cli/load-bundle.ts; pdf.js
 * has the same format in src/extract/pdfjs-scripts.ts). V8 checks a cache against the source's
 * length, its own version and flags, and rejects one that does not match (the script is then
 * compiled from source: same behaviour, slower). It checks neither the source's content nor the
 * payload: so the file name carries a hash of the source, and each file starts with the SHA-256 of
 * its payload, and one that does not match is never handed to V8.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

const SEAL = 32;

/** A code cache as stored: the SHA-256 of V8's data, then the data. */
export function sealCodeCache(data: Buffer): Buffer {
  return Buffer.concat([createHash('sha256').update(data).digest(), data]);
}

/** V8's data from a stored code cache, or undefined when it is cut short or damaged. */
export function openCodeCache(stored: Buffer): Buffer | undefined {
  if (stored.length <= SEAL) return undefined;
  const data = stored.subarray(SEAL);
  return createHash('sha256').update(data).digest().equals(stored.subarray(0, SEAL)) ? data : undefined;
}

/** The cache file of a script: its name, a hash of its source, Node's version and architecture. */
export function codeCacheFileFor(dir: string, name: string, source: string | Buffer): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  return path.join(dir, `${name}-${hash}-${process.version}-${process.arch}.v8cache`);
}
