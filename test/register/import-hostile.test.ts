/**
 * `rules import` on a hostile 任务分解表: the table was read with readFile, so a FIFO in its place
 * waited for ever and a 1.8 GB file was read whole (1.9 GB RSS, then "no zip end-of-central-
 * directory record"). Now opened without blocking, a regular file only, at most
 * MAX_REGISTER_BYTES; the CLI says which, in both languages, with exit code 2.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTaskTable } from '../../src/import/task-table.js';
import { MAX_REGISTER_BYTES } from '../../src/extract/limits.js';
import { makeTaskTableXlsx } from '../../fixtures/build/xlsx.js';
import { runBin, tempDir } from '../cli/helpers.js';

const dir = tempDir('lc-import-hostile-');

/** A file of `size` bytes that begins like a zip (sparse: no disk). */
function sparseZip(name: string, size: number): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, Buffer.from('PK\x03\x04'));
  fs.truncateSync(p, size);
  return p;
}

describe('rules import: the table file itself is untrusted', () => {
  it('a FIFO is refused at once as not a regular file; so is a folder', async () => {
    const fifo = path.join(dir, '任务分解表.xlsx');
    execFileSync('mkfifo', [fifo]);
    await expect(importTaskTable(fifo)).rejects.toMatchObject({ code: 'not-a-file' });
    await expect(importTaskTable(dir)).rejects.toMatchObject({ code: 'not-a-file' });
    const zh = runBin(['rules', 'import', fifo]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('任务分解表不是普通文件');
    const en = runBin(['--lang', 'en', 'rules', 'import', fifo]);
    expect(en.stderr).toContain('not a regular file');
  });

  it('one byte over MAX_REGISTER_BYTES is refused unread; on the limit it is read (and then judged)', async () => {
    await expect(importTaskTable(sparseZip('over.xlsx', MAX_REGISTER_BYTES + 1))).rejects.toMatchObject({ code: 'too-large' });
    await expect(importTaskTable(sparseZip('on.xlsx', MAX_REGISTER_BYTES))).rejects.toMatchObject({ code: 'unreadable' });
    const r = runBin(['rules', 'import', path.join(dir, 'over.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('任务分解表超过 50 MB');
  });

  it('a real table is still imported', async () => {
    const p = path.join(dir, '真.xlsx');
    fs.writeFileSync(p, await makeTaskTableXlsx([{ code: 'Ⅲ—12', content: '我们的节日', requirement: '说明报告500字；实景图片3张以上', units: '县教育局' }]));
    const r = await importTaskTable(p);
    expect(r.rules.indicators?.length).toBe(1);
  });
});
