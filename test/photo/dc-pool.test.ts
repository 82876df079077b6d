/**
 * DC hashing off the main thread. Under vitest the sources are TypeScript, so hashing runs on the
 * calling thread; the worker pool itself is exercised through the compiled build (dist/, made by
 * `npm test`), in a child process, when that build exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcHashingMode, dhashJpegDcOffThread } from '../../src/extract/dc-pool.js';
import { dhashJpegDc } from '../../src/extract/dhash.js';
import { makePicture } from '../../fixtures/build/jpeg.js';

const root = path.resolve(import.meta.dirname, '../..');
const compiledPool = path.join(root, 'dist/src/extract/dc-pool.js');
const compiledHash = path.join(root, 'dist/src/extract/dhash.js');
const compiledFixtures = path.join(root, 'dist/fixtures/build/jpeg.js');
const compiledFingerprint = path.join(root, 'dist/src/extract/photo-fingerprint.js');
const built = [compiledPool, compiledHash, compiledFixtures, compiledFingerprint].every((f) => existsSync(f));

function runCompiled(body: string, env: Record<string, string> = {}, nodeFlags: string[] = []): unknown {
  const script = `
    import { dhashJpegDcOffThread, dcHashingMode, dcJobsWaiting, closeDcPool } from ${JSON.stringify(compiledPool)};
    import { analyzeThumbnail } from ${JSON.stringify(compiledFingerprint)};
    import { dhashJpegDc } from ${JSON.stringify(compiledHash)};
    import { makePicture } from ${JSON.stringify(compiledFixtures)};
    ${body}
    await closeDcPool();`;
  const out = execFileSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').pop() ?? 'null');
}

describe('DC hashing pool', () => {
  it('hashes on the calling thread when running from TypeScript sources', async () => {
    expect(dcHashingMode()).toBe('in-thread');
    const jpeg = await (await makePicture({ seed: 3, width: 320, height: 240 })).removeAlpha().jpeg().toBuffer();
    const r = await dhashJpegDcOffThread(jpeg, 1);
    expect(r.hash).toBe(dhashJpegDc(jpeg, 1));
    expect(r.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(r.data).toBe(jpeg);
  });

  it.skipIf(!built)('hashes in worker threads from the compiled build, the same hashes as in-thread', () => {
    const r = runCompiled(`
      const jpegs = [];
      for (let i = 1; i <= 6; i++) jpegs.push(await (await makePicture({ seed: i, width: 640, height: 480 })).removeAlpha().jpeg({ quality: 80 }).toBuffer());
      const expected = jpegs.map((j, i) => dhashJpegDc(j, (i % 8) + 1));
      const results = await Promise.all(jpegs.map((j, i) => dhashJpegDcOffThread(Buffer.from(j), (i % 8) + 1)));
      console.log(JSON.stringify({ mode: dcHashingMode(), expected, got: results.map((x) => x.hash), handedBack: results.map((x) => x.data !== null) }));
    `) as { mode: string; expected: string[]; got: string[]; handedBack: boolean[] };
    expect(r.mode).toBe('threads');
    expect(r.expected.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
    expect(r.got).toEqual(r.expected);
    expect(r.handedBack).toEqual(r.expected.map(() => false)); // hashed: the bytes stay with the worker
  });

  it.skipIf(!built)('hands back the bytes of a JPEG the reader declines, unchanged, and keeps serving', () => {
    const r = runCompiled(`
      const progressive = await (await makePicture({ seed: 9, width: 320, height: 240 })).removeAlpha().jpeg({ progressive: true }).toBuffer();
      const copy = Buffer.from(progressive);
      const declined = await dhashJpegDcOffThread(copy, 1);
      // A small Buffer lives in Node's shared pool: it must be copied, never transferred.
      const small = Buffer.from('not a jpeg at all');
      const smallResult = await dhashJpegDcOffThread(small, 1);
      const baseline = await (await makePicture({ seed: 9, width: 320, height: 240 })).removeAlpha().jpeg().toBuffer();
      const after = await dhashJpegDcOffThread(Buffer.from(baseline), 1);
      console.log(JSON.stringify({
        hash: declined.hash, same: declined.data !== null && declined.data.equals(progressive),
        smallHash: smallResult.hash, smallIntact: small.toString() === 'not a jpeg at all',
        after: after.hash, expected: dhashJpegDc(baseline, 1),
      }));
    `) as { hash: null; same: boolean; smallHash: null; smallIntact: boolean; after: string; expected: string };
    expect(r.hash).toBeNull();
    expect(r.same).toBe(true);
    expect(r.smallHash).toBeNull();
    expect(r.smallIntact).toBe(true);
    expect(r.after).toBe(r.expected);
  });

  it.skipIf(!built)('counts the hashes waiting on the workers; a thumbnail is hashed there while fewer than two wait, else on the calling thread, with the same hash', () => {
    const r = runCompiled(`
      const thumbs = [];
      for (let i = 1; i <= 4; i++) thumbs.push(await (await makePicture({ seed: i, width: 160, height: 120 })).removeAlpha().jpeg({ quality: 75 }).toBuffer());
      const expected = thumbs.map((t) => dhashJpegDc(t, 6));
      const before = dcJobsWaiting();
      // Alone: sent to the worker (the pool starts with it).
      const alone = await analyzeThumbnail(thumbs[0], 1600, 1200, 6);
      // Behind two forwarded copies still being hashed: read here (the worker's queue does not grow).
      const big = await (await makePicture({ seed: 7, width: 1280, height: 960 })).removeAlpha().jpeg({ quality: 70 }).toBuffer();
      const busy = [dhashJpegDcOffThread(Buffer.from(big), 1), dhashJpegDcOffThread(Buffer.from(big), 1)];
      const queued = dcJobsWaiting();
      // (analyzeThumbnail decides before its first await: the queue is read before any reply can come)
      const started = thumbs.slice(1).map((t) => analyzeThumbnail(t, 1600, 1200, 6));
      const queuedAfter = dcJobsWaiting();
      const behind = await Promise.all(started);
      await Promise.all(busy);
      console.log(JSON.stringify({ mode: dcHashingMode(), before, queued, queuedAfter, after: dcJobsWaiting(), expected, got: [alone, ...behind].map((x) => x.dhash) }));
    `) as { mode: string; before: number; queued: number; queuedAfter: number; after: number; expected: string[]; got: string[] };
    expect(r.mode).toBe('threads');
    expect([r.before, r.queued, r.queuedAfter, r.after]).toEqual([0, 2, 2, 0]);
    expect(r.got).toEqual(r.expected);
  });

  it.skipIf(!built)('hashes in-thread, the same hashes, when no worker can start (a Node flag workers refuse)', () => {
    const r = runCompiled(`
      const thumb = await (await makePicture({ seed: 5, width: 160, height: 120 })).removeAlpha().jpeg({ quality: 75 }).toBuffer();
      const big = await (await makePicture({ seed: 6, width: 640, height: 480 })).removeAlpha().jpeg({ quality: 80 }).toBuffer();
      const t = await analyzeThumbnail(thumb, 1600, 1200, 1);
      const b = await dhashJpegDcOffThread(Buffer.from(big), 1);
      console.log(JSON.stringify({ mode: dcHashingMode(), thumb: t.dhash, expectedThumb: dhashJpegDc(thumb, 1), big: b.hash, expectedBig: dhashJpegDc(big, 1) }));
    `, {}, ['--title=ledger-check-test']) as { mode: string; thumb: string; expectedThumb: string; big: string; expectedBig: string };
    expect(r.mode).toBe('in-thread');
    expect(r.thumb).toMatch(/^[0-9a-f]{16}$/);
    expect(r.thumb).toBe(r.expectedThumb);
    expect(r.big).toBe(r.expectedBig);
  });

  it.skipIf(!built)('runs in-thread when LEDGER_CHECK_DC_THREADS=0', () => {
    const r = runCompiled(`console.log(JSON.stringify({ mode: dcHashingMode() }));`, { LEDGER_CHECK_DC_THREADS: '0' }) as { mode: string };
    expect(r.mode).toBe('in-thread');
  });
});
