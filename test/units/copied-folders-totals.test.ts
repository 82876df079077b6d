/**
 * A unit with a copied folder (县文旅局 and 县文旅局 - 副本) counts once in every county total
 * (session 18). The unit's own folder — the original before its copies, the first by name when
 * none is a copy, as discover already chose it for the unit's name — is the unit's row: its
 * verdict stands. Each other folder is still checked and shown under its own name, marked as not
 * counted, and its units, indicators, files and findings stay out of the summary, the 合计 rows
 * (workbook, HTML), the exit code and the failures of JUnit (its cases are skipped). A photo the
 * copy shares byte for byte with the unit's own folder is the same photo copied, not a reuse.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, type ExifSpec } from '../../fixtures/build/jpeg.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { reportParas, signoffParas } from '../../fixtures/build/texts.js';
import { runBin, writeFile } from '../cli/helpers.js';
import { tempDir } from '../helpers/temp.js';
import type { Report } from '../../src/types.js';
import { shardOfKey } from '../../src/report/shard.js';

const RULES = `name: 副本测试规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  photo: { min: 1, minBytes: 0, minWidth: 640, minHeight: 480, caption: [时间] }
  report: { minChars: 100, minDataPoints: 0, minCitations: 0 }
units:
  县文旅局: [Ⅲ—15]
  县教育局: [Ⅲ—15]
indicators:
  - { code: Ⅲ—15, name: 志愿服务 }
`;
const ind = 'Ⅲ—15 志愿服务';
const cam = (date: string): ExifSpec => ({ dateTimeOriginal: `${date} 09:30:00`, createDate: `${date} 09:30:00`, modifyDate: `${date} 09:30:00`, make: 'Canon', model: 'EOS 90D' });
const FORMATS = ['pretty:report.txt', 'json:report.json', 'junit:junit.xml', 'sarif:report.sarif', 'html:report.html', 'xlsx:report.xlsx'];
const common = ['--rules', 'rules.yaml', '--as-of', '2026-10-20', '--no-ocr', '--no-cache', '--no-progress', '--lang', 'zh'];

let dir: string;
const runs: Record<string, { code: number | null; stderr: string }> = {};

/** A unit's folder: a photo, a 说明报告 and the sign-off sheet; `bad` adds a photo taken before the period. */
async function unitFolder(root: string, folder: string, unit: string, seed: number, bad = false): Promise<void> {
  writeFile(root, `${folder}/${ind}/2026-03-12 城关镇 植树.jpg`, await makeJpeg({ seed, width: 800, height: 600, noise: 10, quality: 80, exif: cam('2026-03-12'), thumbnail: true }));
  if (bad) writeFile(root, `${folder}/${ind}/2024-03-12 旧照片.jpg`, await makeJpeg({ seed: seed + 50, width: 800, height: 600, noise: 10, quality: 80, exif: cam('2024-03-12'), thumbnail: true }));
  writeFile(root, `${folder}/${ind}/说明报告.docx`, await makeDocx({ paragraphs: reportParas({ unit, indicator: '志愿服务', date: '2026-06-28' }), created: '2026-06-28T09:00:00Z' }));
  writeFile(root, `${folder}/移交签单.docx`, await makeDocx({ paragraphs: signoffParas({ unit, leader: '王建国', date: '2026-10-10' }) }));
}

beforeAll(async () => {
  dir = tempDir('lc-copy-totals-');
  fs.writeFileSync(path.join(dir, 'rules.yaml'), RULES);
  // 台账: the county as handed in, without copies; 副本: the same with 县文旅局 copied, the copy
  // holding one more photo (taken before the period: an error in the copy only).
  await unitFolder(path.join(dir, '台账'), '县文旅局', '县文旅局', 1);
  await unitFolder(path.join(dir, '台账'), '县教育局', '县教育局', 2);
  fs.cpSync(path.join(dir, '台账'), path.join(dir, '副本'), { recursive: true });
  await unitFolder(path.join(dir, '副本'), '县文旅局 - 副本', '县文旅局', 1, true);
  // 两稿 (final-review18): two folders of 县文旅局 neither a copy of the other — a complete 初稿 and a
  // 终稿 with a photo before the period. Each is counted, as before session 18: the 终稿 fails the county.
  await unitFolder(path.join(dir, '两稿'), '县文旅局（初稿）', '县文旅局', 1);
  // The 终稿 holds the 初稿's photo byte for byte: the same photo twice, no photo.duplicate.
  await unitFolder(path.join(dir, '两稿'), '县文旅局（终稿）', '县文旅局', 1, true);
  await unitFolder(path.join(dir, '两稿'), '县教育局', '县教育局', 2);
  for (const county of ['台账', '副本', '两稿']) {
    fs.mkdirSync(path.join(dir, `out-${county}`));
    runs[county] = runBin([county, ...common, ...FORMATS.flatMap((f) => ['-f', f.replace(':', `:out-${county}/`)])], { cwd: dir });
  }
}, 180_000);

const read = (county: string, name: string) => fs.readFileSync(path.join(dir, `out-${county}`, name));
const json = (county: string) => JSON.parse(read(county, 'report.json').toString('utf8')) as Report;

describe('a copied unit folder in the county totals', () => {
  it('runs cleanly; the county without copies passes, and so does the one with a failing copy', () => {
    for (const county of ['台账', '副本']) expect(runs[county]!.stderr).toBe('');
    expect(runs['台账']!.code).toBe(0);
    // The copy's own error does not fail the unit: the unit's verdict is its own folder's.
    expect(runs['副本']!.code).toBe(0);
  });

  it('JSON: the summary counts the unit once (units, indicators, files, findings); the copy\'s row is marked', () => {
    const plain = json('台账');
    const copied = json('副本');
    const copyRow = copied.units.find((u) => u.folder === '县文旅局 - 副本')!;
    expect(copyRow).toMatchObject({ name: '县文旅局（文件夹 县文旅局 - 副本）', otherFolderOf: '县文旅局', status: 'fail', indicatorsAssigned: 1 });
    expect(copyRow.counts).toMatchObject({ errors: 1, files: 4 });
    expect(copied.units.find((u) => u.name === '县文旅局')!.otherFolderOf).toBeUndefined();
    // The same totals as without the copy, but for the unit's own several-folders warning.
    expect(copied.summary).toEqual({ ...plain.summary, warnings: plain.summary.warnings + 1 });
    expect(copied.summary).toMatchObject({ status: 'pass', units: 2, indicatorsAssigned: 2, indicatorsPassed: 2, completionRate: 1, files: 6, errors: 0 });
    // The unit's own row is as without the copy, but for that warning.
    const own = (r: Report) => r.units.find((u) => u.name === '县文旅局')!;
    expect(own(copied)).toEqual({ ...own(plain), counts: { ...own(plain).counts, warnings: own(plain).counts.warnings + 1 } });
  });

  it('the photos copied with the folder are no duplicates of the unit\'s own (its verdict stays its own)', () => {
    const r = json('副本');
    expect(r.findings.filter((f) => f.ruleId === 'photo.duplicate' || f.ruleId === 'photo.near-duplicate')).toEqual([]);
  });

  it('the finding says which folder the totals count, with the folder names as they are', () => {
    const msgs = json('副本').findings.filter((f) => f.ruleId === 'unit.several-folders');
    expect(msgs.map((f) => f.args)).toEqual([
      { unit: '县文旅局', folders: ['县文旅局', '县文旅局 - 副本'], count: 2, counted: '县文旅局' },
      { unit: '县文旅局', folders: ['县文旅局', '县文旅局 - 副本'], count: 2, counted: '县文旅局' },
    ]);
    expect(msgs[0]!.message).toBe('单位“县文旅局”有 2 个文件夹（县文旅局、县文旅局 - 副本），无法确定哪一个是正式移交的；各文件夹分别检查，全县合计只计文件夹“县文旅局”（其余文件夹列出但不计入）');
  });

  it('text: the copy\'s block says it is not counted; the summary line is the county\'s without the copy', () => {
    const text = read('副本', 'report.txt').toString('utf8');
    expect(text).toContain('县文旅局（文件夹 县文旅局 - 副本）  不通过  完成率 0%（0/1）（“县文旅局”的另一个文件夹，不计入合计）');
    const last = (t: string) => t.trimEnd().split('\n').slice(-2);
    expect(last(text)[0]).toBe(last(read('台账', 'report.txt').toString('utf8'))[0]!.replace('0 个警告', '1 个警告'));
    expect(last(text)[1]).toBe('结果：通过');
  });

  it('workbook: the rows above 合计 add up to it; the copy is listed below, apart', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(read('副本', 'report.xlsx') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    const at = (first: string) => rows.findIndex((r) => r[0] === first);
    const total = at('合计');
    expect(total).toBeGreaterThan(0);
    const body = rows.slice(2, total).filter((r) => r.length);
    expect(body.map((r) => r[0])).toEqual(['县文旅局', '县教育局']);
    for (const col of [3, 4, 5, 6, 7]) expect(body.reduce((n, r) => n + (r[col] as number), 0), `column ${col}`).toBe(rows[total]![col]);
    expect(rows[total]!.slice(3, 8)).toEqual([2, 2, 0, 1, 6]);
    const note = rows.findIndex((r) => String(r[0] ?? '').startsWith('以下是同一单位的其他文件夹'));
    expect(note).toBeGreaterThan(total);
    expect(rows[note + 1]!.slice(0, 2)).toEqual(['县文旅局（文件夹 县文旅局 - 副本）', '不通过']);
    // The filter covers the counted rows only.
    expect(ws.autoFilter).toBe('A2:I4');
  });

  it('HTML: the summary table\'s body is the counted units; the copy sits below 合计 and its section says so', () => {
    const page = read('副本', 'report.html').toString('utf8');
    const tbody = page.slice(page.indexOf('<tbody>'), page.indexOf('</tbody>'));
    expect(tbody).toContain('>县文旅局</a>');
    expect(tbody).not.toContain('副本');
    const tfoot = page.slice(page.indexOf('<tfoot>'), page.indexOf('</tfoot>'));
    expect(tfoot.indexOf('合计')).toBeLessThan(tfoot.indexOf('县文旅局（文件夹 县文旅局 - 副本）'));
    expect(tfoot).toContain('class="other-folder"');
    expect(page).toContain('“县文旅局”的另一个文件夹，不计入合计');
  });

  it('JUnit: the copy\'s cases are skipped (its error listed, no failure); SARIF carries the same summary', () => {
    const xml = read('副本', 'junit.xml').toString('utf8');
    expect(xml).toMatch(/<testsuites name="ledger-check" tests="\d+" failures="0" errors="0" skipped="5">/);
    const suite = xml.slice(xml.indexOf('<testsuite name="县文旅局（文件夹 县文旅局 - 副本）"'));
    expect(suite.slice(0, suite.indexOf('</testsuite>'))).toContain('<skipped message="“县文旅局”的另一个文件夹，不计入合计（合计按单位自己的文件夹计）"/>');
    expect(suite).toContain('photo.outside-period');
    expect(suite.slice(0, suite.indexOf('</testsuite>'))).not.toContain('<failure');
    const sarif = JSON.parse(read('副本', 'report.sarif').toString('utf8'));
    expect(sarif.runs[0].properties.summary).toEqual(json('副本').summary);
  });

  it('two folders neither a copy of the other (初稿, 终稿) are each counted: the failing 终稿 fails the county (final-review18)', () => {
    expect(runs['两稿']!.stderr).toBe('');
    expect(runs['两稿']!.code).toBe(1);
    const r = json('两稿');
    expect(r.units.map((u) => [u.name, u.otherFolderOf ?? null, u.status])).toEqual([
      ['县文旅局', null, 'pass'],
      ['县教育局', null, 'pass'],
      ['县文旅局（文件夹 县文旅局（终稿））', null, 'fail'],
    ]);
    expect(r.summary).toMatchObject({ status: 'fail', units: 3, indicatorsAssigned: 3, indicatorsPassed: 2 });
    // The 终稿's own error is its photo before the period: the photo it shares with the 初稿 is no
    // duplicate; its sign-off sheet names 县文旅局, the unit its folder is of.
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['photo.outside-period']);
    // Nothing is left out of the totals, so the finding names no counted folder.
    const several = r.findings.filter((f) => f.ruleId === 'unit.several-folders');
    expect(several.map((f) => f.args)).toEqual([0, 1].map(() => ({ unit: '县文旅局', folders: ['县文旅局（初稿）', '县文旅局（终稿）'], count: 2 })));
  });

  it('sharded and merged: the same report (the copy and its unit in different shards)', () => {
    expect(shardOfKey('县文旅局', 4)).not.toBe(shardOfKey('县文旅局 - 副本', 4));
    const shards = [1, 2, 3, 4].map((i) => {
      const f = `out-副本/shard-${i}.json`;
      const r = runBin(['副本', ...common, '--shard', `${i}/4`, '-o', f], { cwd: dir });
      expect(r.stderr).toBe('');
      return f;
    });
    const m = runBin(['merge', ...shards, '-f', 'json:out-副本/merged.json'], { cwd: dir });
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    expect(read('副本', 'merged.json').equals(read('副本', 'report.json'))).toBe(true);
  });
});
