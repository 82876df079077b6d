/**
 * Shards and merge on shard objects built in memory (the CLI round trip is test/shards/): the
 * `i/n` spec at its bounds, the unit → shard placement, the rule-set digest, reading a shard file
 * (size cap just under / on / over, not JSON, wrong shape, unknown rule id), and every reason a
 * set of shards is not the n parts of one run — then the merged report itself.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, parseShardSpec, rulesDigest, shardKeyOfPath, shardKeyOfUnit, shardOfKey, SHARD_FORMAT, SHARD_FORMAT_VERSION, type ShardFile } from '../../src/report/shard.js';
import { MergeError, mergeShards, readShard, type LoadedShard, type MergeProblem } from '../../src/report/merge.js';
import { VERSION } from '../../src/version.js';
import type { Finding } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const DIGEST = 'c'.repeat(64);
const IND = 'Ⅲ—15 志愿服务';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'photo.no-exif',
  severity: 'warning',
  unit: '县教育局',
  indicator: 'III-15',
  file: `县教育局/${IND}/1.jpg`,
  args: { file: '1.jpg' },
  message: 'x',
  ...over,
});

/** One unit with one indicator holding the given files (paths relative to the root). */
function unit(name: string, files: string[], folder: string | null = name) {
  return { name, folder, assigned: ['III-15'], indicators: [{ key: 'III-15', label: 'Ⅲ—15', name: '志愿服务', folder: folder && `${folder}/${IND}`, files }], files };
}
const fileEntry = (p: string, over: Record<string, unknown> = {}) => ({
  path: p, unit: p.split('/')[0]!, indicator: 'III-15', error: null, name: p.split('/').pop()!, kind: 'photo' as const, photo: true as const, ...over,
});
const print = (p: string, sha: string | null, over: Record<string, unknown> = {}) => ({
  path: p, name: p.split('/').pop()!, unit: p.split('/')[0]!, indicator: 'III-15', sha256: sha, dhash: null, dhashSource: '', side: 1000, threshold: 10, ...over,
});

function shard(index: number, count: number, unitName: string, over: Partial<ShardFile> = {}): ShardFile {
  const f = `${unitName}/${IND}/${index}.jpg`;
  return {
    format: SHARD_FORMAT,
    formatVersion: SHARD_FORMAT_VERSION,
    tool: { name: 'ledger-check', version: VERSION },
    shard: { index, count },
    run: {
      root: '台账', mode: 'county', asOf: '2026-10-20', lang: 'zh', maxWarnings: null, nearDuplicates: true, ocr: false,
      rules: { name: 'r', version: '1', source: 'rules.yaml', digest: DIGEST, units: ['县教育局', '县文旅局'], severity: {} },
    },
    review: null,
    skeleton: { units: [unit(unitName, [f])], files: [fileEntry(f)] },
    findings: [],
    prints: [print(f, index === 1 ? SHA_A : SHA_B)],
    planted: [],
    ...over,
  } as ShardFile;
}
const loaded = (data: ShardFile, file = `s${data.shard.index}.json`): LoadedShard => ({ file, data });
const two = () => [loaded(shard(1, 2, '县教育局')), loaded(shard(2, 2, '县文旅局'))];

function problemOf(f: () => unknown): MergeProblem {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(MergeError);
    expect((e as MergeError).name).toBe('MergeError');
    expect(JSON.parse((e as MergeError).message)).toEqual((e as MergeError).problem);
    return (e as MergeError).problem;
  }
  throw new Error('no MergeError');
}

describe('parseShardSpec: 1 ≤ i ≤ n ≤ MAX_SHARDS', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    ['8/8', { index: 8, count: 8 }],
    [' 3/4 ', { index: 3, count: 4 }],
    [`1/${MAX_SHARDS}`, { index: 1, count: MAX_SHARDS }],
    [`${MAX_SHARDS}/${MAX_SHARDS}`, { index: MAX_SHARDS, count: MAX_SHARDS }],
  ])('%s is a shard', (s, want) => expect(parseShardSpec(s)).toEqual(want));
  it.each(['0/1', '1/0', '0/0', '9/8', `1/${MAX_SHARDS + 1}`, '1/10000', '12345/1', '1/', '/1', '1-2', 'a/b', '1/2/3', 'x1/2', '1/2x', ''])('%j is not', (s) =>
    expect(parseShardSpec(s)).toBeNull(),
  );
  it('MAX_SHARDS is a thousand', () => expect(MAX_SHARDS).toBe(1000));
});

describe('shardOfKey: a hash of the name, 1-based, every shard reachable', () => {
  const keys = Array.from({ length: 200 }, (_, i) => `县单位${i}`);
  it('one shard takes everything', () => expect(new Set(keys.map((k) => shardOfKey(k, 1)))).toEqual(new Set([1])));
  it('n shards: values 1…n, each of them used, the same key always the same shard', () => {
    const got = keys.map((k) => shardOfKey(k, 4));
    expect(new Set(got)).toEqual(new Set([1, 2, 3, 4]));
    expect(keys.map((k) => shardOfKey(k, 4))).toEqual(got);
  });
  it('does not depend on the position or on other keys', () => {
    expect(shardOfKey('县教育局', 7)).toBe(shardOfKey('县教育局', 7));
    expect(keys.some((k) => shardOfKey(k, 7) !== shardOfKey(k, 3))).toBe(true);
  });
});

describe('shard keys', () => {
  it('a county run: the unit folder, or "" for a file at the root', () => {
    expect(shardKeyOfPath('县教育局/Ⅲ—15/1.jpg', 'county')).toBe('县教育局');
    expect(shardKeyOfPath('县教育局/1.jpg', 'county')).toBe('县教育局');
    expect(shardKeyOfPath('汇总.xlsx', 'county')).toBe('');
    expect(shardKeyOfUnit({ folder: '教育局', name: '县教育局' }, 'county')).toBe('教育局');
    expect(shardKeyOfUnit({ folder: null, name: '县教育局' }, 'county')).toBe('县教育局');
  });
  it.each(['unit', 'indicator'] as const)('a %s run is one unit', (mode) => {
    expect(shardKeyOfPath('县教育局/Ⅲ—15/1.jpg', mode)).toBe('');
    expect(shardKeyOfUnit({ folder: '教育局', name: '县教育局' }, mode)).toBe('');
  });
});

describe('rulesDigest', () => {
  it('the same rules in any key order give the same digest; undefined keys do not count', () => {
    expect(rulesDigest({ a: 1, b: [1, 'x', null], c: { d: true } })).toBe(rulesDigest({ c: { d: true }, b: [1, 'x', null], a: 1, e: undefined }));
    expect(rulesDigest({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
  it.each([
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { b: 1 }],
    [{ a: [1, 2] }, { a: [2, 1] }],
    [{ a: /x/ }, { a: /y/ }],
    [{ a: /x/ }, { a: {} }],
    [{ a: null }, { a: 'null' }],
    [{ a: undefined }, { a: null }],
    [[1, 2], { 0: 1, 1: 2 }],
    [{ a: { b: 1 } }, { a: { b: 2 } }],
    [{ a: 'x,y' }, { a: ['x', 'y'] }],
  ])('%j and %j differ', (a, b) => expect(rulesDigest(a)).not.toBe(rulesDigest(b)));
  it('is the SHA-256 of the canonical JSON (keys sorted, no spaces)', () => {
    const canonical = '{"a":1,"b":[true,"x",null],"c":"/x/"}';
    expect(rulesDigest({ c: /x/, b: [true, 'x', null], a: 1 })).toBe(crypto.createHash('sha256').update(canonical).digest('hex'));
    expect(rulesDigest(undefined)).toBe(crypto.createHash('sha256').update('null').digest('hex'));
  });
});

describe('readShard', () => {
  const dir = tempDir('lc-shard-read-');
  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  const good = JSON.stringify(shard(1, 2, '县教育局', { findings: [finding()] }));

  it('a shard file reads back as written (the file’s own objects, key order kept)', () => {
    const p = write('ok.json', good);
    const s = readShard(p);
    expect(s.file).toBe(p);
    expect(s.data).toEqual(JSON.parse(good));
    expect(Object.keys(s.data.findings[0]!)).toEqual(Object.keys(finding()));
  });
  it('size cap: one byte under and on the cap are read, one byte over is too large', () => {
    const p = write('cap.json', good);
    const n = Buffer.byteLength(good);
    expect(readShard(p, n + 1).data.shard.index).toBe(1);
    expect(readShard(p, n).data.shard.index).toBe(1);
    expect(problemOf(() => readShard(p, n - 1))).toEqual({ code: 'too-large', file: p, size: n, limit: n - 1 });
    expect(problemOf(() => readShard(p, n - 2))).toEqual({ code: 'too-large', file: p, size: n, limit: n - 2 });
  });
  it('a missing file and a folder cannot be read', () => {
    const missing = path.join(dir, 'nope.json');
    expect(problemOf(() => readShard(missing))).toEqual({ code: 'read', file: missing, reason: 'ENOENT' });
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub, { recursive: true });
    expect(problemOf(() => readShard(sub))).toEqual({ code: 'read', file: sub, reason: 'not-a-file' });
  });
  it('not JSON', () => {
    const p = write('bad.json', '{"format":');
    expect(problemOf(() => readShard(p))).toMatchObject({ code: 'not-json', file: p, reason: expect.stringMatching(/JSON/) });
  });
  it('the wrong shape names where', () => {
    const p = write('shape.json', JSON.stringify({ ...JSON.parse(good), shard: { index: 0, count: 2 } }));
    expect(problemOf(() => readShard(p))).toMatchObject({ code: 'invalid', file: p, where: 'shard.index' });
    const top = write('top.json', '[]');
    expect(problemOf(() => readShard(top))).toMatchObject({ code: 'invalid', file: top, where: '' }); // the top level (was '(top)', English in a zh line)
    const extra = write('extra.json', JSON.stringify({ ...JSON.parse(good), extra: 1 }));
    expect(problemOf(() => readShard(extra))).toMatchObject({ code: 'invalid', where: '', issue: { code: 'unrecognized_keys', keys: ['extra'] } });
  });
  it('a rule id the tool does not have', () => {
    const p = write('rule.json', JSON.stringify(shard(1, 2, '县教育局', { findings: [finding(), finding({ ruleId: 'photo.made-up' })] })));
    // Raw values, worded by the CLI in the run's language (was the English reason 'unknown rule id …').
    expect(problemOf(() => readShard(p))).toEqual({ code: 'invalid', file: p, where: 'findings', issue: { code: 'unknown-rule-id', input: 'photo.made-up' } });
  });
  it('a shard holding a video file reads (every file kind is a shard file kind)', () => {
    const s = shard(1, 2, '县教育局');
    s.skeleton.files.push(fileEntry(`县教育局/${IND}/活动.mp4`, { kind: 'video', photo: undefined }) as never);
    const p = write('video.json', JSON.stringify(s));
    expect(readShard(p).data.skeleton.files[1]!.kind).toBe('video');
  });
});

describe('mergeShards refuses what is not the n parts of one run', () => {
  it('no shard at all', () => expect(problemOf(() => mergeShards([]))).toEqual({ code: 'missing', indices: [], count: 0 }));
  it('a missing part names every missing index', () => {
    expect(problemOf(() => mergeShards([loaded(shard(2, 4, '县文旅局'))]))).toEqual({ code: 'missing', indices: [1, 3, 4], count: 4 });
  });
  it('another tool version', () => {
    const [a, b] = two();
    b!.data.tool.version = '0.0.0-other';
    expect(problemOf(() => mergeShards([a!, b!]))).toEqual({ code: 'version', file: 's2.json', version: '0.0.0-other', expected: VERSION });
  });
  it('split in another number of parts', () => {
    expect(problemOf(() => mergeShards([loaded(shard(1, 2, '县教育局')), loaded(shard(2, 3, '县文旅局'))]))).toEqual({ code: 'count', file: 's2.json', count: 3, expected: 2 });
  });
  it('an index past the count (on the count is fine)', () => {
    expect(problemOf(() => mergeShards([loaded(shard(1, 2, '县教育局')), loaded(shard(3, 2, '县文旅局'))]))).toMatchObject({ code: 'invalid', file: 's3.json', where: 'shard.index', issue: { code: 'too_big', maximum: 2, input: 3 } });
  });
  it('the same part twice', () => {
    expect(problemOf(() => mergeShards([loaded(shard(1, 2, '县教育局'), 'a.json'), loaded(shard(1, 2, '县文旅局'), 'b.json')]))).toEqual({ code: 'duplicate', file: 'b.json', other: 'a.json', index: 1 });
  });
  it('another rule set', () => {
    const [a, b] = two();
    b!.data.run.rules.digest = 'd'.repeat(64);
    expect(problemOf(() => mergeShards([a!, b!]))).toEqual({ code: 'rules', file: 's2.json', other: 's1.json' });
  });
  it.each([
    ['root', '其他'],
    ['mode', 'unit'],
    ['asOf', '2026-10-21'],
    ['lang', 'en'],
    ['maxWarnings', 0],
    ['nearDuplicates', false],
    ['ocr', true],
  ] as const)('another %s', (field, value) => {
    const [a, b] = two();
    (b!.data.run as unknown as Record<string, unknown>)[field] = value;
    expect(problemOf(() => mergeShards([a!, b!]))).toEqual({ code: 'run', file: 's2.json', other: 's1.json', field });
  });
  it('the same digest but other rule details', () => {
    const [a, b] = two();
    b!.data.run.rules.units = ['县文旅局', '县教育局'];
    expect(problemOf(() => mergeShards([a!, b!]))).toEqual({ code: 'run', file: 's2.json', other: 's1.json', field: 'rules' });
  });
  const review = (reason: string) => ({
    file: 'review.yaml',
    entries: [{ file: `县教育局/${IND}/1.jpg`, sha256: SHA_A, rule: 'photo.no-exif', verdict: 'accepted' as const, reason, by: '张三', at: '2026-10-01', line: 3, path: `县教育局/${IND}/1.jpg` }],
    hashes: {},
  });
  it('a review record in one shard only, or another record', () => {
    const [a, b] = two();
    a!.data.review = review('ok');
    expect(problemOf(() => mergeShards([a!, b!]))).toEqual({ code: 'review', file: 's2.json', other: 's1.json' });
    b!.data.review = review('other reason');
    expect(problemOf(() => mergeShards([a!, b!]))).toEqual({ code: 'review', file: 's2.json', other: 's1.json' });
    b!.data.review = { ...review('ok'), hashes: { x: SHA_B } }; // the hashes are each shard's own
    expect(() => mergeShards([a!, b!])).not.toThrow();
  });
  it('two shards holding one file', () => {
    const [a, b] = two();
    b!.data.skeleton.files.push(a!.data.skeleton.files[0]!);
    expect(problemOf(() => mergeShards([a!, b!]))).toEqual({ code: 'overlap', file: 's2.json', other: 's1.json', path: a!.data.skeleton.files[0]!.path });
  });
  it('two shards holding one unit', () => {
    const a = loaded(shard(1, 2, '县教育局'));
    const b = loaded(shard(2, 2, '县教育局', { skeleton: { units: [unit('县教育局', [])], files: [] } }));
    expect(problemOf(() => mergeShards([a, b]))).toEqual({ code: 'overlap', file: 's1.json', other: 's1.json', path: '县教育局' });
    const c = loaded(shard(2, 2, '县教育局', { skeleton: { units: [unit('县教育局', [], null)], files: [] } }));
    const d = loaded(shard(1, 2, '县教育局', { skeleton: { units: [unit('县教育局', [], null)], files: [] } }));
    expect(problemOf(() => mergeShards([d, c]))).toMatchObject({ code: 'overlap', path: '县教育局' });
  });
  it('one unit name in two folders is two units', () => {
    const a = loaded(shard(1, 2, '县教育局'));
    const b = loaded(shard(2, 2, '县教育局', { skeleton: { units: [unit('县教育局', [], '教育局')], files: [] } }));
    expect(mergeShards([a, b]).report.units.map((u) => u.folder)).toEqual(['县教育局', '教育局'].sort());
  });
});

describe('mergeShards joins the parts', () => {
  it('files by path, units by folder, every shard’s findings; the report judged from them', () => {
    const a = shard(1, 2, '县文旅局', { findings: [finding({ unit: '县文旅局', file: `县文旅局/${IND}/1.jpg`, severity: 'error', ruleId: 'photo.outside-period' })] });
    const b = shard(2, 2, '县教育局');
    const { report, skeleton } = mergeShards([loaded(b), loaded(a)]);
    expect(skeleton.files.map((f) => f.path)).toEqual([`县教育局/${IND}/2.jpg`, `县文旅局/${IND}/1.jpg`]);
    expect(skeleton.units.map((u) => u.name)).toEqual(['县教育局', '县文旅局']);
    expect(report.root).toBe('台账');
    expect(report.mode).toBe('county');
    expect(report.asOf).toBe('2026-10-20');
    expect(report.tool.version).toBe(VERSION);
    expect(report.rules).toEqual({ name: 'r', version: '1', source: 'rules.yaml' });
    expect(report.units.map((u) => [u.name, u.status])).toEqual([['县教育局', 'pass'], ['县文旅局', 'fail']]);
    expect(report.summary).toMatchObject({ status: 'fail', errors: 1, files: 2, filesPassed: 1, filesFailed: 1, completionRate: 0.5 });
    expect(report.review).toBeUndefined();
  });
  it('three shards given in any order: files, units (folder, else name), prints and planted by path', () => {
    const mk = (i: number, name: string, folder: string | null, paths: string[]) => {
      const s = shard(i, 3, name, { planted: paths.map((p) => ({ path: `${p}.yaml`, unit: name, indicator: null })) });
      s.skeleton = { units: [unit(name, paths, folder)], files: paths.map((p) => fileEntry(p)) };
      s.prints = paths.map((p) => print(p, null));
      return loaded(s);
    };
    const parts = [mk(2, '丙', null, ['丙/b.jpg', '丙/a.jpg']), mk(3, '甲', '甲', ['甲/c.jpg']), mk(1, '乙', '乙', ['乙/z.jpg', '乙/a.jpg'])];
    for (const order of [parts, [...parts].reverse(), [parts[1]!, parts[2]!, parts[0]!]]) {
      const { skeleton, report } = mergeShards(order);
      expect(skeleton.files.map((f) => f.path)).toEqual(['丙/a.jpg', '丙/b.jpg', '乙/a.jpg', '乙/z.jpg', '甲/c.jpg'].sort());
      expect(skeleton.units.map((u) => u.folder ?? `(${u.name})`)).toEqual(['乙', '甲', '(丙)'].sort((a, b) => (a.replace(/[()]/g, '') < b.replace(/[()]/g, '') ? -1 : 1)));
      expect(report.findings.filter((x) => x.ruleId === 'file.rules-inside-material').map((x) => x.file)).toEqual(['丙/a.jpg.yaml', '丙/b.jpg.yaml', '乙/a.jpg.yaml', '乙/z.jpg.yaml', '甲/c.jpg.yaml'].sort());
    }
  });
  it('units in the rule file’s order', () => {
    const a = shard(1, 2, '县文旅局');
    a.run.rules.units = ['县文旅局', '县教育局'];
    const b = shard(2, 2, '县教育局');
    b.run.rules.units = ['县文旅局', '县教育局'];
    expect(mergeShards([loaded(a), loaded(b)]).report.units.map((u) => u.name)).toEqual(['县文旅局', '县教育局']);
  });
  it('maxWarnings from the run: on the limit passes, one over fails', () => {
    const make = (max: number | null, warnings: number) => {
      const f = Array.from({ length: warnings }, () => finding());
      const a = shard(1, 1, '县教育局', { findings: f });
      a.run.maxWarnings = max;
      a.prints = [];
      a.skeleton.files[0]!.path = `县教育局/${IND}/1.jpg`;
      a.skeleton.units[0]!.files = [`县教育局/${IND}/1.jpg`];
      a.skeleton.units[0]!.indicators[0]!.files = [`县教育局/${IND}/1.jpg`];
      return mergeShards([loaded(a)]).report.summary.status;
    };
    expect(make(2, 2)).toBe('pass');
    expect(make(2, 3)).toBe('fail');
    expect(make(null, 3)).toBe('pass');
  });
  it('the cross-unit checks run over every shard’s prints: a photo copied into another shard’s unit', () => {
    const a = shard(1, 2, '县教育局');
    const b = shard(2, 2, '县文旅局');
    b.prints[0]!.sha256 = SHA_A; // the same bytes as shard 1's photo
    const dup = mergeShards([loaded(a), loaded(b)]).report.findings.filter((x) => x.ruleId === 'photo.duplicate');
    expect(dup.map((x) => x.file).sort()).toEqual([`县教育局/${IND}/1.jpg`, `县文旅局/${IND}/2.jpg`]);
    expect(new Set(dup.map((x) => x.group)).size).toBe(1);
  });
  it('near-duplicates across shards use the prints’ own thresholds', () => {
    const a = shard(1, 2, '县教育局');
    const b = shard(2, 2, '县文旅局');
    a.prints[0] = print(a.prints[0]!.path, SHA_A, { dhash: '00ff00ff00ff00ff', dhashSource: 'image' });
    b.prints[0] = print(b.prints[0]!.path, SHA_B, { dhash: '00ff00ff00ff0000', dhashSource: 'image' }); // 8 bits apart
    const near = (r: ReturnType<typeof mergeShards>) => r.report.findings.filter((x) => x.ruleId === 'photo.near-duplicate').length;
    expect(near(mergeShards([loaded(a), loaded(b)]))).toBe(2);
    b.prints[0]!.threshold = 7;
    expect(near(mergeShards([loaded(a), loaded(b)]))).toBe(0);
  });
  it('planted rule files from every shard are reported', () => {
    const a = shard(1, 2, '县教育局', { planted: [{ path: '县教育局/.ledger-check.yaml', unit: '县教育局', indicator: null }] });
    const b = shard(2, 2, '县文旅局', { planted: [{ path: '县文旅局/sub/rules.yaml', unit: '县文旅局', indicator: null }] });
    const got = mergeShards([loaded(b), loaded(a)]).report.findings.filter((x) => x.ruleId === 'file.rules-inside-material');
    expect(got.map((x) => [x.file, x.args.name])).toEqual([
      ['县教育局/.ledger-check.yaml', '.ledger-check.yaml'],
      ['县文旅局/sub/rules.yaml', 'rules.yaml'],
    ]);
  });
  it('severity overrides of the rule file apply to the cross-unit findings', () => {
    const a = shard(1, 2, '县教育局', { planted: [{ path: '县教育局/rules.yaml', unit: '县教育局', indicator: null }] });
    const b = shard(2, 2, '县文旅局');
    for (const s of [a, b]) s.run.rules.severity = { 'file.rules-inside-material': 'off' };
    expect(mergeShards([loaded(a), loaded(b)]).report.findings.some((x) => x.ruleId === 'file.rules-inside-material')).toBe(false);
  });
  it('a file that could not be read gets its safety-net finding; OCR notes are added', () => {
    const a = shard(1, 1, '县教育局', { prints: [] });
    const p = a.skeleton.files[0]!.path;
    a.skeleton.files[0] = fileEntry(p, { error: { code: 'truncated', detail: 'cut' }, ocr: 80 }) as never;
    a.findings = [finding({ file: p })];
    const r = mergeShards([loaded(a)]).report;
    const x = r.findings.filter((f) => f.file === p);
    expect(x.find((f) => f.ruleId === 'photo.no-exif')).toMatchObject({ source: 'ocr', confidence: 80 });
    expect(x.some((f) => f.severity === 'error')).toBe(true); // the safety net
    expect(r.files[0]!.status).not.toBe('pass');
  });
  it('the review record is applied with every shard’s file hashes', () => {
    const p = `县教育局/${IND}/1.jpg`;
    const entry = { file: p, sha256: SHA_A, rule: 'photo.no-exif', verdict: 'accepted' as const, reason: 'ok', by: '张三', at: '2026-10-01', line: 3, path: p };
    const a = shard(1, 2, '县教育局', { findings: [finding({ file: p })], review: { file: 'review.yaml', entries: [entry], hashes: { [p]: SHA_A } } });
    const b = shard(2, 2, '县文旅局', { review: { file: 'review.yaml', entries: [entry], hashes: {} } });
    const { report } = mergeShards([loaded(b), loaded(a)]);
    expect(report.review).toMatchObject({ file: 'review.yaml', entries: 1, applied: 1 });
    expect(report.findings.find((x) => x.file === p && x.ruleId === 'photo.no-exif')!.status).toBe('reviewed');
  });
});
