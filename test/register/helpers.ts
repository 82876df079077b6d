/** Shared test helpers: write a fixture to a temp dir and describe it as discovery would. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempDir as sharedTempDir } from '../helpers/temp.js';
import type { Container, DiscoveredFile, ExtractedFile, FileKind, PhotoFacts } from '../../src/types.js';

/** A temp folder removed when the test file ends (test/helpers/temp.ts). */
export async function tempDir(): Promise<string> {
  return sharedTempDir('lc-register-');
}

export async function writeFixture(dir: string, name: string, buf: Buffer, container: Container = 'xlsx'): Promise<DiscoveredFile> {
  const abs = path.join(dir, name);
  await fs.writeFile(abs, buf);
  return {
    path: `县教育局/Ⅲ—12 我们的节日/${name}`,
    absPath: Buffer.from(abs),
    name,
    nameRepaired: false,
    size: buf.length,
    container,
    kind: 'register',
    unit: '县教育局',
    indicator: 'III-12',
    notes: [],
  };
}

/** A photo as the photo extractor would describe it (only the fields the register checks read). */
export function photo(name: string, capturedAt: string | null, description: string | null = null): ExtractedFile {
  const facts: PhotoFacts = {
    format: 'jpeg', extensionMatches: true, width: 4000, height: 3000, displayWidth: 4000, displayHeight: 3000,
    orientation: 1, bytes: 2_000_000, exif: capturedAt !== null, capturedAt, createdAt: capturedAt, modifiedAt: capturedAt,
    make: 'Apple', model: 'iPhone', software: null, gps: null, description, hasThumbnail: true,
  };
  return {
    path: `县教育局/Ⅲ—12 我们的节日/${name}`, absPath: Buffer.from(name), name, nameRepaired: false, size: 2_000_000,
    container: 'jpeg', kind: 'photo' as FileKind, unit: '县教育局', indicator: 'III-12', notes: [],
    facts: { type: 'photo', ...facts }, error: null,
  };
}
