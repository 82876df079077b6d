/**
 * The screen report of a whole county ends with a table of its units (as the HTML and xlsx
 * summary do): completion, errors, warnings and files not checked, the units to chase first,
 * readable in 80 columns, in Chinese and English.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { formatPretty } from '../../src/format/pretty.js';
import { displayWidth } from '../../src/format/terminal.js';
import type { Report } from '../../src/types.js';
import { repoRoot } from '../cli/helpers.js';

let zh: Report;
let en: Report;
beforeAll(async () => {
  const dir = path.join(repoRoot, 'fixtures/demo/台账');
  zh = await check({ path: dir, asOf: '2026-10-20' });
  en = await check({ path: dir, asOf: '2026-10-20', lang: 'en' });
});
const pretty = (r: Report, width?: number) => formatPretty(r, { color: false, quiet: false, width }) as string;
/** The table: from its title to the blank line after it. */
const table = (text: string, title: string) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(title));
  expect(at, 'the overview table is printed').toBeGreaterThan(-1);
  const end = lines.indexOf('', at);
  return lines.slice(at, end);
};
const LONG = '清河县城市管理综合行政执法局市容环境卫生管理所（县环卫所）';
/** The report with one unit renamed (its name is all the table shows of it). */
const renamedUnit = (r: Report, from: string, to: string): Report => ({ ...r, units: r.units.map((u) => (u.name === from ? { ...u, name: to } : u)) });

describe('pretty: a county run ends with its units side by side', () => {
  it('zh: every unit with its completion, errors, warnings and files not checked, lowest completion first, then 合计', () => {
    const rows = table(pretty(zh), '各单位完成情况');
    expect(rows[1]).toMatch(/单位\s+状态\s+完成率\s+错误\s+警告\s+未检查/);
    const units = zh.units.filter((u) => !u.otherFolderOf);
    expect(rows.length).toBe(2 + units.length + 1);
    const body = rows.slice(2, 2 + units.length);
    const rates = body.map((l) => Number(/(\d+)%（/.exec(l)![1]));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    for (const u of units) {
      const l = body.find((x) => x.trim().startsWith(`${u.name} `))!;
      expect(l, u.name).toBeDefined();
      expect(l).toContain(`${Math.round(u.completionRate * 100)}%（${u.indicatorsPassed}/${u.indicatorsAssigned}）`);
      expect(l.trim().split(/\s+/).slice(-3).map(Number)).toEqual([u.counts.errors, u.counts.warnings, u.counts.filesNotChecked]);
    }
    const s = zh.summary;
    expect(rows.at(-1)!.trim().split(/\s+/)).toEqual(['合计', '不通过', `${Math.round(s.completionRate * 100)}%（${s.indicatorsPassed}/${s.indicatorsAssigned}）`, String(s.errors), String(s.warnings), String(s.filesNotChecked)]);
    // Just above the summary line, where the screen ends.
    const text = pretty(zh);
    expect(text.indexOf('各单位完成情况')).toBeGreaterThan(text.indexOf('怎么改（'));
    expect(text.indexOf('各单位完成情况')).toBeLessThan(text.indexOf('汇总：'));
  });

  it('en: English words, the same rows', () => {
    const rows = table(pretty(en), 'Completion by unit');
    expect(rows[1]).toMatch(/Unit\s+Status\s+Completion\s+Errors\s+Warnings\s+Not checked/);
    expect(rows.at(-1)!.trim()).toMatch(/^Total\s+fail\s+\d+% \(\d+\/\d+\)/);
    expect(rows.join('\n')).not.toMatch(/不通过|通过|合计/);
  });

  it('fits 80 columns (also when not a terminal) and wraps a long unit name inside its column, whole', () => {
    const r = renamedUnit(zh, zh.units[0]!.name, LONG);
    for (const width of [undefined, 80]) {
      const rows = table(pretty(r, width), '各单位完成情况');
      for (const l of rows) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
      expect(rows.map((l) => l.trim().split(/\s{2,}/)[0]).join('')).toContain(LONG);
      // The figures stay on the name's first line, in the same columns as the header's.
      const first = rows.find((l) => l.includes(LONG.slice(0, 4)))!;
      expect(first).toMatch(/不通过|未检查|通过/);
      const colOf = (l: string, word: string) => displayWidth(l.slice(0, l.indexOf(word)));
      expect(colOf(first, '%') + 1).toBeLessThanOrEqual(colOf(rows[1]!, '完成率') + displayWidth('完成率'));
    }
    const en80 = table(pretty(renamedUnit(en, en.units[0]!.name, LONG), 80), 'Completion by unit');
    for (const l of en80) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
  });

  it('another folder of a unit is listed after 合计, apart, and the root outside every unit has its row', () => {
    const u = zh.units[0]!;
    const r: Report = {
      ...zh,
      units: [...zh.units, { ...u, name: `${u.name} - 副本`, otherFolderOf: u.name }],
      outside: { errors: 1, warnings: 0, infos: 0, files: 1, filesPassed: 0, filesFailed: 1, filesNotChecked: 0, reviewed: 0, filesReviewed: 0 },
    };
    const rows = table(pretty(r), '各单位完成情况');
    const total = rows.findIndex((l) => l.trim().startsWith('合计'));
    expect(rows[total - 1]!.trim()).toMatch(/^根目录（不属于任何单位）\s+1\s+0\s+0$/);
    expect(rows.findIndex((l) => l.includes('同一单位的其他文件夹'))).toBe(total + 1);
    expect(rows[total + 2]!.trim().startsWith(`${u.name} - 副本`)).toBe(true);
  });

  it('not printed for one unit’s folder', async () => {
    const one = await check({ path: path.join(repoRoot, 'fixtures/demo/台账/县教育局'), asOf: '2026-10-20' });
    expect(one.mode).toBe('unit');
    expect(pretty(one)).not.toContain('各单位完成情况');
  });
});

/**
 * final-review20 item 3: below the width its figure columns need (about 50 columns in Chinese, 66 in
 * English) the table ran over the terminal and names wrapped at 8 columns. A narrow terminal now gets
 * each unit on its own line and its figures, labelled, on the next — every line within the width.
 */
describe('pretty: the units on a narrow terminal', () => {
  const labelled = (r: Report, width: number, title: string) => {
    const rows = table(pretty(renamedUnit(r, r.units[0]!.name, LONG), width), title);
    for (const l of rows) expect(displayWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
    return rows;
  };

  it.each([30, 40, 49])('zh at %i columns: within the width, each unit whole, its figures labelled', (width) => {
    const rows = labelled(zh, width, '各单位完成情况');
    const text = rows.map((l) => l.trim()).join('');
    expect(text).toContain(LONG);
    for (const u of zh.units.filter((x) => !x.otherFolderOf)) {
      const name = u === zh.units[0] ? LONG : u.name;
      const at = rows.findIndex((l) => l.trim() === name || l.trim().startsWith(name.slice(0, 6)));
      expect(at, name).toBeGreaterThan(0);
      const after = rows.slice(at).join(' ');
      expect(after).toContain(`完成率 ${Math.round(u.completionRate * 100)}%（${u.indicatorsPassed}/${u.indicatorsAssigned}）`);
      expect(after).toContain(`错误 ${u.counts.errors}`);
      expect(after).toContain(`警告 ${u.counts.warnings}`);
      expect(after).toContain(`未检查 ${u.counts.filesNotChecked}`);
    }
    expect(rows.some((l) => l.trim() === '合计')).toBe(true);
  });

  it.each([40, 60, 65])('en at %i columns: within the width, figures labelled in English', (width) => {
    const rows = labelled(en, width, 'Completion by unit');
    const s = en.summary;
    const total = rows.findIndex((l) => l.trim() === 'Total');
    expect(total).toBeGreaterThan(0);
    expect(rows.slice(total).join(' ')).toMatch(new RegExp(`Completion ${Math.round(s.completionRate * 100)}% \\(${s.indicatorsPassed}/${s.indicatorsAssigned}\\)`));
    expect(rows.slice(total).join(' ')).toContain(`Errors ${s.errors}`);
    expect(rows.join('\n')).not.toMatch(/不通过|合计|完成率/);
  });

  it('where the columns fit (zh 60, en 70, 80) the table is as before, within the width', () => {
    for (const [r, width, title, head] of [
      [zh, 60, '各单位完成情况', /单位\s+状态\s+完成率\s+错误\s+警告\s+未检查/],
      [zh, 80, '各单位完成情况', /单位\s+状态\s+完成率\s+错误\s+警告\s+未检查/],
      [en, 70, 'Completion by unit', /Unit\s+Status\s+Completion\s+Errors\s+Warnings\s+Not checked/],
    ] as const) {
      const rows = table(pretty(renamedUnit(r, r.units[0]!.name, LONG), width), title);
      expect(rows[1]).toMatch(head);
      for (const l of rows) expect(displayWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
    }
  });
});
