/**
 * Every finding the report counts appears in every format, wherever it sits: a rule, review or
 * ignore file planted in the checked folder (file.rules-inside-material) at the county root (no
 * unit), in a unit folder and in an indicator folder; a stray file at the county root; a
 * duplicate-photo group spanning two units. JSON, JUnit, SARIF and GitLab carry each finding;
 * the screen, the page and the workbook carry each one too (a duplicate group once).
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import { unitReport } from '../../src/format/split.js';
import type { Finding, Lang, Report } from '../../src/types.js';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { tempDir } from '../helpers/temp.js';

let dir: string;
const reports = {} as Record<Lang, Report>;
const camera = { make: 'HUAWEI', model: 'P60', dateTimeOriginal: '2026-06-19 09:30:00', modifyDate: '2026-06-19 09:30:00' };

beforeAll(async () => {
  dir = tempDir('lc-every-finding-');
  const root = path.join(dir, '台账');
  const put = (rel: string, data: Buffer | string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), data);
  };
  const photo = await makeJpeg({ seed: 7, width: 1600, height: 1200, exif: camera, thumbnail: true });
  put('.ledger-check.yaml', 'name: planted\n');
  put('县教育局/.ledgercheckignore', '*.jpg\n');
  put('县教育局/Ⅲ—12 我们的节日/ledger-check-review.yaml', 'entries: []\n');
  put('县教育局/Ⅲ—12 我们的节日/2026-06-19 县一中 端午包粽子.jpg', photo);
  put('县文旅局/Ⅲ—12 我们的节日/2026-06-19 县文化馆 端午包粽子.jpg', photo);
  put('说明.txt', '各单位材料见子文件夹');
  for (const lang of ['zh', 'en'] as const) reports[lang] = await check({ path: root, asOf: '2026-10-20', lang, ocr: false });
}, 240_000);

const opts = { color: false, quiet: false };
const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A duplicate group is stated once in each unit it touches (by its first member there), as it is counted. */
const statedOnce = (r: Report) => {
  const seen = new Set<string>();
  const key = (f: Finding) => `${f.unit}|${f.group}`;
  return r.findings.filter((f) => !f.group || (!seen.has(key(f)) && seen.add(key(f))));
};
const planted = (r: Report) => r.findings.filter((f) => f.ruleId === 'file.rules-inside-material');

describe.each(['zh', 'en'] as const)('every finding in every format (%s)', (lang) => {
  it('the tree has what the test is about', () => {
    const r = reports[lang];
    expect(planted(r).map((f) => [f.file, f.unit])).toEqual(
      expect.arrayContaining([
        ['.ledger-check.yaml', null],
        ['县教育局/.ledgercheckignore', '县教育局'],
        ['县教育局/Ⅲ—12 我们的节日/ledger-check-review.yaml', '县教育局'],
      ]),
    );
    expect(r.groups?.some((g) => new Set(g.files.map((p) => p.split('/')[0])).size === 2)).toBe(true);
    expect(r.findings.some((f) => f.file === '说明.txt' && f.unit === null)).toBe(true);
  });

  it('JUnit: each finding in a test case, the county root’s too', () => {
    const r = reports[lang];
    const xml = String(formatters.junit!(r, opts));
    for (const f of r.findings) expect(xml, f.ruleId + ' ' + f.file).toContain(xmlEsc(f.message));
    // The root's planted file is in a test case of its own, named in the run's language.
    const rootCase = lang === 'zh' ? '根目录（不属于任何单位）' : 'Root folder (no unit)';
    expect(new RegExp(`<testcase [^>]*name="${rootCase.replace(/[()]/g, '\\$&')}">[^]*?\\.ledger-check\\.yaml[^]*?</testcase>`).test(xml)).toBe(true);
  });

  it('SARIF and GitLab: one result per finding', () => {
    const r = reports[lang];
    const sarif = JSON.parse(String(formatters.sarif!(r, opts)));
    expect(sarif.runs[0].results).toHaveLength(r.findings.length);
    expect(JSON.parse(String(formatters.gitlab!(r, opts)))).toHaveLength(r.findings.length);
  });

  it('the screen and the HTML page: each finding, a group once', () => {
    const r = reports[lang];
    const screen = String(formatters.pretty!(r, opts));
    const page = String(formatters.html!(r, opts));
    for (const f of statedOnce(r)) {
      const text = f.message.split(/[（(]/)[0]!; // a group's message gains its size inside the parenthesis
      expect(screen, f.ruleId + ' ' + f.file).toContain(text);
      expect(page, f.ruleId + ' ' + f.file).toContain(xmlEsc(text).replace(/'/g, '&#39;'));
    }
    // Each planted file is named with its path on the page.
    for (const f of planted(r)) expect(page).toContain(f.file!);
  });

  it('the workbook: each finding a row, a group once', async () => {
    const r = reports[lang];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formatters.xlsx!(r, opts)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[2]!;
    const rows: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) rows.push(`${row.getCell(9).value}|${String(row.getCell(7).value).split(/[（(]/)[0]}`);
    });
    expect(rows.sort()).toEqual(statedOnce(r).map((f: Finding) => `${f.ruleId}|${f.message.split(/[（(]/)[0]}`).sort());
    // Rows outside every unit are named as in the summary and come last, as there.
    const units: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) units.push(String(row.getCell(1).value));
    });
    const root = lang === 'zh' ? '根目录（不属于任何单位）' : 'Root folder (no unit)';
    expect(units).toContain(root);
    expect(units.slice(units.indexOf(root)).every((u) => u === root)).toBe(true);
  });
});

describe.each(['zh', 'en'] as const)('the table of units adds up to the summary (%s)', (lang) => {
  const keys = ['errors', 'warnings', 'infos', 'files', 'filesNotChecked'] as const;
  it('in the report: the units’ counts plus what lies outside every unit are the summary', () => {
    const r = reports[lang];
    expect(r.outside).toBeDefined();
    for (const k of keys) expect(r.units.reduce((n, u) => n + u.counts[k], r.outside![k]), k).toBe(r.summary[k]);
    // The group across two units counts in each: each unit has to replace its copy.
    const dup = r.findings.filter((f) => f.ruleId === 'photo.duplicate');
    expect(dup.map((f) => f.unit).sort()).toEqual(['县教育局', '县文旅局']);
  });

  it('on the page: the rows, the root row and the total', () => {
    const r = reports[lang];
    const page = String(formatters.html!(r, opts));
    const nums = (row: string) => [...row.matchAll(/<t[dh] class="num">(\d*)<\/t[dh]>/g)].map((m) => Number(m[1]));
    const rows = [...page.matchAll(/<tr data-order="\d+">(.*?)<\/tr>/gs)].map((m) => nums(m[1]!));
    const root = nums(/<tr class="outside">(.*?)<\/tr>/s.exec(page)![1]!);
    const total = nums(/<tfoot>.*<tr><th>.*?<\/tr><\/tfoot>/s.exec(page)![0].split('<tr><th>').pop()!);
    for (const col of [2, 3, 4, 5]) expect(rows.reduce((n, x) => n + x[col]!, root[col]!)).toBe(total[col]);
    expect(page).toContain(lang === 'zh' ? '在每个单位各计一次' : 'counts once in each of them');
  });

  it('in the workbook: the rows, the root row and 合计', async () => {
    const r = reports[lang];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formatters.xlsx!(r, opts)) as unknown as ArrayBuffer);
    const s = wb.worksheets[0]!;
    const values: (string | number)[][] = [];
    s.eachRow((row, n) => {
      if (n > 2) values.push([1, 6, 7, 8, 9].map((c) => row.getCell(c).value as string | number));
    });
    const totalName = lang === 'zh' ? '合计' : 'Total';
    const rootName = lang === 'zh' ? '根目录（不属于任何单位）' : 'Root folder (no unit)';
    const total = values.find((v) => v[0] === totalName)!;
    const parts = values.filter((v) => typeof v[1] === 'number' && v[0] !== totalName);
    expect(parts.map((v) => v[0])).toContain(rootName);
    for (const col of [1, 2, 3, 4]) expect(parts.reduce((n, v) => n + Number(v[col]), 0)).toBe(total[col]);
  });

  it('on the screen: the root has its heading, the note says why a group counts twice', () => {
    const screen = String(formatters.pretty!(reports[lang], opts));
    expect(screen).toContain(lang === 'zh' ? '\n根目录（不属于任何单位）\n' : '\nRoot folder (no unit)\n');
    // …and ends with a blank line before 怎么改, like a unit's block.
    expect(screen).toMatch(lang === 'zh' ? /\n\n怎么改/ : /\n\nHow to fix/);
    expect(screen).toContain(lang === 'zh' ? '跨单位的组在所涉每个单位各计一次' : 'a group across units once in each unit');
  });

  it('the page states as many findings as it counts (its filter count starts at errors + warnings + infos)', () => {
    const r = reports[lang];
    const page = String(formatters.html!(r, opts));
    const stated = page.match(/class="(?:dups )?finding"/g)!.length;
    expect(stated).toBe(r.summary.errors + r.summary.warnings + r.summary.infos);
    // The group's block is in each unit's section, each with its own anchor.
    const blocks = [...page.matchAll(/<div class="dups finding" id="(g-[^"]+)" data-unit="([^"]*)"/g)];
    expect(blocks.map((m) => m[2]).sort()).toEqual(['县教育局', '县文旅局']);
    expect(new Set(blocks.map((m) => m[1])).size).toBe(2);
  });

  it('a unit’s own report (--split-units) has no root row and counts its copy of the group', () => {
    const r = reports[lang];
    const u = unitReport(r, '县文旅局');
    expect(u.outside).toBeUndefined();
    expect(u.summary.errors).toBe(r.units.find((x) => x.name === '县文旅局')!.counts.errors);
    expect(u.findings.some((f) => f.ruleId === 'photo.duplicate')).toBe(true);
  });
});
