/**
 * A file replaced by a link after the walk listed it is never followed. Every read of the material
 * opened its path with O_RDONLY | O_NONBLOCK, which follows a link: with a loop swapping a
 * report's .txt for a link to a file outside the folder, 5 runs of 15 read the outside file and
 * quoted its sentence (局长负责保管本口令。) as the report's evidence in the JSON report. Opening
 * with O_NOFOLLOW refuses a link put there (ELOOP): the file is unreadable, never read through.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { loadRules } from '../../src/rules/load.js';
import { extractRecords } from '../../src/extract/index.js';
import { openForRead, readWholeFile } from '../../src/formats/read.js';
import { openAdaptive } from '../../src/formats/read-adaptive.js';
import { sha256File } from '../../src/util/files.js';
import { sharpInput } from '../../src/extract/photo-fingerprint.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-swapped-link-');

const SECRET = '县甲局志愿服务工作说明报告\n机密口令是HUNTER2。局长负责保管本口令。\n';

describe('a file swapped for a link after the walk', () => {
  it('is refused by every reader of the material (ELOOP), the link never followed', async () => {
    const outside = path.join(tmp, 'outside.txt');
    fs.writeFileSync(outside, SECRET);
    const link = path.join(tmp, 'link.txt');
    fs.symlinkSync(outside, link);
    const abs = Buffer.from(link);
    await expect(readWholeFile(abs, 1 << 20)).rejects.toMatchObject({ code: 'ELOOP' });
    await expect(openForRead(abs)).rejects.toMatchObject({ code: 'ELOOP' });
    await expect(openAdaptive(abs)).rejects.toMatchObject({ code: 'ELOOP' });
    await expect(sha256File(abs, 1 << 20)).rejects.toMatchObject({ code: 'ELOOP' });
    await expect(sharpInput(abs)).rejects.toMatchObject({ code: 'ELOOP' });
    // The file itself is still read.
    expect(String(await readWholeFile(Buffer.from(outside), 1 << 20))).toBe(SECRET);
  });

  it('a report listed as a file, then replaced by a link to a file outside: unreadable, its text never read', async () => {
    const root = path.join(tmp, '县甲局');
    const ind = path.join(root, 'Ⅲ—12 志愿服务');
    fs.mkdirSync(ind, { recursive: true });
    const report = path.join(ind, '说明报告.txt');
    fs.writeFileSync(report, `县甲局志愿服务工作说明报告\n${'我们开展了志愿服务活动30场，服务群众200人次。\n'.repeat(5)}`);
    const outside = path.join(tmp, 'secret.txt');
    fs.writeFileSync(outside, SECRET);
    const { files } = await discover(root, loadRules());
    const listed = files.find((f) => f.name === '说明报告.txt')!;
    expect(listed.notes.filter((n) => n.startsWith('unreadable:'))).toEqual([]);
    // Swapped after the walk, before the read.
    fs.rmSync(report);
    fs.symlinkSync(outside, report);
    const [r] = await extractRecords([listed]);
    expect(r!.facts.error).toMatchObject({ code: 'io' });
    expect(JSON.stringify(r!.facts)).not.toContain('HUNTER2');
    expect(JSON.stringify(r!.facts)).not.toContain('保管本口令');
  });
});
