/**
 * inspect: the fact records of individual files, exactly as extraction makes them (and as the
 * fact cache stores them). No rule file is involved: the same bytes print the same records
 * whatever rules a check would use — the kind a rule file gives a file, and the verdicts on it,
 * belong to `check`.
 */
import fs from 'node:fs/promises';
import pLimit from 'p-limit';
import path from 'node:path';
import type { Container, FactRecord, FileInput } from './types.js';
import { readHead } from './formats/read.js';
import { SNIFF_BYTES, sniffContainer } from './formats/sniff.js';
import { extractOne } from './extract/index.js';
import { factRecord } from './extract/record.js';

export interface Inspected {
  path: string;
  /** The container sniffed from the file's first bytes. */
  container: Container;
  /** 'not-checked': a record carries an error (the file, or part of it, could not be read). */
  status: 'ok' | 'not-checked';
  records: FactRecord[];
}

/** The file as discovery would see it (its name NFC-normalised, its container sniffed), or why it cannot be read. */
async function input(p: string): Promise<FileInput | FactRecord> {
  const abs = Buffer.from(path.resolve(p));
  try {
    const st = await fs.stat(abs);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    const container = st.size === 0 ? 'empty' : sniffContainer(await readHead(abs, SNIFF_BYTES), st.size);
    return { absPath: abs, name: path.basename(path.resolve(p)).normalize('NFC'), size: st.size, container, notes: [] };
  } catch (e) {
    return factRecord('none', { facts: { type: 'none' }, error: { code: 'io', detail: (e as NodeJS.ErrnoException).code ?? String(e) } });
  }
}

export async function inspect(paths: string[], opts: { hashPixels?: boolean } = {}): Promise<Inspected[]> {
  const limit = pLimit(8);
  return Promise.all(
    paths.map((p) => limit(async (): Promise<Inspected> => {
      const file = await input(p);
      const records = 'extractor' in file ? [file] : [await extractOne(file, { hashPixels: opts.hashPixels ?? true })];
      return {
        path: p.split(path.sep).join('/'),
        container: 'extractor' in file ? 'unknown' : file.container,
        status: records.some((r) => r.error) ? 'not-checked' : 'ok',
        records,
      };
    })),
  );
}
