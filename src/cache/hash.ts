/**
 * The content key of a file: its size and a keyed hash of all its bytes.
 *
 * The hash is XXH3 (64-bit, @node-rs/xxhash) computed twice in one pass with two secrets of the
 * store, 128 bits in all. XXH3 is not a cryptographic hash: anyone who knows the secrets can make
 * two files of the same size that collide. The secrets are random per store (src/cache/secret.ts),
 * so a person who can only write files into a checked folder cannot search for a collision with
 * a file the store has seen. Measured on this machine (README, "Fact cache"): ~18 GB/s hashed
 * from memory, against 1.7 GB/s for node:crypto SHA-256 — reading the bytes costs more than
 * hashing them.
 */
import fs from 'node:fs';
import { xxh3 } from '@node-rs/xxhash';

const CHUNK = 1 << 20;
/** Opening never blocks on a FIFO swapped in after the walk, nor follows a link swapped in (ELOOP); the descriptor is checked to be a regular file. */
const SAFE_OPEN = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
/**
 * Read buffers, reused: a fresh 1 MB buffer per chunk made a cold run spend seconds in the
 * garbage collector (2.7 s against 0.5 s without the cache, on 1.1 GB).
 */
const buffers: Buffer[] = [];

/** Told of each file the cache reads to hash it (tests count reads through it). */
export type ReadHook = (absPath: Buffer) => void;

export interface HashKeys {
  a: Uint8Array;
  b: Uint8Array;
}

/** A hasher of byte chunks keyed by the store's secrets: 32 hex digits. */
export function keyedHasher(keys: HashKeys): { update(b: Uint8Array): void; digest(): string } {
  const a = xxh3.Xxh3.withSecret(keys.a);
  const b = xxh3.Xxh3.withSecret(keys.b);
  return {
    update(chunk) {
      a.update(chunk);
      b.update(chunk);
    },
    digest: () => a.digest().toString(16).padStart(16, '0') + b.digest().toString(16).padStart(16, '0'),
  };
}

/** Keyed hash of a string (entry names of the store): of its UTF-8 bytes. */
export function keyedString(keys: HashKeys, s: string): string {
  return keyedBytes(keys, Buffer.from(s, 'utf8'));
}

/** Keyed hash of bytes (keyedString of a text is keyedBytes of its UTF-8). */
export function keyedBytes(keys: HashKeys, b: Uint8Array): string {
  const h = keyedHasher(keys);
  h.update(b);
  return h.digest();
}

/**
 * Hash a whole file. Returns the hash of exactly `size` bytes, or null when the file does not
 * have that size any more (it changed since it was listed) or is not a regular file: such a
 * file is not cached.
 */
export async function hashFile(absPath: Buffer, size: number, keys: HashKeys, onRead?: ReadHook): Promise<string | null> {
  onRead?.(absPath);
  const fh = await fs.promises.open(absPath, SAFE_OPEN);
  const buf = buffers.pop() ?? Buffer.allocUnsafe(CHUNK);
  try {
    if (!(await fh.stat()).isFile()) return null;
    const h = keyedHasher(keys);
    let pos = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, pos);
      if (bytesRead === 0) break;
      // Hashed before the buffer is read into again (update is synchronous).
      h.update(bytesRead === CHUNK ? buf : buf.subarray(0, bytesRead));
      pos += bytesRead;
      if (pos > size) return null;
    }
    return pos === size ? h.digest() : null;
  } finally {
    buffers.push(buf);
    await fh.close().catch(() => undefined);
  }
}
