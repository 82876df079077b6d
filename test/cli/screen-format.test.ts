/**
 * `inspect` and `rules` print pretty or json only: another format name is a usage error (exit 2,
 * nothing on stdout), as for `festivals` and the check. `rules -f xml` printed the list, exit 0;
 * `inspect -f yaml` printed its pretty form, exit 0.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/cli/program.js';
import type { Lang } from '../../src/types.js';
import { repoRoot } from './helpers.js';

async function run(argv: string[], lang: Lang = 'zh') {
  const out: string[] = [];
  const err: string[] = [];
  let code: number | undefined;
  const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), lang: () => lang, setExitCode: (n: number) => void (code = n) };
  await runProgram(lang === 'en' ? ['--lang', 'en', ...argv] : argv, io, { isTTY: false, stderrTTY: false, ci: true, noColor: true, forceColor: false });
  return { stdout: out.join(''), stderr: err.join(''), code };
}

const file = path.join(repoRoot, 'fixtures/demo/台账/县教育局/Ⅲ—15 志愿服务/说明报告.docx');

describe('inspect and rules: pretty or json, nothing else', () => {
  it('rules -f xml: exit 2, says which formats there are (zh and en)', async () => {
    expect(await run(['rules', '-f', 'xml'])).toEqual({ stdout: '', stderr: 'ledger-check: 未知的输出格式：xml（可用：pretty、json）\n', code: 2 });
    expect((await run(['rules', '-f', 'xml'], 'en')).stderr).toBe('ledger-check: unknown format: xml (available: pretty, json)\n');
  });

  it('inspect -f yaml: exit 2 before any file is read', async () => {
    expect(await run(['inspect', '-f', 'yaml', file])).toEqual({ stdout: '', stderr: 'ledger-check: 未知的输出格式：yaml（可用：pretty、json）\n', code: 2 });
  });

  it('pretty and json still print', async () => {
    const list = await run(['rules', '-f', 'json']);
    expect(list.code ?? 0).toBe(0);
    expect(JSON.parse(list.stdout).length).toBeGreaterThan(50);
    expect((await run(['rules'])).stdout).toContain('report.element-missing');
    const one = await run(['inspect', '-f', 'json', file]);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)[0].status).toBe('ok');
  }, 60_000);
});
