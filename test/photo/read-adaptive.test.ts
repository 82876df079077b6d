/**
 * Header reads on the calling thread while they are fast (src/formats/read-adaptive.ts): the same
 * bytes and errors as the pool's reads, and after a slow call the next files go through the pool
 * for a while, then back. Never timed: "slow" is forced by a bound of 0 ns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openForRead } from '../../src/formats/read.js';
import { openAdaptive, readHeadAdaptive, readMode, resetReadMode } from '../../src/formats/read-adaptive.js';
import { tempDir } from '../helpers/temp.js';

const openFds = () => fs.readdirSync('/proc/self/fd').length;
const tick = () => new Promise((r) => setTimeout(r, 20));
const SPELL = 64;
/** A bound no call reaches (1,000 s): "fast" without depending on the machine's load. */
const NEVER_SLOW = 10n ** 12n;

describe('openAdaptive (header reads on the calling thread while fast)', () => {
  const dir = tempDir('lc-read-adaptive-');
  afterEach(() => resetReadMode());
  const file = path.join(dir, 'a.bin');
  const bytes = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7) % 251));
  fs.writeFileSync(file, bytes);

  it('reads what the pool reads: at positions, short at the end, nothing past it, and the size', async () => {
    for (const slow of [false, true]) {
      resetReadMode(slow ? 0n : NEVER_SLOW);
      const a = await openAdaptive(Buffer.from(file));
      const b = await openForRead(Buffer.from(file));
      for (const [pos, len] of [[0, 65_536], [99_000, 4096], [100_000, 10], [5, 0], [123, 1]] as const) {
        const [x, y] = [await a.readAt(pos, len), await b.readAt(pos, len)];
        expect(x.equals(y)).toBe(true);
        expect(x.equals(bytes.subarray(pos, pos + len))).toBe(true);
      }
      expect(await a.size()).toBe(100_000);
      a.close();
      b.close();
    }
    expect((await readHeadAdaptive(file, 8192)).equals(bytes.subarray(0, 8192))).toBe(true);
  });

  it('rejects a file that cannot be opened with its errno code, in both modes', async () => {
    for (const slow of [false, true]) {
      resetReadMode(slow ? 0n : NEVER_SLOW);
      if (slow) await (await openAdaptive(file)).close(); // one slow call: the next opens go through the pool
      expect(readMode()).toBe(slow ? 'pool' : 'sync');
      await expect(openAdaptive(path.join(dir, 'missing.jpg'))).rejects.toMatchObject({ code: 'ENOENT' });
    }
  });

  it.skipIf(!fs.existsSync('/proc/self/fd'))('closes its descriptor, and refuses reads after close', async () => {
    await tick();
    const before = openFds();
    const f = await openAdaptive(file);
    expect(openFds()).toBe(before + 1);
    expect((await f.readAt(0, 10)).equals(bytes.subarray(0, 10))).toBe(true);
    f.close();
    f.close(); // twice is harmless
    expect(openFds()).toBe(before);
    await expect(f.readAt(0, 1)).rejects.toThrow(/closed/);
  });

  it('after a slow call, opens the next files through the pool, then tries the calling thread again', async () => {
    resetReadMode(0n); // every call counts as slow
    expect(readMode()).toBe('sync');
    (await openAdaptive(file)).close(); // the sync open was slow
    expect(readMode()).toBe('pool');
    for (let i = 0; i < SPELL - 1; i++) (await openAdaptive(file)).close();
    expect(readMode()).toBe('pool');
    (await openAdaptive(file)).close(); // the last of the spell
    expect(readMode()).toBe('sync');
    resetReadMode(NEVER_SLOW); // fast calls keep it on the calling thread (no real timing: a loaded machine must not flip it)
    for (let i = 0; i < 10; i++) {
      const f = await openAdaptive(file);
      await f.readAt(0, 65_536);
      f.close();
    }
    expect(readMode()).toBe('sync');
  });

  it.skipIf(process.platform === 'win32')('never blocks on a FIFO put where a file was', async () => {
    const fifo = path.join(dir, 'fifo.jpg');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    // O_NONBLOCK: the open returns at once; a positioned read of a pipe is refused (ESPIPE), never waited on.
    const f = await openAdaptive(fifo);
    const r = await f.readAt(0, 10).then((b) => b.length, (e: NodeJS.ErrnoException) => e.code);
    expect([0, 'EAGAIN', 'ESPIPE']).toContain(r);
    f.close();
  });

  it('LEDGER_CHECK_SYNC_READS=0 sends every file through the pool', () => {
    const old = process.env.LEDGER_CHECK_SYNC_READS;
    process.env.LEDGER_CHECK_SYNC_READS = '0';
    try {
      resetReadMode();
      expect(readMode()).toBe('pool');
    } finally {
      if (old === undefined) delete process.env.LEDGER_CHECK_SYNC_READS;
      else process.env.LEDGER_CHECK_SYNC_READS = old;
    }
  });
});
