/**
 * Wide trees (issue 14, bounded memory): extraction keeps a bounded number of files in flight
 * (no promise per file made up front), keeps of each file only what the caller makes of it, and
 * shares what every stray file has alike (its empty record, its message text) — with the same
 * results as one file at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { loadRules } from '../../src/rules/load.js';
import { extractEach, extractOne, extractRecords, FILES_IN_FLIGHT } from '../../src/extract/index.js';
import { makeFinding } from '../../src/evaluate.js';
import { ruleInfo } from '../../src/messages/index.js';
import type { DiscoveredFile } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-wide-');

/** A unit folder with `n` files in one indicator folder: stray .bin files, and every tenth a .txt note. */
function wideUnit(n: number): string {
  const root = path.join(tmp, `县文旅局-${n}`);
  const dir = path.join(root, 'Ⅲ—15 志愿服务');
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `记录${String(i).padStart(4, '0')}.${i % 10 ? 'bin' : 'txt'}`), `记录 ${i}\n`);
  return root;
}

describe('extraction of a wide folder', () => {
  const n = FILES_IN_FLIGHT * 3 + 7;
  const root = wideUnit(n);
  let files: DiscoveredFile[] = [];

  it('never has more than FILES_IN_FLIGHT files started and not finished', async () => {
    files = (await discover(root, loadRules())).files;
    expect(files).toHaveLength(n);
    let started = 0;
    let finished = 0;
    let most = 0;
    const records = await extractRecords(files, {
      // ocrFor is asked as a file is started (before any read); onFile as it is finished.
      ocr: { maxPages: 1 } as never,
      ocrFor: () => {
        most = Math.max(most, ++started - finished);
        return false;
      },
      onFile: () => void finished++,
    });
    expect(started).toBe(n);
    expect(finished).toBe(n);
    expect(most).toBeGreaterThan(16); // more than the read concurrency: reads overlap what follows them
    expect(most).toBeLessThanOrEqual(FILES_IN_FLIGHT);
    // In the files' order, each the record one file alone gives.
    expect(records.map((r) => r.file)).toEqual(files);
    for (const i of [0, 1, 10, n - 1]) expect(records[i]!.facts).toEqual(await extractOne(files[i]!));
  });

  it('keeps of each file what the caller makes of its complete records, in order', async () => {
    const seen: string[] = [];
    const kept = await extractEach(files, { onFile: (r) => void seen.push(r.file.path) }, (r) => `${r.file.name}:${r.facts.extractor}`);
    expect(kept).toEqual(files.map((f) => `${f.name}:${f.name.endsWith('.txt') ? 'document' : 'none'}`));
    expect([...seen].sort()).toEqual(files.map((f) => f.path).sort());
  });

  it('gives every file no extractor reads one shared, frozen record', async () => {
    const stray = files.filter((f) => f.name.endsWith('.bin'));
    const [a, b] = await Promise.all([extractOne(stray[0]!), extractOne(stray[1]!)]);
    expect(a).toBe(b);
    expect(Object.isFrozen(a) && Object.isFrozen(a.facts)).toBe(true);
    expect(a).toEqual({ extractor: 'none', version: a.version, facts: { type: 'none' }, error: null });
  });

  it('places files folder by folder as before: notes shared by a folder, never changed by one file', async () => {
    const d = await discover(root, loadRules());
    const [x, y] = d.files;
    expect(x!.unit).toBe(y!.unit);
    expect(x!.indicator).toBe('III-15');
    expect(x!.notes).toEqual([]);
    expect(x!.notes).toBe(y!.notes);
    expect(Object.isFrozen(x!.notes)).toBe(true);
  });
});

describe('one message text for findings that say the same', () => {
  const opts = { rules: { severity: {} }, lang: 'zh' as const };
  const at = (args: Record<string, string | number | null>) => makeFinding('unit.nothing-submitted', '县卫健委', null, { args }, opts as never)!.message;
  const direct = (args: Record<string, string | number | null>) => ruleInfo('unit.nothing-submitted').message.zh(args as never);

  it('is one string, the catalog text', () => {
    const a = at({ unit: '县卫健委', seen: 'no-folder', expected: 2 });
    const b = at({ unit: '县卫健委', seen: 'no-folder', expected: 2 });
    expect(a).toBe(direct({ unit: '县卫健委', seen: 'no-folder', expected: 2 }));
    expect(b).toBe(a);
  });

  it('never mixes up args that a naive key would confuse', () => {
    const cases: Record<string, string | number | null>[] = [
      { unit: '县卫健委', seen: 'no-folder', expected: 2 },
      { unit: '县卫健委', seen: 'no-folder', expected: '2' },
      { unit: '县卫健委', seen: 'empty', expected: 2 },
      { unit: '县卫健委\u0000seen\u0001string:empty', seen: 'no-folder', expected: 2 },
      { unit: '县卫健委"', seen: 'no-folder', expected: 2 },
      { unit: '县卫健委,no-folder', seen: 'empty', expected: 2 },
      { unit: '县卫健委', seen: 'no-folder,empty', expected: 2 },
      { unit: '县卫健委', seen: 'no-folder', expected: null },
      { unit: '县卫健委', seen: 'no-folder', expected: Number.NaN },
      { unit: '县卫健委', seen: 'no-folder', expected: -0 },
      { unit: '县卫健委', seen: 'no-folder', expected: 0 },
    ];
    for (const args of cases) at(args);
    for (const args of [...cases].reverse()) expect(at(args)).toBe(direct(args));
  });
});
