import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import stringWidth from 'string-width';
import { buildProgram } from '../../src/cli/program.js';
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
