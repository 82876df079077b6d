import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openForRead } from '../../src/formats/read.js';
import { tempDir } from '../helpers/temp.js';

const openFds = () => fs.readdirSync('/proc/self/fd').length;
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('openForRead (positioned reads by descriptor)', () => {
  const dir = tempDir('lc-read-');
  const file = path.join(dir, 'a.bin');
  const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
  fs.writeFileSync(file, bytes);

  it('reads at positions, short at the end of the file, and knows the size', async () => {
    const f = await openForRead(Buffer.from(file));
    expect((await f.readAt(100, 50)).equals(bytes.subarray(100, 150))).toBe(true);
    expect((await f.readAt(9_990, 4096)).equals(bytes.subarray(9_990))).toBe(true);
    expect((await f.readAt(20_000, 10)).length).toBe(0);
    expect(await f.size()).toBe(10_000);
    f.close();
  });

  it.skipIf(!fs.existsSync('/proc/self/fd'))('closes only after the reads in flight have finished, and refuses new ones', async () => {
    // The previous test's close is not awaited: let it finish before counting descriptors.
    await tick();
    const before = openFds();
    const f = await openForRead(file);
    expect(openFds()).toBe(before + 1);
    const pending = f.readAt(0, 10_000);
    f.close();
    expect((await pending).equals(bytes)).toBe(true);
    await expect(f.readAt(0, 1)).rejects.toThrow(/closed/);
    await tick();
    expect(openFds()).toBe(before);
  });

  it('rejects a file that cannot be opened with its errno code', async () => {
    await expect(openForRead(path.join(dir, 'missing.jpg'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
