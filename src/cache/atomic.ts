/**
 * Writes into the store: a temp file beside the target, then a rename, so a reader (another run
 * at the same moment) sees the old entry or the new one, never half of one. No fsync: an entry
 * cut short by a crash is found invalid when read (src/cache/record.ts) and made again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
}

export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempBeside(target);
  try {
    await fs.promises.writeFile(tmp, data, { flag: 'wx', mode: 0o600 });
    await fs.promises.rename(tmp, target);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Create `target` with `data` unless it exists: of two runs racing, exactly one file wins and
 * both then read the same bytes (link(2) publishes the complete file or fails with EEXIST).
 * Returns false when another one was there first.
 */
export function publishOnce(target: string, data: Uint8Array): boolean {
  const tmp = tempBeside(target);
  fs.writeFileSync(tmp, data, { flag: 'wx', mode: 0o600 });
  try {
    fs.linkSync(tmp, target);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links (FAT, some network shares): exclusive create instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      try {
        fs.writeFileSync(target, data, { flag: 'wx', mode: 0o600 });
        return true;
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw e2;
      }
    }
    throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
