/** `ledger-check festivals <year> [--format json] [--rules file]`: each festival's date and window. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { festivalWindows } from '../../festivals/index.js';

const TEXT = {
  zh: {
    badYear: (y: string) => `年份无效：${y}（请写四位公历年份，如 2026，范围 1901–2099）`,
    badFormat: (f: string) => `未知的输出格式：${f}（可用：pretty、json）`,
    heading: (y: number) => `${y} 年我们的节日（日期由农历计算，清明为节气；活动时段取自规则集）`,
    cols: ['节日', '日期', '活动时段'],
  },
  en: {
    badYear: (y: string) => `invalid year: ${y} (give a four-digit Gregorian year such as 2026, 1901–2099)`,
    badFormat: (f: string) => `unknown format: ${f} (available: pretty, json)`,
    heading: (y: number) => `我们的节日 in ${y} (lunar dates; 清明 is a solar term; windows from the rule set)`,
    cols: ['festival', 'date', 'window'],
  },
};

export function register(program: Command, io: CliIO): void {
  program
    .command('festivals')
    .description('dates and activity windows of 我们的节日 for a year / 某年各传统节日的日期与活动时段')
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
      const rules = loadRules({ file: o.rules, lang });
      const list = festivalWindows(year, rules.festivals);
      if (o.format === 'json') {
        io.stdout(`${JSON.stringify(list.map((w) => ({ name: w.name, date: w.date, window: { from: w.from, to: w.to } })), null, 2)}\n`);
      } else {
        const lines = list.map((w) => `${w.name}  ${w.date}  ${w.from} ~ ${w.to}`);
        io.stdout(`${t.heading(year)}\n${t.cols.join('  ')}\n${lines.join('\n')}\n`);
      }
      io.setExitCode(0);
    });
}
