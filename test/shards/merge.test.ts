/**
 * `--shard i/n` + `merge` = one run: every output format byte for byte, the exit code, and
 * cross-unit findings (a photo copied into another unit, a resized copy, a root file that copies
 * a unit's photo, a planted rule file) found across shards. Shard sets that are not the n parts
 * of one run are refused with exit 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveJpeg, makeJpeg, type ExifSpec } from '../../fixtures/build/jpeg.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { reportParas } from '../../fixtures/build/texts.js';
import { runBin, tempDir, writeFile } from '../cli/helpers.js';
import { shardOfKey } from '../../src/report/shard.js';
import { sha256File } from '../../src/review/files.js';
import { MAX_HASHED_BYTES } from '../../src/extract/limits.js';
import type { Report } from '../../src/types.js';

const RULES = `name: 分片测试规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  photo: { min: 1, minBytes: 0, minWidth: 640, minHeight: 480, caption: [时间] }
  report: { minChars: 100, minDataPoints: 0, minCitations: 0 }
units:
  县教育局: [Ⅲ—15]
  县文旅局: [Ⅲ—15]
  县卫健委: [Ⅲ—15]
  县民政局: [Ⅲ—15]
  县司法局: [Ⅲ—15]
indicators:
  - { code: Ⅲ—15, name: 志愿服务 }
`;

const cam = (date: string): ExifSpec => ({ dateTimeOriginal: `${date} 09:30:00`, createDate: `${date} 09:30:00`, modifyDate: `${date} 09:30:00`, make: 'Canon', model: 'EOS 90D' });
const N = 3;
const FORMATS = ['pretty:report.txt', 'json:report.json', 'junit:junit.xml', 'sarif:report.sarif', 'gitlab:gitlab.json', 'html:report.html', 'xlsx:report.xlsx'];
const ind = 'Ⅲ—15 志愿服务';

let dir: string;
let one: { code: number | null };
let shardFiles: string[];
const common = ['--rules', 'rules.yaml', '--review', 'review.yaml', '--as-of', '2026-10-20', '--no-ocr', '--no-cache', '--no-progress'];

beforeAll(async () => {
  dir = tempDir('lc-shards-');
  const root = path.join(dir, '台账');
  const pic = (seed: number, date: string) => makeJpeg({ seed, width: 800, height: 600, noise: 10, quality: 80, exif: cam(date), thumbnail: true });
  const a = await pic(1, '2026-03-12');
  const b = await pic(2, '2026-03-13');
  const c = await pic(3, '2026-03-14');
  writeFile(root, `县教育局/${ind}/2026-03-12 城关镇 植树.jpg`, a);
  writeFile(root, `县教育局/${ind}/说明报告.docx`, await makeDocx({ paragraphs: reportParas({ unit: '县教育局', indicator: '志愿服务', date: '2026-06-28' }), created: '2026-06-28T09:00:00Z' }));
  writeFile(root, `县教育局/.ledger-check.yaml`, 'name: 自带规则\n'); // planted: reported, never read
  writeFile(root, `县文旅局/${ind}/2026-03-12 文化馆 植树.jpg`, a); // the same photo in another unit
  writeFile(root, `县卫健委/${ind}/2026-03-13 医院 义诊.jpg`, b);
  writeFile(root, `县卫健委/${ind}/2026-03-13 坏照片.jpg`, a.subarray(0, 700)); // cannot be read
  writeFile(root, `县民政局/${ind}/2026-03-13 敬老院.jpg`, await deriveJpeg(b, { width: 700, quality: 70 })); // resized copy of 卫健委's
  writeFile(root, `县民政局/${ind}/2026-03-14 社区.jpg`, c);
  writeFile(root, '2026-03-14 汇总.jpg', c); // at the county root, a copy of 民政局's
  fs.writeFileSync(path.join(dir, 'rules.yaml'), RULES);
  // A person accepted the copy in 文旅局: the review applies across shards too.
  const copy = path.join(root, `县文旅局/${ind}/2026-03-12 文化馆 植树.jpg`);
  fs.writeFileSync(
    path.join(dir, 'review.yaml'),
    `version: 1\nentries:\n  - { file: "台账/县文旅局/${ind}/2026-03-12 文化馆 植树.jpg", sha256: ${await sha256File(copy, MAX_HASHED_BYTES)}, rule: photo.duplicate, verdict: accepted, reason: 同一活动两单位联办, by: 县创文办, at: 2026-10-01 }\n` +
      // Written from the wrong folder (no 台账/): review.unused with the path meant, from the shards too.
      `  - { file: "县卫健委/${ind}/2026-03-13 医院 义诊.jpg", sha256: ${'a'.repeat(64)}, rule: photo.near-duplicate, verdict: accepted, reason: 同一活动, by: 县创文办, at: 2026-10-01 }\n` +
      // A folder named (a folder's finding is not reviewed): review.unused 'folder', from the shards too.
      `  - { file: "台账/县民政局/${ind}", sha256: ${'a'.repeat(64)}, rule: material.photos-too-few, verdict: accepted, reason: 同一活动, by: 县创文办, at: 2026-10-01 }\n`,
  );
  for (const d of ['one', 'merged', 'shards']) fs.mkdirSync(path.join(dir, d));
  one = runBin(['台账', ...common, ...FORMATS.flatMap((f) => ['-f', f.replace(':', ':one/')])], { cwd: dir });
  shardFiles = [];
  for (let i = 1; i <= N; i++) {
    const f = `shards/shard-${i}.json`;
    const r = runBin(['台账', ...common, '--shard', `${i}/${N}`, '-o', f], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    shardFiles.push(f);
  }
}, 180_000);

const read = (p: string) => fs.readFileSync(path.join(dir, p));

describe('merge(shards) = one run', () => {
  it('the fixture puts the copies in different shards (and leaves one shard empty)', () => {
    expect(shardOfKey('县教育局', N)).not.toBe(shardOfKey('县文旅局', N));
    expect(shardOfKey('县卫健委', N)).not.toBe(shardOfKey('县民政局', N));
    expect(shardOfKey('', N)).not.toBe(shardOfKey('县卫健委', N));
    const used = new Set(['县教育局', '县文旅局', '县卫健委', '县民政局', '县司法局', ''].map((k) => shardOfKey(k, N)));
    expect(used.size).toBeLessThan(N);
  });

  it('a shard holds only its own units’ files', () => {
    for (const [i, f] of shardFiles.entries()) {
      const s = JSON.parse(read(f).toString('utf8'));
      for (const x of s.skeleton.files) {
        const top = x.path.includes('/') ? x.path.slice(0, x.path.indexOf('/')) : '';
        expect(shardOfKey(top, N)).toBe(i + 1);
      }
    }
  });

  it('every format is byte-identical (the workbook too), and the exit code is the same', () => {
    const m = runBin(['merge', ...shardFiles, ...FORMATS.flatMap((f) => ['-f', f.replace(':', ':merged/')])], { cwd: dir });
    expect(m.stderr).toBe('');
    expect(one.code).toBe(1);
    expect(m.code).toBe(one.code);
    // The workbook's zip entries are dated the report's day, not the time they were written.
    for (const f of FORMATS) {
      const name = f.slice(f.indexOf(':') + 1);
      expect(read(`merged/${name}`).equals(read(`one/${name}`)), name).toBe(true);
    }
  });

  it('the cross-unit findings are there: the copy, the resized copy, the root copy, the planted file; the review applied', () => {
    const r = JSON.parse(read('one/report.json').toString('utf8')) as Report;
    const on = (rule: string) => r.findings.filter((x) => x.ruleId === rule).map((x) => x.file).sort();
    expect(on('photo.duplicate')).toEqual([`县教育局/${ind}/2026-03-12 城关镇 植树.jpg`, `县文旅局/${ind}/2026-03-12 文化馆 植树.jpg`, '2026-03-14 汇总.jpg', `县民政局/${ind}/2026-03-14 社区.jpg`].sort());
    expect(on('photo.near-duplicate')).toEqual([`县卫健委/${ind}/2026-03-13 医院 义诊.jpg`, `县民政局/${ind}/2026-03-13 敬老院.jpg`]);
    expect(on('file.rules-inside-material')).toEqual(['县教育局/.ledger-check.yaml']);
    expect(r.findings.find((x) => x.ruleId === 'photo.duplicate' && x.file!.startsWith('县文旅局'))!.status).toBe('reviewed');
    expect(r.review).toMatchObject({ applied: 1, unused: 2, outOfScope: 0 });
    expect(r.findings.filter((x) => x.ruleId === 'review.unused').map((x) => [x.args.why, x.args.suggest ?? null])).toEqual([
      ['nowhere', `台账/县卫健委/${ind}/2026-03-13 医院 义诊.jpg`],
      ['folder', null],
    ]);
    // Each group is stated once: the findings carry its id, the report lists its files.
    expect(r.groups!.map((g) => [g.ruleId, g.files.length])).toEqual([
      ['photo.duplicate', 2],
      ['photo.duplicate', 2],
      ['photo.near-duplicate', 2],
    ]);
    expect(r.units.find((u) => u.name === '县司法局')!.completionRate).toBe(0);
  });
});

describe('merge refuses what is not one run (exit 2)', () => {
  const merge = (...files: string[]) => runBin(['merge', ...files], { cwd: dir });
  const variant = (name: string, edit: (s: Record<string, any>) => void, from = shardFiles[0]!) => {
    const s = JSON.parse(read(from).toString('utf8'));
    edit(s);
    fs.writeFileSync(path.join(dir, 'shards', name), JSON.stringify(s));
    return `shards/${name}`;
  };

  it('a missing shard', () => {
    const r = merge(shardFiles[0]!, shardFiles[2]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('缺少分片：共 3 份，缺第 2 份');
  });

  it('the same shard twice', () => {
    const r = merge(...shardFiles, shardFiles[0]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('同一分片给了两次');
  });

  it('shards of another rule file', () => {
    const other = variant('rules.json', (s) => (s.run.rules.digest = 'f'.repeat(64)));
    const r = merge(other, shardFiles[1]!, shardFiles[2]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('分片用的规则不同');
  });

  it('shards of another tool version', () => {
    const other = variant('version.json', (s) => (s.tool.version = '0.0.1'));
    const r = runBin(['merge', shardFiles[0]!, other, shardFiles[2]!, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('shard made by another version of ledger-check: shards/version.json is 0.0.1');
  });

  it('shards checked with other options, or split in another number of parts', () => {
    const asOf = variant('asof.json', (s) => (s.run.asOf = '2026-10-21'));
    expect(merge(asOf, shardFiles[1]!, shardFiles[2]!).stderr).toContain('分片的检查选项不同（asOf）');
    const count = variant('count.json', (s) => (s.shard.count = 4));
    expect(merge(shardFiles[0]!, shardFiles[1]!, count).stderr).toContain('分片份数不一致');
  });

  it('a file that is not a shard: not JSON, wrong shape, unknown rule id, too deep a lie', () => {
    fs.writeFileSync(path.join(dir, 'shards', 'junk.json'), '{"format":');
    expect(merge('shards/junk.json').code).toBe(2);
    // Cut short: said in Chinese (was JSON.parse's 'Unexpected end of JSON input' in the Chinese line).
    expect(merge('shards/junk.json').stderr).toBe('ledger-check: 分片文件不是 JSON，或不完整（可能没写完或复制时被截断）：shards/junk.json\n');
    expect(runBin(['merge', 'shards/junk.json', '--lang', 'en'], { cwd: dir }).stderr).toContain('shard file is not JSON: shards/junk.json (');
    const shape = variant('shape.json', (s) => (s.findings = [{ ruleId: 'photo.duplicate', extra: 1 }]));
    const r = merge(shape, shardFiles[1]!, shardFiles[2]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是 ledger-check 分片文件');
    const rule = variant('rule.json', (s) => s.findings.push({ ...s.findings[0], ruleId: 'photo.no-such-rule' }));
    expect(merge(rule, shardFiles[1]!, shardFiles[2]!).stderr).toContain('（findings：未知的规则编号 photo.no-such-rule）'); // was zh with 'unknown rule id …' (units18)
    expect(merge('shards/none.json').stderr).toContain('无法读取分片文件');
    // The check's own JSON report given for a shard: said so, with how shards are made (was 'format：Invalid input: …').
    const report = merge('one/report.json', shardFiles[1]!, shardFiles[2]!);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe('ledger-check: 这是检查报告（--format json 的输出），不是分片文件：one/report.json；分片用 ledger-check <文件夹> --shard i/n -o shard-i.json 生成\n');
    expect(runBin(['merge', 'one/report.json', '--lang', 'en'], { cwd: dir }).stderr).toContain("this is a check's report (the output of --format json), not a shard file: one/report.json");
  });

  it('two shards that both hold a file', () => {
    const twice = variant('twice.json', (s) => {
      s.shard.index = 2;
    });
    const r = merge(shardFiles[0]!, twice, shardFiles[2]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('两个分片都含有');
  });

  it('--shard needs i/n, and writes no report formats', () => {
    expect(runBin(['台账', '--shard', '4/3'], { cwd: dir }).code).toBe(2);
    expect(runBin(['台账', '--shard', 'x'], { cwd: dir }).stderr).toContain('--shard 应写成 i/n');
    expect(runBin(['台账', '--shard', '1/3', '-f', 'json'], { cwd: dir }).code).toBe(2);
  });
});
