/** `ledger-check festivals <year> [--format json] [--rules file]`: each festival's date and window. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { givenRuleFile } from '../../rules/files.js';
import { festivalWindowsInPeriod } from '../../festivals/index.js';
import { perFestival } from '../../festivals/table.js';
import { padDisplay, displayWidth } from '../../format/terminal.js';

/** English names for --lang en (the Chinese name follows in brackets, as rule files write it). */
const EN_NAMES: Record<string, string> = perFestival((f) => f.en);

const TEXT = {
  zh: {
    badYear: (y: string) => `年份无效：${y}（请写四位公历年份，如 2026，范围 1901–2099）`,
    badFormat: (f: string) => `未知的输出格式：${f}（可用：pretty、json）`,
    heading: (y: number, from: string, to: string) => `${y} 年度测评周期（${from} ~ ${to}）内的我们的节日（日期由农历计算，清明为节气；测评周期和活动时段取自规则集）`,
    cols: ['节日', '日期', '活动时段'],
  },
  en: {
    badYear: (y: string) => `invalid year: ${y} (give a four-digit Gregorian year such as 2026, 1901–2099)`,
    badFormat: (f: string) => `unknown format: ${f} (available: pretty, json)`,
    heading: (y: number, from: string, to: string) => `Traditional festivals (我们的节日) in the ${y} evaluation period, ${from} to ${to} (lunar dates; 清明 is a solar term; period and windows from the rule set)`,
    cols: ['festival', 'date', 'window'],
  },
};

export function register(program: Command, io: CliIO): void {
  program
    .command('festivals')
    .description('dates and activity windows of 我们的节日 in the evaluation period of a year / 某年度测评周期内各传统节日的日期与活动时段')
    .argument('<year>', 'Gregorian year, e.g. 2026')
    .option('-f, --format <name>', 'pretty or json', 'pretty')
    .option('-r, --rules <file>', 'rule file whose festival windows to use (default: built-in)')
    .action(async (yearArg: string, o: { format: string; rules?: string }) => {
      const lang = io.lang();
      const t = TEXT[lang];
      const year = Number(yearArg);
      if (!/^\d{4}$/.test(yearArg.trim()) || year < 1901 || year > 2099) {
        io.stderr(`ledger-check: ${t.badYear(yearArg)}\n`);
        io.setExitCode(2);
        return;
      }
      if (o.format !== 'json' && o.format !== 'pretty') {
        io.stderr(`ledger-check: ${t.badFormat(o.format)}\n`);
        io.setExitCode(2);
        return;
      }
      const { loadRules } = await import('../../rules/load.js');
      const rules = loadRules({ file: o.rules === undefined ? undefined : givenRuleFile(o.rules), lang });
      const period = periodOf(year, rules.period);
      const list = festivalWindowsInPeriod(period, rules.festivals);
      if (o.format === 'json') {
        io.stdout(`${JSON.stringify({ period, festivals: list.map((w) => ({ name: w.name, date: w.date, window: { from: w.from, to: w.to } })) }, null, 2)}\n`);
      } else {
        const rows = [t.cols, ...list.map((w) => [lang === 'en' && EN_NAMES[w.name] ? `${EN_NAMES[w.name]} (${w.name})` : w.name, w.date, `${w.from} ~ ${w.to}`])];
        const widths = t.cols.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
        const lines = rows.map((r) => r.map((c, i) => (i < r.length - 1 ? padDisplay(c, widths[i]!) : c)).join('  '));
        io.stdout(`${t.heading(year, period.start, period.end)}\n${lines.join('\n')}\n`);
      }
      io.setExitCode(0);
    });
}

/**
 * The evaluation period of year `year`: the rule set's period moved by whole years so that it ends
 * in `year` (the built-in 2025-08-01 ~ 2026-07-31 is the 2026 evaluation's).
 */
export function periodOf(year: number, period: { start: string; end: string }): { start: string; end: string } {
  const shift = year - Number(period.end.slice(0, 4));
  const move = (d: string) => {
    const y = Number(d.slice(0, 4)) + shift;
    let md = d.slice(4);
    // 29 February exists only in leap years.
    if (md === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) md = '-02-28';
    return `${String(y).padStart(4, '0')}${md}`;
  };
  return { start: move(period.start), end: move(period.end) };
}
