/**
 * The walk lists wide and deep trees within its budget of file-system calls (WALK_CONCURRENCY at
 * once) and still finds every file, with its size, in path order; discovery sniffs each file
 * once (tiny files read at their own size).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { walk, WALK_CONCURRENCY } from '../../src/discover/walk.js';
import { discover } from '../../src/discover/index.js';
import { loadRules } from '../../src/rules/load.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-walk-');

describe('walk within a budget', () => {
  const root = path.join(tmp, '台账');
  const folders = WALK_CONCURRENCY + 9; // more folders than the budget, on two levels
  const perFolder = WALK_CONCURRENCY * 2 + 1; // more files in one folder than the budget
  const expected: string[] = [];
  for (let u = 0; u < folders; u++) {
    for (let k = 0; k < perFolder; k++) {
      const rel = `单位${String(u).padStart(2, '0')}/Ⅲ—${(u % 3) + 1} 指标/文件${String(k).padStart(3, '0')}.pdf`;
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), k % 2 ? '%PDF-1.4\n' : 'x'.repeat(k));
      expected.push(rel);
    }
  }
  expected.sort();

  it('finds every file, with its size, in path order', async () => {
    const w = await walk(root, () => false);
    expect(w.files.map((f) => f.rel)).toEqual(expected);
    const sized = w.files.find((f) => f.rel.endsWith('文件006.pdf'))!;
    expect(sized.size).toBe(6);
    expect(w.problems).toEqual([]);
    expect(w.dirs.length).toBe(folders * 2);
  });

  it('keeps mtime, ctime and inode for the fact cache by default, and only sizes when asked not to', async () => {
    const withStat = await walk(root, () => false);
    const plain = await walk(root, () => false, { stat: false });
    expect(plain.files.map((f) => [f.rel, f.size])).toEqual(withStat.files.map((f) => [f.rel, f.size]));
    expect(withStat.files.every((f) => f.stat && /^\d+$/.test(f.stat.ino) && /^\d+$/.test(f.stat.mtimeNs))).toBe(true);
    expect(plain.files.every((f) => !('stat' in f))).toBe(true);
    expect(plain.files.find((f) => f.rel.endsWith('文件006.pdf'))!.size).toBe(6);
  });

  it('never has more than WALK_CONCURRENCY stats and listings in flight', async () => {
    const fsp = (await import('node:fs/promises')).default;
    let active = 0;
    let peak = 0;
    const track = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
      async (...a: A): Promise<R> => {
        active++;
        peak = Math.max(peak, active);
        try {
          return await fn(...a);
        } finally {
          active--;
        }
      };
    const [origStat, origReaddir] = [fsp.stat.bind(fsp), fsp.readdir.bind(fsp)];
    const stat = vi.spyOn(fsp, 'stat').mockImplementation(track(origStat) as never);
    const readdir = vi.spyOn(fsp, 'readdir').mockImplementation(track(origReaddir) as never);
    try {
      // Every stat taken as slow: the walk's stats go in parallel (as on a cold or network drive).
      const w = await walk(root, () => false, { slowStatNs: 0n });
      expect(w.files.length).toBe(expected.length);
    } finally {
      stat.mockRestore();
      readdir.mockRestore();
    }
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(WALK_CONCURRENCY);
  });

  it('one stat after another (metadata in memory) and in parallel (slow stats) list the same files, sizes and stats', async () => {
    const sequential = await walk(root, () => false, { slowStatNs: 1n << 62n });
    const parallel = await walk(root, () => false, { slowStatNs: 0n });
    expect(sequential.files.length).toBe(expected.length);
    expect(sequential).toEqual(parallel);
    expect(sequential.files.every((f) => f.stat && /^\d+$/.test(f.stat.ino))).toBe(true);
  });

  it('discovery sniffs every file: PDFs by content, tiny and empty files too', async () => {
    const d = await discover(root, loadRules());
    expect(d.files.length).toBe(expected.length);
    expect(d.files.find((f) => f.path.endsWith('文件001.pdf'))!.container).toBe('pdf');
    expect(d.files.find((f) => f.path.endsWith('文件000.pdf'))!.container).toBe('empty');
    expect(d.files.find((f) => f.path.endsWith('文件002.pdf'))!.container).not.toBe('pdf');
  });
});
