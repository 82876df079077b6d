import { describe, expect, it, beforeAll } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import YAML from 'yaml';
import type { CliIO } from '../../src/cli/io.js';
import { register as registerFestivals, periodOf } from '../../src/cli/commands/festivals.js';
import stringWidth from 'string-width';
import { register as registerImport } from '../../src/cli/commands/import.js';
import { festivalDate } from '../../src/festivals/index.js';
import { ruleFileSchema, FESTIVALS } from '../../src/rules/schema.js';
import { makeTaskTableXlsx, makeCfbStub } from '../../fixtures/build/xlsx.js';
import { tempDir } from './helpers.js';

async function cli(args: string[], lang: 'zh' | 'en' = 'zh') {
  const out = { stdout: '', stderr: '', code: -1 };
  const io: CliIO = { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), lang: () => lang, setExitCode: (n) => (out.code = n) };
  const program = new Command('ledger-check').exitOverride();
  const rules = program.command('rules').action(() => io.stdout('rules list\n'));
  registerImport(rules, io);
  registerFestivals(program, io);
  await program.parseAsync(args, { from: 'user' });
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('ledger-check festivals', () => {
  it('prints JSON: the evaluation period of the year and every festival in it with its window', async () => {
    const r = await cli(['festivals', '2026', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { period: { start: string; end: string }; festivals: { name: string; date: string; window: { from: string; to: string } }[] };
    // The built-in period is the 2026 evaluation's: 2025-08-01 ~ 2026-07-31 (not the calendar year).
    expect(doc.period).toEqual({ start: '2025-08-01', end: '2026-07-31' });
    const list = doc.festivals;
    expect(list.map((f) => f.name).sort()).toEqual([...FESTIVALS].sort());
    for (const f of list) {
      expect(f.date).toBe(festivalDate(f.name as (typeof FESTIVALS)[number], Number(f.date.slice(0, 4))));
      expect(f.date >= doc.period.start && f.date <= doc.period.end).toBe(true);
      expect(f.window.from < f.date && f.date < f.window.to).toBe(true);
    }
    // 中秋 2025 (10-06) is in the 2026 period; 中秋 2026 (09-25) is not.
    expect(list.find((f) => f.name === '中秋')!.date).toBe('2025-10-06');
    const next = JSON.parse((await cli(['festivals', '2027', '-f', 'json'])).stdout) as { period: unknown };
    expect(next.period).toEqual({ start: '2026-08-01', end: '2027-07-31' });
  });

  it('moves a period that starts on 29 February into years without one', () => {
    expect(periodOf(2025, { start: '2024-02-29', end: '2026-02-28' })).toEqual({ start: '2023-02-28', end: '2025-02-28' });
    expect(periodOf(2028, { start: '2024-02-29', end: '2024-12-31' })).toEqual({ start: '2028-02-29', end: '2028-12-31' });
  });

  it('takes windows from a rule file', async () => {
    const file = path.join(dir, 'w.yaml');
    await fs.writeFile(file, 'name: t\nversion: 1\nextends: builtin\nfestivals: { 端午: { before: 0, after: 0 } }\n');
    const r = await cli(['festivals', '2026', '-f', 'json', '--rules', file]);
    const dw = (JSON.parse(r.stdout) as { festivals: { name: string; date: string; window: { from: string; to: string } }[] }).festivals.find((f) => f.name === '端午')!;
    expect(dw.window).toEqual({ from: dw.date, to: dw.date });
  });

  it('prints a table whose columns line up by display width (CJK counts two)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const r = await cli(['festivals', '2025'], lang);
      expect(r.stdout).toMatch(new RegExp(`端午.*${festivalDate('端午', 2025)}`));
      const rows = r.stdout.trim().split('\n').slice(1);
      expect(rows.length).toBe(FESTIVALS.length + 1);
      // The date column and the window column start at the same terminal column on every row.
      const col = (row: string, re: RegExp) => stringWidth(row.slice(0, row.search(re)));
      const dates = new Set(rows.slice(1).map((row) => col(row, /\d{4}-\d\d-\d\d/)));
      const windows = new Set(rows.slice(1).map((row) => col(row, /\d{4}-\d\d-\d\d ~/)));
      expect([dates.size, windows.size]).toEqual([1, 1]);
    }
  });

  it('exits 2 with a clear message on a bad year or format', async () => {
    const bad = await cli(['festivals', '25']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toContain('年份无效');
    expect((await cli(['festivals', 'abcd'], 'en')).stderr).toContain('invalid year');
    expect((await cli(['festivals', '2025', '-f', 'xml'])).code).toBe(2);
  });
});

describe('ledger-check rules import', () => {
  it('writes a valid rule file with -o and lists what it could not read on stderr', async () => {
    const table = path.join(dir, '任务分解表.xlsx');
    await fs.writeFile(
      table,
      await makeTaskTableXlsx([
        { code: 'Ⅲ—12', project: 'Ⅲ', content: '我们的节日', requirement: '说明报告500字；视频1段', units: '县教育局', leader: '孙八' },
      ]),
    );
    const out = path.join(dir, 'rules.yaml');
    const r = await cli(['rules', 'import', table, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('视频1段');
    expect(ruleFileSchema.safeParse(YAML.parse(await fs.readFile(out, 'utf8'))).success).toBe(true);
    const toStdout = await cli(['rules', 'import', table]);
    expect(YAML.parse(toStdout.stdout).indicators[0].code).toBe('III-12');
  });

  it('exits 2 on a missing, legacy or encrypted table; the plain `rules` command still works', async () => {
    const missing = await cli(['rules', 'import', path.join(dir, 'nope.xlsx')]);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toContain('找不到任务分解表');
    // The path, in the run's language: not the system's English (ENOENT: no such file or directory, open …).
    expect(missing.stderr).toBe(`ledger-check: 找不到任务分解表：${path.join(dir, 'nope.xlsx')}（请检查路径和文件名）\n`);
    expect((await cli(['rules', 'import', path.join(dir, 'nope.xlsx')], 'en')).stderr).toBe(`ledger-check: task table not found: ${path.join(dir, 'nope.xlsx')} (check the path and file name)\n`);
    // Not a workbook: the path alone after the reason, no English aside in the Chinese line.
    const txt = path.join(dir, 'notes.txt');
    await fs.writeFile(txt, '任务分解表见附件');
    expect((await cli(['rules', 'import', txt])).stderr).toBe(`ledger-check: 无法读取任务分解表（需要 .xlsx 文件）：${txt}\n`);
    const xls = path.join(dir, 'old.xls');
    await fs.writeFile(xls, makeCfbStub('xls'));
    expect((await cli(['rules', 'import', xls], 'en')).stderr).toContain('save it as .xlsx');
    expect((await cli(['rules'])).stdout).toBe('rules list\n');
  });
});
