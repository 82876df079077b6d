/** The main job: `ledger-check <folder>` → report(s) and an exit code (0 pass, 1 fail, 2 cannot run). */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { outputTouchesRoot, writeOutput } from '../output.js';
import { check, UsageError } from '../../check.js';
import { RuleFileError } from '../../rules/errors.js';
import { findConfigFile, findIgnoreFile } from '../../rules/files.js';
import { findReviewFile } from '../../review/files.js';
import { ReviewFileError } from '../../review/load.js';
import { formatters, BINARY_FORMATS } from '../../format/index.js';
import { t } from '../text.js';
import type { Lang, Report } from '../../types.js';

export interface CheckFlags {
  rules?: string;
  format: string[];
  output?: string;
  asOf?: string;
  lang: Lang;
  quiet?: boolean;
  maxWarnings?: string;
  color?: boolean;
  nearDuplicates: boolean;
  progress: boolean;
  /** A path, or false for --no-review. */
  review?: string | boolean;
}

interface Target {
  format: string;
  file: string | null; // null = stdout
}

export function planOutputs(flags: CheckFlags, lang: Lang): Target[] | string {
  const tx = t(lang);
  const names = Object.keys(formatters);
  const specs = flags.format.length ? flags.format : ['pretty'];
  const targets: Target[] = specs.map((s) => {
    const i = s.indexOf(':');
    return i > 0 ? { format: s.slice(0, i), file: s.slice(i + 1) } : { format: s, file: null };
  });
  for (const tg of targets) if (!formatters[tg.format]) return tx.badFormat(tg.format, names.join(', '));
  const toStdout = targets.filter((x) => x.file === null);
  if (flags.output) {
    // --output takes the one format that has no file of its own.
    if (toStdout.length !== 1) return tx.twoStdout;
    toStdout[0]!.file = flags.output;
  } else if (toStdout.length > 1) {
    return tx.twoStdout;
  }
  const binary = targets.find((x) => x.file === null && BINARY_FORMATS.has(x.format));
  if (binary) return tx.binaryToScreen(binary.format);
  return targets;
}

export async function runCheck(folder: string, flags: CheckFlags, io: CliIO, env: { isTTY: boolean; stderrTTY: boolean; ci: boolean }): Promise<void> {
  const lang = flags.lang;
  const tx = t(lang);
  const fail2 = (msg: string) => {
    io.stderr(`ledger-check: ${msg}\n`);
    io.setExitCode(2);
  };
  const plan = planOutputs(flags, lang);
  if (typeof plan === 'string') return fail2(plan);
  for (const tg of plan) {
    if (tg.file && outputTouchesRoot(tg.file, folder)) return fail2(tx.outputInside(tg.file));
  }
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    if (!/^\d+$/.test(flags.maxWarnings)) return fail2(tx.badNumber('--max-warnings', flags.maxWarnings));
    maxWarnings = Number(flags.maxWarnings);
  }
  // Rule and ignore files are looked for above the checked folder, never inside it.
  const ruleFiles = fs.existsSync(folder) ? findRuleFiles(folder, flags.rules) : { rules: flags.rules, ignore: null };
  const rulesFile = ruleFiles.rules;
  // The record: as given, or found above the folder (shown relative to where the command runs).
  const found = flags.review === undefined && fs.existsSync(folder) ? findReviewFile(folder) : null;
  const reviewFile = typeof flags.review === 'string' ? flags.review : found ? path.relative(process.cwd(), found) || found : undefined;
  const showProgress = flags.progress && env.stderrTTY && !env.ci;
  let report: Report;
  try {
    report = await check({
      path: folder,
      rules: rulesFile,
      ignoreFile: ruleFiles.ignore ?? undefined,
      asOf: flags.asOf,
      lang,
      maxWarnings,
      nearDuplicates: flags.nearDuplicates,
      review: reviewFile,
      onProgress: showProgress
        ? (d, total) => {
            if (d === total || d % 10 === 0) io.stderr(`\r${tx.progress(d, total)}${d === total ? '\r\x1b[K' : ''}`);
          }
        : undefined,
    });
  } catch (e) {
    if (e instanceof ReviewFileError) return fail2(`${tx.reviewErrors}\n${e.message}`);
    if (e instanceof RuleFileError) return fail2(`${tx.ruleErrors}\n${e.message}`);
    if (e instanceof UsageError) {
      const m = {
        'missing-folder': tx.missingFolder,
        'not-a-folder': tx.notAFolder,
        'empty-folder': tx.emptyFolder,
        'unreadable-folder': tx.unreadableFolder,
        'bad-date': tx.badDate,
        'review-inside': tx.reviewInside,
        'rules-inside': tx.rulesInside,
      }[e.code];
      return fail2(m(e.subject));
    }
    throw e;
  }
  for (const tg of plan) {
    const color = tg.file === null && (flags.color ?? env.isTTY);
    const text = await formatters[tg.format]!(report, { color, quiet: !!flags.quiet });
    if (tg.file === null) io.stdout(text as string);
    else {
      try {
        writeOutput(tg.file, text);
      } catch (e) {
        return fail2(tx.writeFailed(tg.file, (e as NodeJS.ErrnoException).code ?? String(e)));
      }
    }
  }
  io.setExitCode(report.summary.status === 'pass' ? 0 : 1);
}

/** The rule file (given, or found above the folder) and the ignore file that go with a check of `folder`. */
export function findRuleFiles(folder: string, given?: string): { rules: string | undefined; ignore: string | null } {
  const rules = given ?? findConfigFile(folder) ?? undefined;
  return { rules, ignore: findIgnoreFile(folder, rules) };
}

export function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function addCheckOptions(cmd: Command): Command {
  return cmd
    .option('-r, --rules <file>', 'rule file (YAML/JSON), never one inside the folder; default: .ledger-check.yaml found walking up from the folder\'s parent, else the built-in rules')
    .option('-f, --format <name[:file]>', 'output format: pretty, json, junit, html, xlsx (xlsx to a file only); repeat for several; name:file writes to a file', collect, [])
    .option('-o, --output <file>', 'write the (single) screen format to this file instead')
    .option('--as-of <date>', 'the date checks count as "today" (YYYY-MM-DD); default: today in China')
    .option('--quiet', 'list errors only (warnings are still counted)')
    .option('--max-warnings <n>', 'fail when there are more than n warnings')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--no-near-duplicates', 'skip the pixel comparison for near-duplicate photos (faster)')
    .option('--no-progress', 'no progress line on stderr')
    .option('--review <file>', 'review record to apply; default: ledger-check-review.yaml found walking up from ABOVE the folder')
    .option('--no-review', 'apply no review record');
}
