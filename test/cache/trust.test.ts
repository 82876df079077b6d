/**
 * What the fact cache trusts. A record is used only when its header names the key looked for,
 * its checksum matches and its facts have the right shape: garbage, a cut-off record, another
 * format or tool version, a record copied under another name, an edited payload are each a miss,
 * re-extracted and written again. A record edited by someone holding the store's secret, with
 * its key intact, IS trusted: whoever can write the cache can change the facts (README).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { IND2, run, unitFiles, writeTree } from './folder.js';
import { RECORDS_DIR } from '../../src/cache/record.js';
import { INDEX_DIR } from '../../src/cache/stat-index.js';
import { SNAPSHOT_DIR } from '../../src/cache/snapshot.js';
import { SECRET_FILE, storeKeys } from '../../src/cache/secret.js';
import { keyedString } from '../../src/cache/hash.js';

const tmp = tempDir('lc-cache-trust-');
let files: Record<string, Buffer>;
const N = () => Object.keys(files).length;
beforeAll(async () => {
  files = await unitFiles();
});

let n = 0;
async function warmed(): Promise<{ root: string; cache: string; plain: string }> {
  const base = path.join(tmp, `case${++n}`);
  const root = path.join(base, '县教育局');
  writeTree(root, files);
  const cache = path.join(base, 'cache');
  const plain = (await run(root, null)).json;
  await run(root, cache);
  // These cases are about the record files: without the run snapshot (test/cache/snapshot.test.ts), they answer.
  fs.rmSync(path.join(cache, SNAPSHOT_DIR), { recursive: true, force: true });
  return { root, cache, plain };
}

function records(cache: string): string[] {
  const dir = path.join(cache, RECORDS_DIR);
  return fs.readdirSync(dir).flatMap((d) => fs.readdirSync(path.join(dir, d)).map((f) => path.join(dir, d, f)));
}

/** The record of the CSV register (the one whose facts carry 志愿服务). */
function csvRecord(cache: string): string {
  const r = records(cache).find((f) => fs.readFileSync(f, 'utf8').includes('文明交通志愿服务'));
  if (!r) throw new Error('no record for the csv');
  return r;
}

function edit(file: string, f: (lines: [string, string]) => [string, string]): void {
  const text = fs.readFileSync(file, 'utf8');
  const nl = text.indexOf('\n');
  const [h, b] = f([text.slice(0, nl), text.slice(nl + 1)]);
  fs.writeFileSync(file, `${h}\n${b}`);
}

describe('fact cache trust', () => {
  it('ignores garbage and cut-off records, extracts again and rewrites them', async () => {
    const { root, cache, plain } = await warmed();
    const all = records(cache);
    all.forEach((f, i) => (i % 2 ? fs.writeFileSync(f, Buffer.from([0xff, 0x00, 0x7b, 0x0a, 0x22])) : fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2))));
    const r = await run(root, cache);
    expect(r.stats).toMatchObject({ statHits: 0, misses: N(), recordsWritten: N() - 1 }); // the copy shares its original's record, written once
    expect(r.json).toBe(plain);
    expect((await run(root, cache)).stats).toMatchObject({ statHits: N(), misses: 0 });
  });

  it('ignores a record of another format or tool version, and one copied under another name', async () => {
    const { root, cache, plain } = await warmed();
    // Records of one file each (the photo and its copy share one): the PDF's, the .docx's, the .xlsx's.
    const csv = csvRecord(cache);
    const [a, b, c] = records(cache).filter((f) => f !== csv && !fs.readFileSync(f, 'utf8').includes('"type":"photo"'));
    edit(a!, ([h, body]) => [h.replace('"format":1', '"format":2'), body]);
    edit(b!, ([h, body]) => [h.replace(/tool@[^|"]+/, 'tool@0.0.1'), body]);
    // c's bytes put in place of the CSV's record: a sound record, but for another key.
    fs.copyFileSync(c!, csv);
    const r = await run(root, cache);
    expect(r.stats.misses).toBe(3);
    expect(r.json).toBe(plain);
  });

  it('ignores a payload edited without its checksum, and one of the wrong shape', async () => {
    const { root, cache, plain } = await warmed();
    const csv = csvRecord(cache);
    edit(csv, ([h, body]) => [h, body.replace('"date":"2026-05-12"', '"date":"2019-05-12"')]);
    let r = await run(root, cache);
    expect(r.stats.misses).toBe(1);
    expect(r.json).toBe(plain);
    // The right checksum (made with the store's secret) but rows that are not rows.
    fs.rmSync(path.join(cache, SNAPSHOT_DIR), { recursive: true, force: true });
    const keys = storeKeys(cache);
    edit(csvRecord(cache), ([h, body]) => {
      const bad = body.replace(/"rows":\[[^\]]*\]/, '"rows":"x"');
      expect(bad).not.toBe(body);
      return [h.replace(/"sum":"[0-9a-f]+"/, `"sum":"${keyedString(keys, bad)}"`), bad];
    });
    r = await run(root, cache);
    expect(r.stats.misses).toBe(1);
    expect(r.json).toBe(plain);
  });

  it('trusts a record edited by someone holding the secret when its key is intact (the cache is as trusted as the tool)', async () => {
    const { root, cache, plain } = await warmed();
    const keys = storeKeys(cache);
    edit(csvRecord(cache), ([h, body]) => {
      const forged = body.replace('"date":"2026-05-12"', '"date":"2019-05-12"');
      return [h.replace(/"sum":"[0-9a-f]+"/, `"sum":"${keyedString(keys, forged)}"`), forged];
    });
    const r = await run(root, cache);
    expect(r.stats.misses).toBe(0);
    expect(r.json).not.toBe(plain);
    // --no-cache is the way out: the file itself is read.
    expect((await run(root, null)).json).toBe(plain);
  });

  it('an unreadable index means hashing every file (content hits); a lost secret means misses, never wrong facts', async () => {
    const { root, cache, plain } = await warmed();
    const [index] = fs.readdirSync(path.join(cache, INDEX_DIR));
    fs.writeFileSync(path.join(cache, INDEX_DIR, index!), '{"format":1,"entries":[["x",1,"1","1","1","zz","pdf",null,null],42,');
    let r = await run(root, cache);
    expect(r.stats).toMatchObject({ statHits: 0, contentHits: N(), misses: 0 });
    expect(r.json).toBe(plain);
    fs.writeFileSync(path.join(cache, SECRET_FILE), 'short');
    r = await run(root, cache);
    expect(r.stats).toMatchObject({ statHits: 0, contentHits: 0, misses: N() });
    expect(r.json).toBe(plain);
    expect(fs.statSync(path.join(cache, SECRET_FILE)).size).toBe(384);
  });
});
