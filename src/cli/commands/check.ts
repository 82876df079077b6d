/** The main job: `ledger-check <folder>` → report(s) and an exit code (0 pass, 1 fail, 2 cannot run). */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { outputProblem, outputTouchesRoot, writeOutput } from '../output.js';
import { check, checkShard, UsageError, type CheckOptions } from '../../check.js';
import { parseShardSpec } from '../../report/shard.js';
import { RuleFileError } from '../../rules/errors.js';
import { danglingBeside, findConfigFile, findIgnoreFile, givenRuleFile, skippedControlFiles } from '../../rules/files.js';
import { findReviewFile } from '../../review/files.js';
import { ReviewFileError } from '../../review/errors.js';
import { defaultCacheRoot, parseSize } from '../../util/cache-location.js';
import { chunkFormatters, formatters, BINARY_FORMATS } from '../../format/index.js';
import { batched } from '../../format/json-stream.js';
import { t } from '../text.js';
import { Progress } from '../progress.js';
import { visible } from '../../format/terminal.js';
import { unitFileName, workbook } from '../../format/xlsx.js';
import { formatSummary } from '../../format/pretty.js';
import { unitReport } from '../../format/split.js';
import { makeThumbnails, thumbnailPhotos } from '../../thumbnails.js';
import { closePdfPool } from '../../extract/pdf-worker.js';
import { closeDcPool } from '../../extract/dc-pool.js';
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
  splitUnits?: string;
  /** A path, or false for --no-review. */
  review?: string | boolean;
  ocr: boolean;
  cache: boolean;
  cacheLocation?: string;
  cacheMaxSize?: string;
  /** `i/n`: check shard i of n and write a shard file (see `merge`). */
  shard?: string;
}

export interface Target {
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
  for (const tg of targets) if (!Object.hasOwn(formatters, tg.format)) return tx.badFormat(tg.format, names.join(', '));
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

export async function runCheck(
  folder: string,
  flags: CheckFlags,
  io: CliIO,
  env: { isTTY: boolean; stderrTTY: boolean; ci: boolean; columns?: number; stderrColumns?: number },
): Promise<void> {
  const lang = flags.lang;
  const tx = t(lang);
  const fail2 = (msg: string) => {
    io.stderr(`ledger-check: ${msg.split('\n').map(visible).join('\n')}\n`);
    io.setExitCode(2);
  };
  const shard = flags.shard === undefined ? null : parseShardSpec(flags.shard);
  if (flags.shard !== undefined && !shard) return fail2(tx.badShard(flags.shard));
  // A shard writes one thing, the shard file (to --output or stdout); the report is the merge's.
  if (shard && (flags.format.length || flags.splitUnits !== undefined)) return fail2(tx.shardOutputs);
  const plan = shard ? [{ format: 'json', file: flags.output ?? null }] : planOutputs(flags, lang);
  if (typeof plan === 'string') return fail2(plan);
  for (const tg of plan) {
    if (tg.file && outputTouchesRoot(tg.file, folder)) return fail2(tx.outputInside(tg.file));
  }
  if (flags.splitUnits !== undefined && outputTouchesRoot(flags.splitUnits, folder)) return fail2(tx.outputInside(flags.splitUnits));
  // An output that cannot be written is said before the check, not after an hour of reading a county.
  for (const tg of plan) {
    const problem = tg.file ? outputProblem(tg.file) : null;
    if (problem) return fail2(tx.writeFailed(tg.file!, problem));
  }
  if (flags.splitUnits !== undefined) {
    const problem = outputProblem(path.join(flags.splitUnits, 'x.xlsx'));
    if (problem) return fail2(tx.writeFailed(flags.splitUnits, problem));
  }
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    if (!/^\d+$/.test(flags.maxWarnings)) return fail2(tx.badNumber('--max-warnings', flags.maxWarnings));
    maxWarnings = Number(flags.maxWarnings);
  }
  let cacheMaxBytes: number | undefined;
  if (flags.cacheMaxSize !== undefined) {
    const n = parseSize(flags.cacheMaxSize);
    if (n === null) return fail2(tx.badSize('--cache-max-size', flags.cacheMaxSize));
    cacheMaxBytes = n;
  }
  // Rule and ignore files are looked for above the checked folder, never inside it.
  const ruleFiles = fs.existsSync(folder) ? findRuleFiles(folder, flags.rules) : { rules: flags.rules, ignore: null };
  const rulesFile = ruleFiles.rules;
  // One indicator folder checked on its own: the unit folder above it is material too (never read).
  if (fs.existsSync(folder)) for (const p of skippedControlFiles(folder)) io.stderr(`ledger-check: ${visible(tx.rulesInUnitFolder(p))}\n`);
  // The record: as given, or found above the folder (shown relative to where the command runs).
  const found = flags.review === undefined && fs.existsSync(folder) ? findReviewFile(folder) : null;
  const reviewFile = typeof flags.review === 'string' ? flags.review : found ? path.relative(process.cwd(), found) || found : undefined;
  // hostile20: a link to nothing named like a rule or review file beside the one in use is not read (no second file).
  const broken = new Set<string>();
  for (const f of [rulesFile, found]) if (f && fs.existsSync(f)) for (const p of danglingBeside(f)) broken.add(p);
  for (const p of broken) io.stderr(`ledger-check: ${visible(tx.danglingControlFile(p))}\n`);
  // A bar on a terminal; in a CI log (or stderr to a file) a line every 10 s.
  const progress = flags.progress
    ? new Progress({
        tty: env.stderrTTY && !env.ci,
        lang,
        write: io.stderr,
        columns: env.stderrColumns,
        every: 10_000,
        setInterval: (fn, ms) => setInterval(fn, ms),
        clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
      })
    : null;
  const wantThumbs = plan.some((tg) => tg.format === 'html');
  const photos = new Map<string, Buffer>();
  const unread = new Set<string>();
  let report: Report;
  try {
    const options: CheckOptions = {
      path: folder,
      rules: rulesFile,
      ignoreFile: ruleFiles.ignore ?? undefined,
      asOf: flags.asOf,
      lang,
      maxWarnings,
      nearDuplicates: flags.nearDuplicates,
      review: reviewFile,
      ocr: flags.ocr,
      cacheDir: flags.cache ? (flags.cacheLocation ?? defaultCacheRoot(process.env)) : null,
      cacheMaxBytes,
      onProgress: (d, total, file) => {
        progress?.update(d, total, file.path);
        // The HTML page shows photos as thumbnails: remember where each photo's bytes are.
        if (wantThumbs && file.kind === 'photo' && file.facts.type === 'photo') photos.set(file.path, file.absPath);
        if (wantThumbs && file.error) unread.add(file.path);
      },
    };
    if (shard) {
      const data = await checkShard(options, shard);
      progress?.finish();
      await closeWorkers();
      const text = `${JSON.stringify(data)}\n`;
      if (plan[0]!.file === null) io.stdout(text);
      else if (!(await writeReports(null, [], flags, io, env, { folder, thumbs: [], raw: { file: plan[0]!.file, text } }))) return;
      // The verdict is the merge's: a shard that was written is a success.
      io.setExitCode(0);
      return;
    }
    report = await check(options);
  } catch (e) {
    await closeWorkers();
    progress?.finish();
    if (e instanceof ReviewFileError) return fail2(`${tx.reviewErrors}\n${e.message}`);
    if (e instanceof RuleFileError) return fail2(`${tx.ruleErrors}\n${e.message}`);
    if (e instanceof UsageError) return fail2(usageMessage(e, lang));
    throw e;
  }
  progress?.finish();
  // One check per command: its PDF and DC worker threads (tens of MB of heap each) are ended
  // before the report is written, not left idle beside it.
  await closeWorkers();
  const read = report.files.filter((f) => photos.has(f.path)).map((f) => ({ path: f.path, kind: f.kind, error: unread.has(f.path) }));
  const thumbs = wantThumbs ? thumbnailPhotos(read, report).map((f) => ({ path: f.path, abs: photos.get(f.path)! })) : [];
  if (!(await writeReports(report, plan, flags, io, env, { folder, thumbs }))) return;
  io.setExitCode(report.summary.status === 'pass' ? 0 : 1);
}

/** What a check that cannot start says, in the run's language (shared by review prune). */
export function usageMessage(e: UsageError, lang: Lang): string {
  const tx = t(lang);
  const m = {
    'missing-folder': tx.missingFolder,
    'not-a-folder': tx.notAFolder,
    'empty-folder': tx.emptyFolder,
    'unreadable-folder': tx.unreadableFolder,
    'bad-date': tx.badDate,
    'review-inside': tx.reviewInside,
    'cache-inside': tx.cacheInside,
    'rules-inside': tx.rulesInside,
  }[e.code];
  // A file given where a folder is expected (a clerk checking one report): say which folder, and inspect.
  // A folder handed in zipped (单位发来的 县教育局台账.zip): unpack it; inspect would only call it unrecognised.
  // A GBK name (from a Windows zip) typed or pasted on the command line reaches Node as U+FFFD:
  // the folder cannot be named, but its parent can, and names inside a checked folder are read as bytes.
  if (e.code === 'missing-folder' && e.subject.includes('\uFFFD')) return tx.undecodableFolder(e.subject, undecodableParent(e.subject));
  if (e.code === 'not-a-folder' && isRegularFile(e.subject)) return isArchive(e.subject) ? tx.anArchive(e.subject) : tx.aFile(e.subject, path.dirname(e.subject));
  return m(e.subject);
}

/** The nearest folder above the first path segment holding U+FFFD (that one can be checked). */
function undecodableParent(p: string): string {
  const parts = p.split(/[\\/]/);
  const i = parts.findIndex((s) => s.includes('\uFFFD'));
  const above = parts.slice(0, i).join(path.sep);
  return above === '' ? (p.startsWith(path.sep) ? path.sep : '.') : above;
}

/** End the extraction's worker threads (the library keeps them for its next run; the command has none). */
async function closeWorkers(): Promise<void> {
  await Promise.all([closePdfPool(), closeDcPool()]);
}

export type OutputFlags = Pick<CheckFlags, 'lang' | 'quiet' | 'color' | 'splitUnits'>;

/**
 * Write every planned output of a report (screen and files, and --split-units): the same for a
 * check and for a merge of shards. False when something could not be written (exit 2 set).
 */
export async function writeReports(
  report: Report | null,
  plan: Target[],
  flags: OutputFlags,
  io: CliIO,
  env: { isTTY: boolean; columns?: number },
  where: { folder: string; thumbs: { path: string; abs: Buffer | string }[]; raw?: { file: string; text: string } },
): Promise<boolean> {
  const tx = t(flags.lang);
  const folder = where.folder;
  const fail2 = (msg: string) => {
    io.stderr(`ledger-check: ${msg.split('\n').map(visible).join('\n')}\n`);
    io.setExitCode(2);
  };
  const rootDir = path.resolve(folder);
  const thumbnails = plan.some((tg) => tg.format === 'html') ? await makeThumbnails(where.thumbs) : undefined;
  const write = (file: string, data: string | Buffer | Iterable<string>): boolean => {
    // Checked again at the moment of writing: a per-unit workbook's name is only known now.
    if (outputTouchesRoot(file, folder)) {
      fail2(tx.outputInside(file));
      return false;
    }
    try {
      writeOutput(file, data);
      return true;
    } catch (e) {
      fail2(tx.writeFailed(file, (e as NodeJS.ErrnoException).code ?? String(e)));
      return false;
    }
  };
  if (where.raw) return write(where.raw.file, where.raw.text);
  if (!report) return true;
  for (const tg of plan) {
    const color = tg.file === null && (flags.color ?? env.isTTY);
    const width = tg.file === null && env.isTTY ? env.columns : undefined;
    // Links to the material are relative to where the output is written (stdout: the working directory).
    const outputDir = tg.file === null ? process.cwd() : path.dirname(path.resolve(tg.file));
    const fopts = { color, quiet: !!flags.quiet, width, outputDir, rootDir, thumbnails };
    // A format that comes in pieces is written as it is made: never the whole report as one string.
    const pieces = chunkFormatters[tg.format];
    if (pieces) {
      const chunks = batched(pieces(report, fopts));
      if (tg.file === null) {
        for (const c of chunks) {
          io.stdout(c);
          await io.stdoutDrained?.();
        }
      }
      else if (!write(tg.file, chunks)) return false;
      continue;
    }
    const text = await formatters[tg.format]!(report, fopts);
    if (tg.file === null) io.stdout(text as string);
    else if (!write(tg.file, text)) return false;
  }
  if (flags.splitUnits !== undefined) {
    // One workbook per unit, to send back to that unit; names made safe and unique.
    const dir = path.resolve(flags.splitUnits);
    const used = new Set<string>();
    for (const u of report.units) {
      let name = unitFileName(u.name);
      for (let i = 2; used.has(name.toLowerCase()); i++) name = unitFileName(u.name, `-${i}`);
      used.add(name.toLowerCase());
      if (!write(path.join(dir, name), await workbook(unitReport(report, u.name), { outputDir: dir, rootDir }))) return false;
    }
  }
  // Every format went to a file: the screen still says where, and the summary and result.
  if (!plan.some((tg) => tg.file === null)) {
    const split = flags.splitUnits !== undefined ? { dir: flags.splitUnits, n: report.units.length } : null;
    const width = env.isTTY ? env.columns : undefined;
    io.stdout(`${visible(tx.wrote(plan.map((tg) => tg.file!), split))}\n${formatSummary(report, { color: flags.color ?? env.isTTY, width })}`);
  }
  return true;
}

/**
 * The rule file (given — a folder given: the rule file in it — or found above the folder) and the
 * ignore file that go with a check of `folder`. Two rule files side by side: ControlFileClash.
 */
export function findRuleFiles(folder: string, given?: string): { rules: string | undefined; ignore: string | null } {
  const rules = given !== undefined ? givenRuleFile(given) : (findConfigFile(folder) ?? undefined);
  return { rules, ignore: findIgnoreFile(folder, rules) };
}

export function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function addCheckOptions(cmd: Command): Command {
  return cmd
    .option('-r, --rules <file>', 'rule file (YAML/JSON), or a rules folder holding one, never one inside the folder; default: .ledger-check.yaml found walking up from the folder\'s parent (from the unit folder\'s parent when the folder is, or is inside, one indicator folder), else the built-in rules')
    .option('-f, --format <name[:file]>', 'output format: pretty, json, junit, sarif, gitlab, html, xlsx (xlsx to a file only); repeat for several; name:file writes to a file', collect, [])
    .option('-o, --output <file>', 'write the (single) screen format to this file instead')
    .option('--as-of <date>', 'the date checks count as "today" (YYYY-MM-DD); default: today in China')
    .option('--quiet', 'list errors only (warnings are still counted)')
    .option('--max-warnings <n>', 'fail when there are more than n warnings')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--no-near-duplicates', 'skip the pixel comparison for near-duplicate photos (faster)')
    .option('--no-progress', 'no progress line on stderr')
    .option('--split-units <dir>', 'also write one workbook per unit into this folder (xlsx), to send back to each unit')
    .option('--review <file>', 'review record to apply; default: ledger-check-review.yaml found walking up from ABOVE the folder (from the unit folder\'s parent when the folder is, or is inside, one indicator folder)')
    .option('--no-review', 'apply no review record')
    .option('--no-ocr', 'leave scans and photographed documents unread (not checked) instead of reading them by OCR')
    .option('--cache-location <dir>', 'folder of the cache of facts and OCR text, never inside the checked folder; default: $LEDGER_CHECK_CACHE_DIR, else the user cache folder (~/.cache/ledger-check)')
    .option('--cache-max-size <size>', 'bound of the cache folder, e.g. 500M or 2G (default 512M); least recently used entries are removed first')
    .option('--no-cache', 'neither read nor write the cache: every file is read and extracted again')
    .option('--shard <i/n>', 'check shard i of n (units split by a hash of their folder names) and write a shard file (JSON, to --output or stdout) for `ledger-check merge`');
}

/**
 * A zip, RAR or 7z archive: by its name (.zip .rar .7z), or by the first bytes of RAR and 7z (a zip's
 * first bytes are a .docx's, .xlsx's and .ofd's too, so a zip is known by its name only).
 */
function isArchive(p: string): boolean {
  if (/\.(zip|rar|7z)$/i.test(p)) return true;
  try {
    const fd = fs.openSync(p, 'r');
    try {
      const head = Buffer.alloc(6);
      const b = head.subarray(0, fs.readSync(fd, head, 0, 6, 0));
      return b.subarray(0, 4).equals(Buffer.from('Rar!', 'latin1')) || b.equals(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function isRegularFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
