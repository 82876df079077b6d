/**
 * The store's two hash secrets (src/cache/hash.ts): random bytes made when the store is first
 * used and kept in it, so a copied or restored store keeps its keys and still hits. Of two runs
 * starting at once, one publishes its secret and both use that one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { publishOnce } from './atomic.js';
import type { HashKeys } from './hash.js';

const KEY_BYTES = 192; // XXH3 wants at least 136
export const SECRET_FILE = 'secret';

function parse(b: Buffer): HashKeys | null {
  if (b.length !== 2 * KEY_BYTES) return null;
  return { a: new Uint8Array(b.subarray(0, KEY_BYTES)), b: new Uint8Array(b.subarray(KEY_BYTES)) };
}

/** The store's keys, made on first use. Throws when the store folder cannot be written. */
export function storeKeys(root: string): HashKeys {
  const p = path.join(root, SECRET_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const k = parse(fs.readFileSync(p));
      if (k) return k;
      // Cut off or edited: replaced (entries made under the old keys are no longer found).
      fs.rmSync(p, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    fs.mkdirSync(root, { recursive: true, mode: 0o700 });
    const fresh = crypto.randomBytes(2 * KEY_BYTES);
    if (publishOnce(p, fresh)) return parse(fresh)!;
  }
  throw new Error('the cache secret could not be made');
}
