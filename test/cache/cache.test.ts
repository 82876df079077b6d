/**
 * The fact cache inside a check: a warm run of an unchanged folder reads no byte of it and gives
 * the same report; renamed, moved and copied files hit by content; a changed file misses; the
 * store is portable; options that change facts miss; two runs at once stay correct; the checked
 * folder is never written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, snapshot } from '../cli/helpers.js';
import { IND, IND2, run, unitFiles, writeTree } from './folder.js';
import type { ReadHook } from '../../src/cache/hash.js';
import { RECORDS_DIR } from '../../src/cache/record.js';

const tmp = tempDir('lc-cache-');
let files: Record<string, Buffer>;
const N = () => Object.keys(files).length;

beforeAll(async () => {
  files = await unitFiles();
});

let n = 0;
function fresh(): { root: string; cache: string } {
  const base = path.join(tmp, `case${++n}`);
  const root = path.join(base, '县教育局');
  writeTree(root, files);
  return { root, cache: path.join(base, 'cache') };
}

/** Counts the files the cache hashes. */
function countingOpener(): { onRead: ReadHook; opened: string[] } {
  const opened: string[] = [];
  return { opened, onRead: (p: Buffer) => void opened.push(p.toString()) };
}

describe('fact cache', () => {
  it('gives the same report as no cache, cold and warm; the warm run hashes nothing and extracts nothing', async () => {
    const { root, cache } = fresh();
    const plain = await run(root, null);
    const cold = await run(root, cache);
    expect(cold.json).toBe(plain.json);
    expect(cold.stats).toMatchObject({ statHits: 0, contentHits: 0, misses: N(), hashedFiles: N(), recordsWritten: N() - 1 }); // the copy shares its original's record, written once
    const c = countingOpener();
    const warm = await run(root, cache, {}, { cacheOnRead: c.onRead });
    expect(warm.json).toBe(plain.json);
    expect(warm.stats).toMatchObject({ statHits: N(), contentHits: 0, misses: 0, hashedFiles: 0, hashedBytes: 0, recordsWritten: 0 });
    expect(c.opened).toEqual([]);
  });

  it('keeps hits for renamed, moved and copied files (hashed, looked up by content); a changed file misses', async () => {
    const { root, cache } = fresh();
    const before = await run(root, cache);
    // Moved to another indicator folder, renamed within its own, copied (a new path, same bytes).
    fs.renameSync(path.join(root, IND, '说明报告.pdf'), path.join(root, IND2, '说明报告.pdf'));
    fs.renameSync(path.join(root, IND, '2026-06-20 转发的照片.jpg'), path.join(root, IND, '2026-06-20 转发照片.jpg'));
    fs.copyFileSync(path.join(root, IND, '部门评价.docx'), path.join(root, IND2, '部门评价.docx'));
    // Same size, one byte different: the content decides, not the size.
    const reg = path.join(root, IND2, '志愿服务登记表.csv');
    fs.writeFileSync(reg, fs.readFileSync(reg, 'utf8').replace(',30,', ',31,'));
    const c = countingOpener();
    const after = await run(root, cache, {}, { cacheOnRead: c.onRead });
    expect(after.stats).toMatchObject({ contentHits: 3, misses: 1, statHits: N() - 3, recordsWritten: 1 });
    expect(c.opened.map((p) => path.relative(root, p)).sort()).toEqual([`${IND}/2026-06-20 转发照片.jpg`, `${IND2}/志愿服务登记表.csv`, `${IND2}/说明报告.pdf`, `${IND2}/部门评价.docx`].sort());
    // The changed register row was read again, not taken from the cache.
    expect(after.json).toBe((await run(root, null)).json);
    expect(after.json).not.toBe(before.json);
  });

  it('is portable: a copy of the store, used for a copy of the folder elsewhere, still hits by content', async () => {
    const a = fresh();
    await run(a.root, a.cache);
    const b = fresh();
    fs.cpSync(a.cache, b.cache, { recursive: true });
    const r = await run(b.root, b.cache);
    expect(r.stats).toMatchObject({ statHits: 0, contentHits: N(), misses: 0 });
    expect(r.json).toBe((await run(b.root, null)).json);
  });

  it('misses photos when pixel hashing is switched, and only them', async () => {
    const { root, cache } = fresh();
    await run(root, cache);
    const r = await run(root, cache, { nearDuplicates: false });
    expect(r.stats.misses).toBe(3); // the three photos
    expect(r.stats.statHits).toBe(N() - 3);
    expect(r.json).toBe((await run(root, null, { nearDuplicates: false })).json);
  });

  it('does not trust the stat of a file changed too recently (racy): it is hashed next time', async () => {
    const { root, cache } = fresh();
    // The run starts as the files are written: all are within the racy margin.
    const first = await run(root, cache, {}, { cacheNow: Date.now() });
    expect(first.stats.recordsWritten).toBe(0);
    const second = await run(root, cache);
    expect(second.stats).toMatchObject({ statHits: 0, hashedFiles: N(), misses: N(), recordsWritten: N() - 1 });
    const third = await run(root, cache);
    expect(third.stats).toMatchObject({ statHits: N(), hashedFiles: 0 });
  });

  it('sees a file rewritten with the same size and mtime: its ctime and inode changed', async () => {
    const { root, cache } = fresh();
    await run(root, cache);
    const p = path.join(root, IND2, '志愿服务登记表.csv');
    const st = fs.statSync(p);
    const text = fs.readFileSync(p, 'utf8').replace(',30,', ',40,');
    fs.rmSync(p);
    fs.writeFileSync(p, text);
    fs.utimesSync(p, st.atime, st.mtime);
    const r = await run(root, cache);
    expect(r.stats).toMatchObject({ misses: 1, hashedFiles: 1 });
    expect(r.json).toBe((await run(root, null)).json);
  });

  it('two runs at once on one store both give the right report, and leave a sound store', async () => {
    const { root, cache } = fresh();
    const plain = await run(root, null);
    const [a, b] = await Promise.all([run(root, cache), run(root, cache)]);
    expect(a.json).toBe(plain.json);
    expect(b.json).toBe(plain.json);
    const warm = await run(root, cache);
    expect(warm.stats).toMatchObject({ statHits: N(), misses: 0 });
    expect(warm.json).toBe(plain.json);
    // No temp file left behind by either run.
    const left: string[] = [];
    const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.tmp') && left.push(e.name)));
    walk(cache);
    expect(left).toEqual([]);
  });

  it('never writes into the checked folder', async () => {
    const { root, cache } = fresh();
    const before = snapshot(root);
    await run(root, cache);
    await run(root, cache);
    expect(snapshot(root)).toEqual(before);
    expect(fs.readdirSync(path.join(cache, RECORDS_DIR)).length).toBeGreaterThan(0);
  });

  it('an empty file is not cached (nothing to read) and is still reported', async () => {
    const { root, cache } = fresh();
    fs.writeFileSync(path.join(root, IND, '空.pdf'), '');
    const cold = await run(root, cache);
    expect(cold.stats.misses).toBe(N());
    const warm = await run(root, cache);
    expect(warm.stats.statHits).toBe(N());
    expect(warm.json).toBe(cold.json);
    expect(warm.json).toContain('空.pdf');
  });
});
