/**
 * What sharp is handed for a photo it decodes by path (src/extract/photo-fingerprint.ts
 * sharpInput): libvips opens a path with a blocking open(), so a photo swapped for a FIFO after it
 * was listed blocked a libuv thread for ever (four such hang the run, which then cannot exit).
 * Only a regular file is handed on, checked on a descriptor opened without blocking.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharpInput } from '../../src/extract/photo-fingerprint.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('lc-sharp-input-');

describe('sharpInput', () => {
  it('a regular file: its path (UTF-8) or its bytes (a GBK name)', async () => {
    const p = path.join(dir, '照片.jpg');
    fs.writeFileSync(p, 'jpeg bytes');
    expect(await sharpInput(Buffer.from(p))).toBe(p);
    const gbk = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0xd5, 0xd5, 0xc6, 0xac]), Buffer.from('.jpg')]);
    fs.writeFileSync(gbk, 'gbk bytes');
    expect(String(await sharpInput(gbk))).toBe('gbk bytes');
  });

  it('a FIFO (UTF-8 or GBK name) or a link to a device is refused at once, never handed to libvips', async () => {
    const fifo = path.join(dir, '管道.jpg');
    execFileSync('mkfifo', [fifo]);
    await expect(sharpInput(Buffer.from(fifo))).rejects.toThrow(/not a regular file/);
    const gbk = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0xb9, 0xdc, 0xb5, 0xc0]), Buffer.from('.jpg')]);
    execFileSync('mkfifo', [path.join(dir, 'tmp-fifo')]);
    fs.renameSync(path.join(dir, 'tmp-fifo'), gbk); // mkfifo takes only a UTF-8 name here
    await expect(sharpInput(gbk)).rejects.toThrow(/not a regular file/);
    const link = path.join(dir, '设备.jpg');
    fs.symlinkSync('/dev/null', link);
    // A link is not even opened (O_NOFOLLOW: test/material/swapped-for-link.test.ts).
    await expect(sharpInput(Buffer.from(link))).rejects.toMatchObject({ code: 'ELOOP' });
  });
});
