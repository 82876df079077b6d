import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import stringWidth from 'string-width';
import { buildProgram, runProgram } from '../../src/cli/program.js';
import { wrapHelpText } from '../../src/cli/help.js';
import type { Lang } from '../../src/types.js';

function program(lang: Lang): Command {
  const io = { stdout: () => {}, stderr: () => {}, lang: () => lang, setExitCode: () => {} };
  return buildProgram(io, { isTTY: false, stderrTTY: false, ci: true, noColor: true, forceColor: false });
}
function texts(cmd: Command, out: string[] = []): string[] {
  out.push(cmd.description());
  for (const o of cmd.options) out.push(o.description ?? '');
  for (const a of cmd.registeredArguments) out.push(a.description);
  for (const c of cmd.commands) texts(c, out);
  return out.filter(Boolean);
}

describe('--help in the run’s language', () => {
  it('zh: every command, option and argument text is Chinese (a new option without a translation fails here)', () => {
    const english = texts(program('zh')).filter((t) => !/\p{Script=Han}/u.test(t));
    expect(english).toEqual([]);
  });

  it('en: no text is Chinese apart from the names of things (台账, 任务分解表, examples)', () => {
    for (const t of texts(program('en'))) {
      const han = t.match(/\p{Script=Han}+/gu) ?? [];
      for (const word of han) expect(['台账', '我们的节日', '全国县级文明城市', '任务分解表', '县教育局', '已人工确认', '已核对原件', '县创文办']).toContain(word);
    }
  });
});

describe('--help wraps Chinese descriptions by display width', () => {
  it('zh: every option line fits 80 columns; no line ends with an opening bracket', () => {
    const p = program('zh');
    p.configureOutput({ getOutHelpWidth: () => 80 });
    const text = p.helpInformation();
    const options = text.slice(text.indexOf('选项：'), text.indexOf('命令：'));
    expect(options.length).toBeGreaterThan(200);
    for (const line of options.split('\n')) {
      expect(stringWidth(line), line).toBeLessThanOrEqual(80);
      expect(line, line).not.toMatch(/[（《“]$/);
    }
    // Nothing lost: the long cache description is whole once the breaks are joined.
    expect(options.replace(/\n\s+/g, '')).toContain('否则用户缓存目录（~/.cache/ledger-check）');
  });

  it('wrapHelpText keeps its own line breaks and leaves narrow widths alone', () => {
    expect(wrapHelpText('一二三\n四五六', 80)).toBe('一二三\n四五六');
    expect(wrapHelpText('一二三四五六七八九十'.repeat(3), 30)).toBe('一二三四五六七八九十'.repeat(3));
    expect(wrapHelpText('一二三四五六七八九十'.repeat(6), 40).split('\n')).toHaveLength(3);
  });
});

describe('a command that needs a subcommand', () => {
  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    let code: number | undefined;
    const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), lang: () => 'zh' as Lang, setExitCode: (n: number) => void (code = n) };
    await runProgram(argv, io, { isTTY: false, stderrTTY: false, ci: true, noColor: true, forceColor: false });
    return { stdout: out.join(''), stderr: err.join(''), code };
  }

  it('given none (`ledger-check review`): its help on stderr, exit 2 — was nothing at all and exit 0', async () => {
    const r = await run(['review']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('用法： ledger-check review');
    expect(r.stderr).toContain('accept');
    const en = await run(['--lang', 'en', 'review']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Usage: ledger-check review');
  });

  it('asked for (`review help`, `review --help`): on stdout, exit 0', async () => {
    for (const argv of [['review', 'help'], ['review', '--help']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toContain('用法： ledger-check review');
      expect(r.stderr).toBe('');
    }
  });

  it('zh: its `help [command]` line is Chinese too (commander adds it in English)', () => {
    const review = program('zh').commands.find((c) => c.name() === 'review')!;
    const text = review.helpInformation();
    expect(text).toContain('help [command]');
    expect(text).not.toContain('display help');
    expect(text).toContain('显示某个命令的帮助');
    expect(program('zh').helpInformation()).toContain('显示某个命令的帮助');
    expect(program('en').commands.find((c) => c.name() === 'review')!.helpInformation()).toContain('display help for command');
  });
});
