import { describe, expect, it, beforeAll } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import YAML from 'yaml';
import type { CliIO } from '../../src/cli/io.js';
import { register as registerFestivals } from '../../src/cli/commands/festivals.js';
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
  it('prints JSON: name, date and window of every festival of the year', async () => {
    const r = await cli(['festivals', '2026', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const list = JSON.parse(r.stdout) as { name: string; date: string; window: { from: string; to: string } }[];
    expect(list.map((f) => f.name).sort()).toEqual([...FESTIVALS].sort());
    for (const f of list) {
      expect(f.date).toBe(festivalDate(f.name as (typeof FESTIVALS)[number], 2026));
      expect(f.window.from < f.date && f.date < f.window.to).toBe(true);
    }
  });

  it('takes windows from a rule file', async () => {
    const file = path.join(dir, 'w.yaml');
    await fs.writeFile(file, 'name: t\nversion: 1\nextends: builtin\nfestivals: { 端午: { before: 0, after: 0 } }\n');
    const r = await cli(['festivals', '2026', '-f', 'json', '--rules', file]);
    const dw = (JSON.parse(r.stdout) as { name: string; date: string; window: { from: string; to: string } }[]).find((f) => f.name === '端午')!;
    expect(dw.window).toEqual({ from: dw.date, to: dw.date });
  });

  it('prints a readable table by default', async () => {
    const r = await cli(['festivals', '2025']);
    expect(r.stdout).toContain(`端午  ${festivalDate('端午', 2025)}`);
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
    const xls = path.join(dir, 'old.xls');
    await fs.writeFile(xls, makeCfbStub('xls'));
    expect((await cli(['rules', 'import', xls], 'en')).stderr).toContain('save it as .xlsx');
    expect((await cli(['rules'])).stdout).toBe('rules list\n');
  });
});
