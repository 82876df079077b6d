/** The command-line program: commander wiring only; the work is in the library. */
import fs from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { CliIO } from './io.js';
import type { Lang } from '../types.js';
import path from 'node:path';
import { addCheckOptions, findRuleFiles, runCheck, type CheckFlags } from './commands/check.js';
import { catalog, isRuleId, ruleIds } from '../messages/index.js';
import { RuleFileError } from '../rules/errors.js';
import { ControlFileClash, givenRuleFile } from '../rules/files.js';
import { t, suggestRuleId } from './text.js';
import { VERSION } from '../version.js';
import { localizeHelp } from './help.js';
import { SCREEN_UNSAFE, jsonSafe, visible, visibleLines } from '../format/terminal.js';
import { severityWord } from '../format/words.js';
import { register as registerFestivals } from './commands/festivals.js';
import { register as registerImport } from './commands/import.js';
import { register as registerReview } from './commands/review.js';
import { register as registerMerge } from './commands/merge.js';

export interface Env {
  isTTY: boolean;
  stderrTTY: boolean;
  ci: boolean;
  /** Terminal widths (when a TTY). */
  columns?: number;
  stderrColumns?: number;
  noColor: boolean;
  forceColor: boolean;
}

const EXAMPLES: Record<Lang, string> = {
  zh: `
示例：
  $ ledger-check ./县教育局                         检查一个单位的台账（内置规则）
  $ ledger-check ./台账 --rules 清河县.yaml          检查全县所有单位，用本县规则
  $ ledger-check ./台账 -f pretty -f xlsx:台账检查.xlsx -f html:台账检查.html   给创文办：表格和网页报告
  $ ledger-check ./台账 -f xlsx:台账检查.xlsx --split-units 下发/   另为每个单位各写一个表格
  $ ledger-check ./台账 -f pretty -f sarif:ledger.sarif -f junit:junit.xml   CI：代码扫描和测试报告
  $ ledger-check "./县教育局/Ⅲ—12 我们的节日"          只检查一个指标文件夹
  $ ledger-check ./县教育局 --format json > report.json
  $ ledger-check ./县教育局 --as-of 2026-10-20 --lang en
  $ ledger-check inspect ./县教育局/Ⅲ—12\\ 我们的节日/说明报告.pdf --format json
  $ ledger-check explain report.element-missing     一条规则查什么、怎么改
  $ ledger-check rules                               列出全部规则
  $ ledger-check festivals 2026                      2026 年测评周期内各节日日期与活动时段
  $ ledger-check review accept ./台账/县教育局/移交签单.jpg signoff.manual-review --reason 已核对原件 --by 县创文办 --review ledger-check-review.yaml
                                                     记录人工确认（写入台账文件夹之外的 ledger-check-review.yaml，检查 ./台账 时自动找到）
  $ ledger-check ./台账 --shard 2/8 -o shard-2.json   分片检查：按单位文件夹名的哈希取八分之一的单位（CI 并行）
  $ ledger-check merge shard-*.json -f pretty -f html:台账检查.html   合并分片，得到与一次检查完全相同的报告和退出码

退出码：0 通过 · 1 不通过或有未检查的文件 · 2 无法运行（参数、规则文件、文件夹有误）`,
  en: `
Examples:
  $ ledger-check ./县教育局                         check one unit's ledger (built-in rules)
  $ ledger-check ./台账 --rules 清河县.yaml          check every unit of the county with its own rules
  $ ledger-check ./台账 -f pretty -f xlsx:台账检查.xlsx -f html:台账检查.html   for the county office: table and web page
  $ ledger-check ./台账 -f xlsx:台账检查.xlsx --split-units out/   plus one workbook per unit
  $ ledger-check ./台账 -f pretty -f sarif:ledger.sarif -f junit:junit.xml   CI: code scanning and test report
  $ ledger-check "./县教育局/Ⅲ—12 我们的节日"          check one indicator folder only
  $ ledger-check ./县教育局 --format json > report.json
  $ ledger-check ./县教育局 --as-of 2026-10-20 --lang en
  $ ledger-check inspect ./县教育局/Ⅲ—12\\ 我们的节日/说明报告.pdf --format json
  $ ledger-check explain report.element-missing     what a rule checks and how to fix it
  $ ledger-check rules                               list every rule
  $ ledger-check festivals 2026                      festival dates and windows in the 2026 evaluation period
  $ ledger-check review accept ./台账/县教育局/移交签单.jpg signoff.manual-review --reason "checked against the original" --by "county office" --review ledger-check-review.yaml
                                                     record a person's confirmation (in ledger-check-review.yaml, outside the ledger; a check of ./台账 finds it)
  $ ledger-check ./台账 --shard 2/8 -o shard-2.json   check one eighth of the units (by a hash of their folder names), e.g. in a CI matrix
  $ ledger-check merge shard-*.json -f pretty -f html:report.html   join the shards: the report and exit code one run would give

Exit codes: 0 pass · 1 fail, or some file not checked · 2 cannot run (bad flag, rule file or folder)`,
};

export function buildProgram(io: CliIO, env: Env, commanderErr: (s: string) => void = io.stderr): Command {
  const program = new Command('ledger-check');
  program
    .description('检查县级文明城市网上申报台账（图片、视频、说明报告、部门评价、登记表、移交签单）\nChecks 台账 evidence folders for the 全国县级文明城市 evaluation.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'message language').choices(['zh', 'en']).default('zh'))
    .argument('[folder]', 'unit folder (县教育局) or county folder (台账/) to check')
    .addHelpText('after', EXAMPLES[io.lang()])
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: commanderErr,
    });
  addCheckOptions(program);
  program.action(async (folder: string | undefined, opts: Omit<CheckFlags, 'lang'>) => {
    if (!folder) {
      // A usage error: the help goes to stderr, so stdout (`-f json > r.json`) never holds it.
      program.outputHelp({ error: true });
      io.setExitCode(2);
      return;
    }
    const color = env.noColor ? false : env.forceColor ? true : undefined;
    await runCheck(folder, { ...opts, lang: io.lang(), color: opts.color ?? color }, io, env);
  });

  // inspect and rules print pretty or json: any other name is a usage error (exit 2), as for
  // festivals and the check — `rules -f xml` printed the list and exited 0.
  const screenFormatKnown = (f: string): boolean => {
    if (f === 'pretty' || f === 'json') return true;
    io.stderr(`ledger-check: ${visibleLines(t(io.lang()).badFormat(f, io.lang() === 'zh' ? 'pretty、json' : 'pretty, json'))}\n`);
    io.setExitCode(2);
    return false;
  };

  program
    .command('inspect')
    .description('print the fact records extracted from files (EXIF, video dates, text, sections, rows), the same whatever rule file / 打印从文件中读出的事实记录')
    .argument('<file...>', 'files to inspect')
    .option('-f, --format <name>', 'pretty or json', 'pretty')
    .option('--ocr', 'also read pictures and image-only PDFs by OCR and print their OCR records / 同时对图片和扫描件做文字识别并打印识别记录')
    .option('--ocr-pages <n>', 'pages read by OCR per file with --ocr (default 20) / 每个文件识别的页数（默认 20）')
    .action(async (files: string[], o: { format: string; ocr?: boolean; ocrPages?: string }) => {
      if (!screenFormatKnown(o.format)) return;
      // Loaded here, not at start-up: a check never needs them.
      const [{ inspect }, { default: YAML }, { OCR_DEFAULTS }] = await Promise.all([import('../inspect.js'), import('yaml'), import('../rules/defaults.js')]);
      const pages = o.ocrPages === undefined ? OCR_DEFAULTS.maxPages : Number(o.ocrPages);
      if (!/^\d+$/.test(o.ocrPages ?? '0') || pages > 500) {
        io.stderr(io.lang() === 'zh' ? `ledger-check: --ocr-pages 应为 0 到 500 之间的整数页数，而不是“${String(o.ocrPages)}”\n` : `ledger-check: --ocr-pages takes a whole number of pages from 0 to 500, not "${String(o.ocrPages)}"\n`);
        io.setExitCode(2);
        return;
      }
      // A path typed wrong, or a folder, is the command's mistake (exit 2), not a file's fact record saying ENOENT.
      for (const f of files) {
        let st: fs.Stats | null = null;
        try {
          st = fs.lstatSync(f);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') continue;
        }
        if (st && !st.isDirectory()) continue;
        io.stderr(`ledger-check: ${visibleLines(st ? t(io.lang()).inspectFolder(f) : t(io.lang()).inspectMissing(f))}\n`);
        io.setExitCode(2);
        return;
      }
      const ocrPages = o.ocr ? pages : 0;
      const result = await inspect(files, { ocrPages });
      if (o.format === 'json') io.stdout(`${jsonForScreen(JSON.stringify(result, null, 2))}\n`);
      else io.stdout(YAML.stringify(result.map((r) => ({ ...r, path: forScreen(r.path), records: r.records.map((x) => forScreen(shortenText(withEvidenceText(x)))) })), { lineWidth: 0 }));
      io.setExitCode(result.some((r) => r.status !== 'ok') ? 1 : 0);
    });

  program
    .command('explain')
    .description('what a rule checks, why, and how to fix it / 解释一条规则')
    .argument('<rule-id>', 'a rule id, or a material kind (photo, document, screenshot …)')
    .action(async (id: string) => {
      const lang = io.lang();
      const { explainKind, kindRaising } = await import('../kinds/explain.js'); // not at start-up: a check never needs it
      const info = isRuleId(id) ? catalog[id] : undefined;
      const kind = explainKind(id, lang); // a material kind (photo, document, screenshot …)
      if (!info && kind) {
        io.stdout(kind);
        return;
      }
      if (!info) {
        io.stderr(`ledger-check: ${visibleLines(t(lang).unknownRule(id, suggestRuleId(id, ruleIds)))}\n`);
        io.setExitCode(2);
        return;
      }
      // In words of the run's language, with the value a rule file's `severity:` takes.
      const L = lang === 'zh' ? { sev: '默认级别', why: '为什么', fix: '怎么改', colon: '：' } : { sev: 'default severity', why: 'why', fix: 'how to fix', colon: ': ' };
      const sev = lang === 'zh' ? `${severityWord('zh', info.severity)}（${info.severity}）` : info.severity;
      io.stdout(`${id} — ${info.title[lang]}\n${L.sev}${L.colon}${sev}\n\n${L.why}${L.colon}${info.why[lang]}\n${L.fix}${L.colon}${info.fix[lang]}\n`);
      const raisedBy = kindRaising(id);
      if (raisedBy) io.stdout(`\n${explainKind(raisedBy, lang)}`);
    });

  const rules = program
    .command('rules')
    .description('list every rule id with its severity and title / 列出全部规则')
    .option('-f, --format <name>', 'pretty or json', 'pretty')
    .option('--print-config [file]', 'print the effective rule set (built-in merged with a rule file) as JSON; without a file, the one a check of a folder here would find')
    .action(async (o: { format: string; printConfig?: string | boolean }) => {
      const lang = io.lang();
      if (!screenFormatKnown(o.format)) return;
      if (o.printConfig !== undefined) {
        // Without a file: what a check of a folder here would use (found above the folder, so from
        // the current folder up); which file that is goes to stderr.
        const given = typeof o.printConfig === 'string' ? o.printConfig : undefined;
        const found = given ? { rules: givenRuleFile(given), ignore: null } : findRuleFiles(path.join(process.cwd(), '_'));
        if (!given) io.stderr(`${t(lang).rulesUsed(found.rules ?? null, found.ignore)}\n`);
        const { loadRules } = await import('../rules/load.js');
        io.stdout(`${JSON.stringify(loadRules({ file: found.rules, lang, knownRuleIds: ruleIds }), null, 2)}\n`);
        return;
      }
      const ids = [...ruleIds].sort();
      if (o.format === 'json') {
        io.stdout(`${JSON.stringify(ids.map((id) => ({ id, severity: catalog[id]!.severity, title: catalog[id]!.title[lang] })), null, 2)}\n`);
      } else {
        const width = Math.max(...ids.map((i) => i.length));
        io.stdout(ids.map((id) => `${id.padEnd(width)}  ${catalog[id]!.severity.padEnd(7)}  ${catalog[id]!.title[lang]}`).join('\n') + '\n');
      }
    });
  registerImport(rules, io);
  registerFestivals(program, io);
  registerReview(program, io);
  registerMerge(program, io, env);
  localizeHelp(program, io.lang());
  return program;
}

/**
 * What YAML and JSON print as they are but a terminal acts on: C1 controls (U+009B is CSI), the
 * bidirectional marks, overrides and isolates, and the line and paragraph separators. A handed-in
 * file's name or text carrying them reached the screen through inspect (C0 controls YAML and JSON
 * escape themselves).
 */
/** JSON text with those characters as \uXXXX escapes: the same JSON value, nothing raw on screen. */
const jsonForScreen = jsonSafe;
/** Every string in a value with those characters shown as \u{XXXX} (the human view, as `visible` shows names). */
function forScreen<T>(v: T): T {
  if (typeof v === 'string') return v.replace(SCREEN_UNSAFE, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`) as T;
  if (Array.isArray(v)) return v.map(forScreen) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [forScreen(k), forScreen(x)])) as T;
  return v;
}

/**
 * In the human view each element's evidence shows its sentence and page beside the index
 * (`sentence: 7` pointed into a list of every sentence, printed further down and numbered nowhere:
 * a clerk could not find it). --format json prints the record as extraction makes it.
 */
function withEvidenceText<T extends { facts: object }>(r: T): T {
  const f = r.facts as { elements?: Record<string, { sentence: number }[]>; sentences?: { text: string; page?: number }[] };
  if (!f.elements || !Array.isArray(f.sentences)) return r;
  const sentences = f.sentences;
  const elements = Object.fromEntries(
    Object.entries(f.elements).map(([name, list]) => [
      name,
      list.map((e) => {
        const s = sentences[e.sentence];
        if (!s) return e;
        const { sentence, ...rest } = e;
        return { sentence, ...(s.page !== undefined ? { page: s.page } : {}), text: s.text, ...rest };
      }),
    ]),
  );
  return { ...r, facts: { ...f, elements } };
}

/** Long document text is cut in the human view; --format json prints it whole. */
function shortenText<T extends { facts: object }>(r: T): T {
  const f = r.facts as { text?: string; pageTexts?: string[] };
  if (typeof f.text !== 'string' || f.text.length <= 300) return r;
  return { ...r, facts: { ...f, text: `${f.text.slice(0, 300)}…（${f.text.length}）`, pageTexts: undefined } };
}

const ZH_COMMANDER: Record<string, (m: string) => string> = {
  'commander.unknownOption': (m) => m.replace(/error: unknown option '([^']+)'/, '错误：未知选项 $1').replace(/\(Did you mean (.+)\?\)/, '（是不是 $1？）'),
  'commander.missingArgument': (m) => m.replace(/error: missing required argument '([^']+)'/, '错误：缺少参数 $1'),
  'commander.optionMissingArgument': (m) => m.replace(/error: option '([^']+)' argument missing/, '错误：选项 $1 缺少取值'),
  'commander.missingMandatoryOptionValue': (m) => m.replace(/error: required option '([^']+)' not specified/, '错误：缺少必填选项 $1'),
  'commander.invalidArgument': (m) => m.replace(/^error: /, '错误：'),
  'commander.unknownCommand': (m) => m.replace(/error: unknown command '([^']+)'/, '错误：未知命令 $1').replace(/\(Did you mean (.+)\?\)/, '（是不是 $1？）'),
  'commander.excessArguments': (m) => m.replace(/error: too many arguments.*/, '错误：参数过多（一次只检查一个文件夹）'),
};

/** Run the program; returns when done. Exit codes go through io.setExitCode. */
/**
 * --lang applies to every command wherever it stands, so it is taken out of argv before commander
 * sees it (commander would otherwise give it to the root command only).
 */
export function extractLang(argv: string[]): { lang: Lang; rest: string[]; bad: string | null } {
  let lang: Lang = 'zh';
  let bad: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const v = a === '--lang' ? argv[++i] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === undefined && a !== '--lang') {
      rest.push(a);
      continue;
    }
    if (v === 'zh' || v === 'en') lang = v;
    else bad = v ?? '';
  }
  return { lang, rest, bad };
}

export async function runProgram(argvIn: string[], ioIn: CliIO, env: Env): Promise<void> {
  const { lang, rest: argv, bad } = extractLang(argvIn);
  const io: CliIO = { ...ioIn, lang: () => lang };
  if (bad !== null) {
    io.stderr(lang === 'zh' ? `错误：--lang 只能是 zh 或 en，收到：${visible(bad)}\n` : `error: --lang must be zh or en, got: ${visible(bad)}\n`);
    io.setExitCode(2);
    return;
  }
  const errors: string[] = [];
  const program = buildProgram(io, env, (s) => errors.push(s));
  try {
    await program.parseAsync(argv, { from: 'user' });
    for (const e of errors) io.stderr(visibleLines(e));
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || (e.code === 'commander.help' && e.exitCode === 0)) {
        io.setExitCode(0);
        return;
      }
      if (e.code === 'commander.help') {
        // A command that needs a subcommand given none (`ledger-check review`): its help is the
        // usage error, on stderr, exit 2 — as for `ledger-check` without a folder.
        io.stderr(visibleLines(errors.join('')));
        io.setExitCode(2);
        return;
      }
      const text = errors.join('');
      const zh = ZH_COMMANDER[e.code];
      io.stderr(visibleLines(lang === 'zh' && zh ? zh(text) : text));
      io.stderr(lang === 'zh' ? '用 ledger-check --help 查看用法\n' : 'see ledger-check --help\n');
      io.setExitCode(2);
      return;
    }
    if (e instanceof RuleFileError) {
      io.stderr(`ledger-check: ${t(lang).ruleErrors}\n${visibleLines(e.message)}\n`);
      io.setExitCode(2);
      return;
    }
    if (e instanceof ControlFileClash) {
      io.stderr(`ledger-check: ${visibleLines(t(lang).controlFileClash(e.kind, e.files))}\n`);
      io.setExitCode(2);
      return;
    }
    io.stderr(`ledger-check: ${t(lang).internal(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    io.setExitCode(2);
  }
}
