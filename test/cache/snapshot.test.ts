/**
 * The run snapshot (src/cache/snapshot.ts): a warm run of an unchanged folder takes its records
 * from one file; a snapshot that is cut off, edited, of another format, or holding an entry of
 * another extractor version is not trusted (the record files answer, or the file is extracted
 * again), and the run writes a sound one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { checkShard } from '../../src/check.js';
import type { CacheStats } from '../../src/cache/run.js';
import { LATER, run, unitFiles, writeTree } from './folder.js';
import { RECORDS_DIR } from '../../src/cache/record.js';
import { SNAPSHOT_DIR, Snapshot, saveSnapshot } from '../../src/cache/snapshot.js';
import { storeKeys } from '../../src/cache/secret.js';
import { EXTRACTOR_VERSIONS } from '../../src/extract/version.js';
import { keyedString } from '../../src/cache/hash.js';

const tmp = tempDir('lc-cache-snapshot-');
let files: Record<string, Buffer>;
const N = () => Object.keys(files).length;
beforeAll(async () => {
  files = await unitFiles();
});

let n = 0;
async function warmed(): Promise<{ root: string; cache: string; plain: string; snap: () => string }> {
  const base = path.join(tmp, `case${++n}`);
  const root = path.join(base, '县教育局');
  writeTree(root, files);
  const cache = path.join(base, 'cache');
  const plain = (await run(root, null)).json;
  await run(root, cache);
  const snap = () => {
    const names = fs.readdirSync(path.join(cache, SNAPSHOT_DIR)).filter((f) => !f.endsWith('.tmp'));
    expect(names).toHaveLength(1);
    return path.join(cache, SNAPSHOT_DIR, names[0]!);
  };
  return { root, cache, plain, snap };
}

const dropRecords = (cache: string) => fs.rmSync(path.join(cache, RECORDS_DIR), { recursive: true, force: true });

/** Rewrite the snapshot's body with `f`, its checksum made again with the store's secret (a forger holding it). */
function forge(cache: string, file: string, f: (body: string) => string): void {
  const text = fs.readFileSync(file, 'utf8');
  const nl = text.indexOf('\n');
  const body = f(text.slice(nl + 1));
  const header = text.slice(0, nl).replace(/"sum":"[0-9a-f]+"/, `"sum":"${keyedString(storeKeys(cache), body)}"`);
  fs.writeFileSync(file, `${header}\n${body}`);
}

describe('run snapshot', () => {
  it('a warm run takes every record from the snapshot: no record file is needed', async () => {
    const { root, cache, plain, snap } = await warmed();
    const before = fs.readFileSync(snap());
    dropRecords(cache);
    const r = await run(root, cache);
    expect(r.stats).toMatchObject({ statHits: N(), misses: 0, recordsWritten: 0 });
    expect(r.json).toBe(plain);
    // Nothing changed: the snapshot is not written again.
    expect(fs.readFileSync(snap()).equals(before)).toBe(true);
  });

  for (const [name, spoil] of [
    ['cut off', (f: string) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2))],
    ['garbage', (f: string) => fs.writeFileSync(f, Buffer.from([0xff, 0x00, 0x7b, 0x0a, 0x22]))],
    [
      'edited without its checksum',
      (f: string) => {
        const text = fs.readFileSync(f, 'utf8');
        const edited = text.replace('"date":"2026-05-12"', '"date":"2019-05-12"');
        expect(edited).not.toBe(text); // the edit must change something, or this case tests nothing
        fs.writeFileSync(f, edited);
      },
    ],
    ['of another format', (f: string) => fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('{"format":1,', '{"format":2,'))],
  ] as const) {
    it(`ignores a snapshot ${name} (the record files answer) and writes a sound one`, async () => {
      const { root, cache, plain, snap } = await warmed();
      const file = snap();
      spoil(file);
      const r = await run(root, cache);
      expect(r.stats).toMatchObject({ statHits: N(), misses: 0 });
      expect(r.json).toBe(plain);
      // Rewritten: it alone now answers.
      dropRecords(cache);
      const again = await run(root, cache);
      expect(again.stats).toMatchObject({ statHits: N(), misses: 0 });
      expect(again.json).toBe(plain);
    });
  }

  it('an edited snapshot without record files behind it: every file extracted again, never the edited facts', async () => {
    const { root, cache, plain, snap } = await warmed();
    const file = snap();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"date":"2026-05-12"', '"date":"2019-05-12"'));
    dropRecords(cache);
    const r = await run(root, cache);
    expect(r.stats).toMatchObject({ statHits: 0, misses: N() });
    expect(r.json).toBe(plain);
  });

  it('an entry of another extractor version or the wrong shape is a miss, even with a sound checksum; the snapshot is rewritten', async () => {
    const { root, cache, plain, snap } = await warmed();
    const file = snap();
    forge(cache, file, (body) => {
      const bad = body.replaceAll(/"extractor":"register","version":\d+/g, '"extractor":"register","version":999').replace(/"textLength":\d+/, '"textLength":"x"');
      expect(bad).not.toBe(body);
      return bad;
    });
    dropRecords(cache);
    const r = await run(root, cache);
    // The .xlsx and the .csv (registers) and one document are extracted again; the rest comes from the snapshot.
    expect(r.stats).toMatchObject({ statHits: N() - 3, misses: 3 });
    expect(r.json).toBe(plain);
    dropRecords(cache);
    expect((await run(root, cache)).stats).toMatchObject({ statHits: N(), misses: 0 });
  });

  it('decodes only what it encoded', () => {
    const keys = storeKeys(path.join(tmp, 'keys'));
    const rec = { extractor: 'none', version: EXTRACTOR_VERSIONS.none, facts: { type: 'none' }, error: null } as const;
    const text = Snapshot.encode(keys, new Map([['k1', rec]]))!;
    expect(Snapshot.decode(keys, text).get('k1', 'none')).toEqual(rec);
    expect(Snapshot.decode(keys, text).get('k1', 'photo')).toBeNull();
    expect(Snapshot.decode(keys, text).get('k2', 'none')).toBeNull();
    expect(Snapshot.decode(keys, text.slice(0, -1)).size).toBe(0);
    expect(Snapshot.decode(storeKeys(path.join(tmp, 'other-keys')), text).size).toBe(0);
    expect(Snapshot.decode(keys, '').size).toBe(0);
    // As read from disk (bytes: the checksum is taken over them as they are).
    const bytes = Buffer.from(text, 'utf8');
    expect(Snapshot.decode(keys, bytes).get('k1', 'none')).toEqual(rec);
    expect(Snapshot.decode(keys, bytes.subarray(0, -1)).size).toBe(0);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 3] ^= 1;
    expect(Snapshot.decode(keys, flipped).size).toBe(0);
    expect(Snapshot.decode(storeKeys(path.join(tmp, 'other-keys')), bytes).size).toBe(0);
    expect(Snapshot.decode(keys, Buffer.alloc(0)).size).toBe(0);
  });

  it('encodes nothing over the size bound, and then removes the old snapshot instead of writing', async () => {
    const keys = storeKeys(path.join(tmp, 'keys'));
    const rec = (text: string) => ({ extractor: 'document', version: 1, facts: { type: 'document', text }, error: null }) as never;
    const entries = new Map([['a', rec('甲'.repeat(400))], ['b', rec('乙'.repeat(400))]]);
    const whole = Snapshot.encode(keys, entries)!;
    const bytes = Buffer.byteLength(whole);
    // Just inside, on and just over the bound.
    expect(Snapshot.encode(keys, entries, bytes + 1)).toBe(whole);
    expect(Snapshot.encode(keys, entries, bytes)).toBe(whole);
    expect(Snapshot.encode(keys, entries, bytes - 1)).toBeNull();
    // Stopped early: the first entry alone is over a small bound, so the next is never stringified.
    const never = { toJSON: () => { throw new Error('stringified past the bound'); } } as never;
    expect(Snapshot.encode(keys, new Map([['a', rec('甲'.repeat(400))], ['b', never]]), 100)).toBeNull();
    const file = path.join(tmp, 'snap-bound', 'x');
    expect(await saveSnapshot(file, keys, entries)).toBe(bytes);
    expect(fs.existsSync(file)).toBe(true);
    expect(await saveSnapshot(file, keys, entries, bytes - 1)).toBe(0);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('keeps one stat index and snapshot per shard: shards of one folder do not overwrite each other', async () => {
    const county = path.join(tmp, 'sharded', '台账');
    for (const unit of ['县教育局', '县文旅局', '县卫健委']) writeTree(path.join(county, unit), files);
    const cache = path.join(tmp, 'sharded', 'cache');
    const round = async () => {
      const out: CacheStats[] = [];
      for (const index of [1, 2]) {
        let stats: CacheStats | undefined;
        await checkShard({ path: county, asOf: '2026-10-20', ocr: false, cacheDir: cache }, { index, count: 2 }, { cacheNow: LATER(), onCacheStats: (x) => (stats = x) });
        out.push(stats!);
      }
      return out;
    };
    const first = await round();
    expect(first.reduce((n, x) => n + x.misses, 0)).toBeGreaterThan(0);
    // Second round: each shard finds its own index (no file hashed) and snapshot (no record file needed).
    dropRecords(cache);
    const second = await round();
    for (const x of second) expect(x).toMatchObject({ misses: 0, hashedFiles: 0, contentHits: 0 });
    expect(second.reduce((n, x) => n + x.statHits, 0)).toBe(3 * N());
  });
});
