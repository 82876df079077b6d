/**
 * A warm run of an unchanged folder reads no byte of it: every way the run reaches file content
 * is counted — the formats layer's readers (discovery's sniff, extractors, fingerprints; through
 * libuv's pool or on the calling thread), node:fs/promises open/readFile (the cache's own hashing,
 * OCR), and sharp given a path — and only paths
 * inside the checked folder are recorded. The cold run reads through the same spies (so they do
 * see reads); the warm run reads nothing and reports the same.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const reads: string[] = [];
const note = (p: unknown) => {
  const s = Buffer.isBuffer(p) ? p.toString() : typeof p === 'string' ? p : '';
  if (s.includes(`${path.sep}lc-noread-`) && s.includes('县教育局')) reads.push(s);
};

vi.mock('../../src/formats/read.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/formats/read.js')>();
  return {
    ...m,
    openForRead: (p: string | Buffer) => (note(p), m.openForRead(p)),
    readWholeFile: (p: string | Buffer, max: number) => (note(p), m.readWholeFile(p, max)),
  };
});
vi.mock('../../src/formats/read-adaptive.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/formats/read-adaptive.js')>();
  return {
    ...m,
    openAdaptive: (p: string | Buffer) => (note(p), m.openAdaptive(p)),
    readHeadAdaptive: (p: string | Buffer, n: number) => (note(p), m.readHeadAdaptive(p, n)),
  };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const m = await importOriginal<typeof import('node:fs/promises')>();
  const open = ((p: Parameters<typeof m.open>[0], ...r: unknown[]) => (note(p), (m.open as (...a: unknown[]) => unknown)(p, ...r))) as typeof m.open;
  const readFile = ((p: Parameters<typeof m.readFile>[0], ...r: unknown[]) => (note(p), (m.readFile as (...a: unknown[]) => unknown)(p, ...r))) as typeof m.readFile;
  return { ...m, open, readFile, default: { ...m, open, readFile } };
});
vi.mock('sharp', async (importOriginal) => {
  const m = await importOriginal<{ default: (...a: unknown[]) => unknown }>();
  const sharp = Object.assign((input: unknown, ...r: unknown[]) => (note(input), m.default(input, ...r)), m.default);
  return { ...m, default: sharp };
});

const { tempDir } = await import('../cli/helpers.js');
const { run, unitFiles, writeTree } = await import('./folder.js');

const tmp = tempDir('lc-noread-');

describe('a warm run of an unchanged folder', () => {
  it('reads no byte of the folder and gives the same report', async () => {
    const root = path.join(tmp, '县教育局');
    writeTree(root, await unitFiles());
    // The folder's .pdf, .docx, .xlsx and .csv are sniffed by discovery; photos are not.
    const cache = path.join(tmp, 'cache');
    const cold = await run(root, cache);
    const coldReads = reads.splice(0);
    expect(new Set(coldReads.map((p) => path.basename(p))).size).toBe(7);
    const warm = await run(root, cache);
    expect(reads).toEqual([]);
    expect(warm.json).toBe(cold.json);
    // Without the cache the same spies see every file read again.
    await run(root, null);
    expect(new Set(reads.map((p) => path.basename(p))).size).toBe(7);
  });
});
