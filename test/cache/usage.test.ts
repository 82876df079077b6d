/**
 * The store's running size (usage.json, src/cache/evict.ts) stays equal to what its folders hold
 * when a re-run rewrites the stat index and the run snapshot, or replaces an unsound record: a
 * rewritten entry is counted once, not once per write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { IND, run, unitFiles, writeTree } from './folder.js';
import { evict } from '../../src/cache/evict.js';
import { RECORDS_DIR } from '../../src/cache/record.js';
import { INDEX_DIR } from '../../src/cache/stat-index.js';
import { SNAPSHOT_DIR } from '../../src/cache/snapshot.js';
import { makeJpeg } from '../../fixtures/build/jpeg.js';

const tmp = tempDir('lc-usage-');

const DIRS = [RECORDS_DIR, INDEX_DIR, SNAPSHOT_DIR, 'ocr'];
const counted = (cache: string) => (JSON.parse(fs.readFileSync(path.join(cache, 'usage.json'), 'utf8')) as { bytes: number }).bytes;
const measured = (cache: string) => evict(cache, DIRS, Number.MAX_SAFE_INTEGER).total;

describe('the store size counted after each run (usage.json)', () => {
  it('equals what the store holds after a cold run, a re-run that rewrites index and snapshot, and an unchanged re-run', async () => {
    const root = path.join(tmp, 'unit', '县教育局');
    const cache = path.join(tmp, 'unit', 'cache');
    writeTree(root, await unitFiles());
    await run(root, cache);
    expect(counted(cache)).toBe(measured(cache));
    const first = counted(cache);

    // A new photo: one record more, and the index and snapshot written again.
    fs.writeFileSync(path.join(root, IND, '2026-06-21 新增.jpg'), await makeJpeg({ seed: 9, width: 640, height: 480, exif: { dateTimeOriginal: '2026-06-21 10:00:00' } }));
    const r2 = await run(root, cache);
    expect(r2.stats.recordsWritten).toBe(1);
    expect(counted(cache)).toBe(measured(cache));
    expect(counted(cache)).toBeGreaterThan(first);

    // A file removed: the index and snapshot shrink, and so does the count.
    const grown = counted(cache);
    fs.rmSync(path.join(root, IND, '2026-06-21 新增.jpg'));
    await run(root, cache);
    expect(counted(cache)).toBe(measured(cache));
    expect(counted(cache)).toBeLessThan(grown);

    const settled = counted(cache);
    await run(root, cache);
    expect(counted(cache)).toBe(settled);
  });

  it('counts an unsound record that is replaced once', async () => {
    const root = path.join(tmp, 'bad', '县教育局');
    const cache = path.join(tmp, 'bad', 'cache');
    writeTree(root, await unitFiles());
    await run(root, cache);
    // Damage every record and drop the snapshot (so the records are read, found unsound and
    // written again); the count is then set to what the store holds.
    const recs: string[] = [];
    for (const d of fs.readdirSync(path.join(cache, RECORDS_DIR))) for (const f of fs.readdirSync(path.join(cache, RECORDS_DIR, d))) recs.push(path.join(cache, RECORDS_DIR, d, f));
    for (const f of recs) fs.appendFileSync(f, 'garbage that makes the record unsound and longer');
    fs.rmSync(path.join(cache, SNAPSHOT_DIR), { recursive: true, force: true });
    fs.writeFileSync(path.join(cache, 'usage.json'), JSON.stringify({ bytes: measured(cache), measured: Date.now() }));
    const r = await run(root, cache);
    expect(r.stats.recordsWritten).toBeGreaterThanOrEqual(recs.length);
    expect(counted(cache)).toBe(measured(cache));
  });
});
