/**
 * --help says where the rule and review files are looked for as the code does (src/rules/files.ts
 * materialTop): when one indicator folder is checked, from above its unit folder (the unit folder
 * is the department's material and is never read), in both languages.
 */
import { expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import type { Lang } from '../../src/types.js';

const option = (lang: Lang, flag: string) => {
  const io = { stdout: () => {}, stderr: () => {}, lang: () => lang, setExitCode: () => {} };
  const p: Command = buildProgram(io, { isTTY: false, stderrTTY: false, ci: true, noColor: true, forceColor: false });
  const check = p.commands.find((c) => c.name() === 'check') ?? p;
  return check.options.find((o) => o.long === flag)!.description;
};

it('--rules and --review: from above the unit folder when one indicator folder is checked', () => {
  for (const flag of ['--rules', '--review']) {
    expect(option('en', flag), flag).toMatch(/from the unit folder's parent when the folder is, or is inside, one indicator folder/);
    expect(option('zh', flag), flag).toMatch(/只查一个指标文件夹或其中的子文件夹时从单位文件夹的上一级/);
  }
});
