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
import { extractOne, ocrOne } from './extract/index.js';
import { factRecord } from './extract/record.js';
import { errnoOf } from './extract/error-detail.js';

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
    return factRecord('none', { facts: { type: 'none' }, error: { code: 'io', detail: (e as NodeJS.ErrnoException).code ?? String(e), reason: errnoOf(e) } });
  }
}

export interface InspectOptions {
  hashPixels?: boolean;
  /**
   * Pages to read by OCR per picture or image-only PDF (its OCR record follows the first one, as
   * a check with OCR makes it); 0 or absent: no OCR. No OCR cache is read or written.
   */
  ocrPages?: number;
}

export async function inspect(paths: string[], opts: InspectOptions = {}): Promise<Inspected[]> {
  const limit = pLimit(8);
  const ocrPages = opts.ocrPages ?? 0;
  try {
    return await Promise.all(paths.map((p) => limit(() => inspectOne(p, opts.hashPixels ?? true, ocrPages))));
  } finally {
    if (ocrPages > 0) await (await import('./ocr/engine.js')).closeOcr();
  }
}

async function inspectOne(p: string, hashPixels: boolean, ocrPages: number): Promise<Inspected> {
  const file = await input(p);
  const records = 'extractor' in file ? [file] : [await extractOne(file, { hashPixels })];
  const ocr = ocrPages > 0 && !('extractor' in file) ? await ocrOne(file, records[0]!, { maxPages: ocrPages, cache: null }) : null;
  if (ocr) records.push(ocr);
  // A scan whose text OCR read is checked by that text, as a check with OCR would.
  const read = ocr && !ocr.error && records[0]!.error?.code === 'scanned';
  return {
    path: p.split(path.sep).join('/'),
    container: 'extractor' in file ? 'unknown' : file.container,
    status: !read && records.some((r) => r.error) ? 'not-checked' : 'ok',
    records,
  };
}
