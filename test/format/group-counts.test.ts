/**
 * A duplicate-photo group is one problem: the report's counts (and so the JSON, the screen, the
 * HTML page, the workbook and --max-warnings) count it once, not once per member file, and the
 * places that state the group say how many files it has.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { formatters } from '../../src/format/index.js';
import { renderMessage } from '../../src/messages/index.js';
import type { RunModel, UnitModel } from '../../src/checks/types.js';
import type { ExtractedFile, Finding, Lang, Report } from '../../src/types.js';
import { indicatorOf, photo, rules } from '../boundaries/helpers.js';

const rs = rules();
function unit(name: string, files: ExtractedFile[]): UnitModel {
  const own = files.map((f) => ({ ...f, unit: name, indicator: 'III-12', path: `${name}/III-12/${f.name}` }));
  return { name, folder: name, indicators: [{ ...indicatorOf(rs, own), folder: `${name}/III-12` }], assigned: ['III-12'], rootFiles: [], files: own };
}
const u = unit('县教育局', [photo('a.jpg'), photo('b.jpg'), photo('c.jpg'), photo('d.jpg')]);
const [a, b, c, d] = u.files.map((f) => f.path) as [string, string, string, string];
const near = (file: string, others: string[], lang: Lang = 'zh'): Finding => {
  const args = { file: file.split('/').pop()!, others, more: 0, count: others.length + 1, scope: 'indicator', distance: 3 };
  return { ruleId: 'photo.near-duplicate', severity: 'warning', unit: '县教育局', indicator: 'III-12', file, group: 'photo.near-duplicate#1', args, message: renderMessage('photo.near-duplicate', lang, args) };
};
const caption: Finding = { ruleId: 'photo.caption-missing-fields', severity: 'warning', unit: '县教育局', indicator: 'III-12', file: d, args: {}, message: 'd.jpg：缺少地点' };
const findings = (lang: Lang) => [near(a, [b, c], lang), near(b, [a, c], lang), near(c, [a, b], lang), caption];
function build(lang: Lang = 'zh', maxWarnings?: number): Report {
  const model: RunModel = { units: [u], files: u.files };
  return buildReport(model, findings(lang), { root: '/x', mode: 'unit', asOf: '2025-09-01', lang, rules: rs, version: '9.9', maxWarnings });
}
const opts = { color: false, quiet: false };

describe('a duplicate group counts once', () => {
  it('in the report: summary and unit counts, and --max-warnings', () => {
    const r = build();
    expect(r.summary.warnings).toBe(2);
    expect(r.units[0]!.counts.warnings).toBe(2);
    expect(r.findings.filter((f) => f.ruleId === 'photo.near-duplicate')).toHaveLength(3); // the JSON keeps each file's finding
    expect(r.groups).toEqual([{ id: 'photo.near-duplicate#1', ruleId: 'photo.near-duplicate', files: [a, b, c] }]);
    expect(build('zh', 2).summary.status).toBe('pass');
    expect(build('zh', 1).summary.status).toBe('fail');
  });

  it('on the screen: the count and the group’s size', () => {
    const out = formatters.pretty!(build(), opts) as string;
    expect(out).toContain('2 个警告');
    expect(out).toContain('（重复照片每组计一次）');
    expect(out).toContain('几乎是同一张照片（相似度 95%，同一指标内，本组共 3 个文件）');
    expect(formatters.pretty!(build('en'), opts) as string).toContain('within one indicator, 3 files in this group)');
  });

  it('on the HTML page: the summary row and the group', () => {
    const page = formatters.html!(build(), opts) as string;
    const row = /<tr data-order="0">(.*?)<\/tr>/s.exec(page)![1]!;
    const cells = [...row.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(cells).toEqual([1, 1, 0, 2, 4, 0]); // assigned, passed, errors, warnings, files, not checked
    expect(page).toContain('本组共 3 个文件');
    expect(page).toContain('重复或几乎相同的照片每组计一次');
  });

  it('in the workbook: the summary row, one findings row for the group', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formatters.xlsx!(build(), opts)) as unknown as ArrayBuffer);
    const s = wb.getWorksheet('汇总')!;
    expect(s.getRow(3).getCell(7).value).toBe(2);
    const f = wb.getWorksheet('问题清单')!;
    const rules: string[] = [];
    const messages: string[] = [];
    f.eachRow((row, n) => {
      if (n > 2) {
        rules.push(String(row.getCell(9).value));
        messages.push(String(row.getCell(7).value));
      }
    });
    expect(rules.sort()).toEqual(['photo.caption-missing-fields', 'photo.near-duplicate']);
    expect(messages.find((m) => m.includes('几乎'))).toContain('本组共 3 个文件');
  });

  it('a group of two says nothing more (its message names the other file)', () => {
    const two = buildReport({ units: [u], files: u.files }, [near(a, [b]), { ...near(b, [a]) }], { root: '/x', mode: 'unit', asOf: '2025-09-01', lang: 'zh', rules: rs, version: '9.9' });
    expect(two.summary.warnings).toBe(1);
    expect(formatters.pretty!(two, opts) as string).not.toContain('本组共');
  });
});

describe('a group of more than 50 files on the page', () => {
  const many = unit('县教育局', Array.from({ length: 52 }, (_, i) => photo(`p${String(i).padStart(2, '0')}.jpg`)));
  const build52 = (lang: Lang) => {
    const paths = many.files.map((f) => f.path);
    const fs_ = paths.map((p) => near(p, paths.filter((q) => q !== p).slice(0, 5), lang));
    return buildReport({ units: [many], files: many.files }, fs_, { root: '/x', mode: 'unit', asOf: '2025-09-01', lang, rules: rs, version: '9.9' });
  };
  it('says how many are shown, in the page’s own punctuation', () => {
    const zh = formatters.html!(build52('zh'), opts) as string;
    expect(zh).toContain('（只显示前 50 个，共 52 个文件）');
    const en = formatters.html!(build52('en'), opts) as string;
    expect(en).toContain(' (the first 50 of 52 files shown)');
    expect(en).not.toMatch(/[（）]/);
  });
});
