/**
 * `ledger-check review accept <file> <rule-id> --reason … --by …` records that a person confirmed or
 * accepted a finding; `ledger-check review prune <folder>` removes entries that matched nothing.
 * The record is written atomically and never inside the checked folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { visibleLines } from '../../format/terminal.js';
import { placeOf } from '../../format/place.js';
import { t, suggestRuleId } from '../text.js';
import { isRuleId, ruleIds } from '../../messages/index.js';
import { REVIEW_FILE_NAME } from '../../review/errors.js';
import { entryPath, findReviewFile, isInside, sha256File, writeAtomic } from '../../review/files.js';
import { MAX_HASHED_BYTES } from '../../extract/limits.js';
import { ReviewFileError } from '../../review/errors.js';
// The review file's parser (yaml) and schema (zod) are loaded by these commands only, not at every start.
const reviewFiles = async () => ({ ...(await import('../../review/load.js')), ...(await import('../../review/edit.js')) });
import { check, UsageError, type CheckOptions } from '../../check.js';
import { loadRuleSet } from '../../rules/builtin-cache.js';
import { materialTop } from '../../rules/files.js';
import { RuleFileError } from '../../rules/errors.js';
import type { RuleSet } from '../../rules/schema.js';
import { defaultCacheRoot, overlapsChecked } from '../../util/cache-location.js';
import { todayIn, isIsoDate } from '../../windows/days.js';
import { findRuleFiles, usageMessage } from './check.js';
import { closePdfPool } from '../../extract/pdf-worker.js';
import { closeDcPool } from '../../extract/dc-pool.js';

/** Where `accept` writes when no --review is given: beside an existing record or the county's rule file. */
function placeFor(file: string, folder: string | undefined): string | null {
  // With the checked folder known, look where a check looks: from its parent up.
  const start = folder ? path.dirname(path.resolve(folder)) : path.dirname(path.resolve(file));
  for (let cur = start; ; ) {
    const rec = path.join(cur, REVIEW_FILE_NAME);
    if (fs.existsSync(rec)) return rec;
    for (const n of ['.ledger-check.yaml', '.ledger-check.yml', '.ledger-check.json']) if (fs.existsSync(path.join(cur, n))) return rec;
    const up = path.dirname(cur);
    if (up === cur) return null;
    cur = up;
  }
}

/** The options of a check that `accept` and `prune` take, so that their check is the office's. */
interface CheckLikeFlags {
  rules?: string;
  asOf?: string;
  ocr: boolean;
  cache: boolean;
  cacheLocation?: string;
}

/**
 * The check `accept` (for its warning) and `prune` (to know what is unused) run: the one a check
 * of `scope` with the same flags runs — the rule file given or found above it, the ignore file
 * that goes with it, the day counted as today, OCR on or off, the cache. Findings depend on all of
 * them (`photo.future` on the day, `photo.too-small` on the rule file, `doc.scanned` on OCR), so a
 * check under other options told of findings the office's check does not give, and missed ones it
 * does. Everything that can be wrong with the options is found here, before anything is written.
 */
async function checkLike(
  scope: string,
  o: CheckLikeFlags,
  lang: 'zh' | 'en',
): Promise<{ options: CheckOptions; rules: RuleSet; rulesFile: string | undefined; asOf: string } | { error: string }> {
  const tx = t(lang);
  const asOf = o.asOf ?? todayIn();
  if (!isIsoDate(asOf)) return { error: tx.badDate(asOf) };
  const { rules: rulesFile, ignore } = findRuleFiles(scope, o.rules);
  for (const f of [rulesFile, ignore ?? undefined]) if (f !== undefined && isInside(f, scope)) return { error: tx.rulesInside(f) };
  const cacheDir = o.cache ? (o.cacheLocation ?? defaultCacheRoot(process.env)) : null;
  // An explicit cache folder overlapping the checked one is refused, as a check refuses it; the
  // default one is simply not used then.
  if (cacheDir && overlapsChecked(cacheDir, scope) && o.cacheLocation !== undefined) return { error: tx.cacheInside(cacheDir) };
  let rules: RuleSet;
  try {
    rules = await loadRuleSet({ file: rulesFile, lang, knownRuleIds: ruleIds });
    // The ignore file too (a check stops on it): loaded here once to be refused before writing.
    if (ignore) (await import('../../rules/ignore-file.js')).loadIgnoreFile(ignore, lang);
  } catch (e) {
    if (e instanceof RuleFileError) return { error: `${tx.ruleErrors}\n${e.message}` };
    throw e;
  }
  const options: CheckOptions = {
    path: scope,
    rules,
    ignoreFile: ignore ?? undefined,
    asOf,
    lang,
    ocr: o.ocr,
    cacheDir: cacheDir && !overlapsChecked(cacheDir, scope) ? cacheDir : null,
  };
  return { options, rules, rulesFile, asOf };
}

/**
 * The folder accept checks: `--folder`, else the unit folder the file belongs to (the folder it
 * is in, or the unit folder above the indicator folder holding it): a photo handed in twice in
 * two indicators of one unit is a photo.duplicate only in a check of the unit, and a check of the
 * one indicator folder said it had no such finding. Null when the file lies outside `--folder`.
 */
function acceptScope(file: string, folder: string | undefined): { scope: string; rel: string } | null {
  const scope = path.resolve(folder ?? materialTop(path.dirname(path.resolve(file))));
  const rel = path.relative(scope, path.resolve(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return { scope, rel: rel.split(path.sep).join('/') };
}

/**
 * Whether that check gives the file a finding of this rule, and the folders (indicator or unit
 * folder, relative to the checked one) it gives one on instead: a finding with no file is a
 * folder's, which a review never records. Null when the check could not run.
 */
async function fileHasFinding(options: CheckOptions, rel: string, ruleId: string): Promise<{ onFile: boolean; folders: string[] } | null> {
  try {
    const report = await check(options);
    const onFile = report.findings.some((f) => f.ruleId === ruleId && f.file === rel);
    const folders = new Set<string>();
    for (const f of report.findings) {
      if (f.ruleId !== ruleId || f.file) continue;
      const { u, ind } = placeOf(report, f);
      const dir = ind?.folder ?? u?.folder;
      if (dir) folders.add(dir);
    }
    return { onFile, folders: [...folders] };
  } catch {
    return null;
  } finally {
    await Promise.all([closePdfPool(), closeDcPool()]);
  }
}

/** The check's options on `accept` and `prune`, with the texts `ledger-check <folder>` has. */
function addCheckLikeOptions(cmd: Command): Command {
  return cmd
    .option('-r, --rules <file>', "rule file (YAML/JSON), or a rules folder holding one, never one inside the folder; default: .ledger-check.yaml found walking up from the folder's parent (from the unit folder's parent when the folder is, or is inside, one indicator folder), else the built-in rules")
    .option('--as-of <date>', 'the date checks count as "today" (YYYY-MM-DD); default: today in China')
    .option('--no-ocr', 'leave scans and photographed documents unread (not checked) instead of reading them by OCR')
    .option('--cache-location <dir>', 'folder of the cache of facts and OCR text, never inside the checked folder; default: $LEDGER_CHECK_CACHE_DIR, else the user cache folder (~/.cache/ledger-check)')
    .option('--no-cache', 'neither read nor write the cache: every file is read and extracted again');
}

interface AcceptFlags extends CheckLikeFlags {
  reason: string;
  by: string;
  verdict: string;
  review?: string;
  folder?: string;
  at?: string;
}

export function register(program: Command, io: CliIO): void {
  const review = program.command('review').description('record what a person confirmed (已人工确认) / 人工确认记录');
  const accept = review
    .command('accept')
    .description('record that a finding on a file was checked by a person / 记录某文件某条问题已人工确认')
    .argument('<file>', "the file the finding is on (a finding on a folder, e.g. material.report-missing, is not recorded: hand in the material, or change the indicator's assignment in the rule file)")
    .argument('<rule-id>', 'the finding’s rule id, e.g. signoff.manual-review')
    .requiredOption('--reason <text>', 'why it is accepted, e.g. "checked against the original"')
    .requiredOption('--by <who>', 'who checked it, e.g. "county office"')
    .option('--verdict <v>', 'accepted (the office accepts it) or confirmed (a person confirmed it is right)', 'accepted')
    .option('--review <file>', `the review record to write (default: ${REVIEW_FILE_NAME} beside an existing record or .ledger-check.yaml above the file)`)
    .option('--folder <dir>', 'the folder you check: the record is looked for above it and never written inside it');
  addCheckLikeOptions(accept).action(async (file: string, ruleId: string, o: AcceptFlags) => {
    const lang = io.lang();
    const tx = t(lang);
    const fail = (m: string) => {
      io.stderr(`ledger-check: ${visibleLines(m)}\n`);
      io.setExitCode(2);
    };
    if (!isRuleId(ruleId)) return fail(tx.unknownRule(ruleId, suggestRuleId(ruleId, ruleIds)));
    if (!o.reason.trim()) return fail(tx.reviewEmptyText('--reason'));
    if (!o.by.trim()) return fail(tx.reviewEmptyText('--by'));
    if (o.verdict !== 'accepted' && o.verdict !== 'confirmed') return fail(`--verdict: accepted | confirmed`);
    let sha256: string;
    try {
      sha256 = await sha256File(file, MAX_HASHED_BYTES);
    } catch (e) {
      return fail(tx.reviewNotFile(file, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    const target = o.review ?? placeFor(file, o.folder);
    if (!target) return fail(tx.reviewNoPlace(file));
    if (o.folder && isInside(target, o.folder)) return fail(tx.reviewInside(target));
    if (isInside(target, path.dirname(path.resolve(file))) && !o.review) return fail(tx.reviewInside(target));
    // The check the warning comes from, with the options given: any mistake in them (a rule file
    // that does not load, a bad date) stops here, before the record is written.
    const where = acceptScope(file, o.folder);
    const like = where ? await checkLike(where.scope, o, lang) : null;
    if (like && 'error' in like) return fail(like.error);
    try {
      const { loadReview, emptyReview, withEntry } = await reviewFiles();
      const current = fs.existsSync(target) ? loadReview(target, lang) : emptyReview(target, lang);
      const entry = {
        file: entryPath(file, target),
        sha256,
        rule: ruleId,
        verdict: o.verdict,
        reason: o.reason.trim(),
        by: o.by.trim(),
        at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      } as const;
      writeAtomic(target, withEntry(current, entry, lang));
      // The file as the user named it (the entry's path is relative to the record, which may sit far away).
      io.stdout(visibleLines(tx.reviewAccepted(file, ruleId, target)));
      io.setExitCode(0);
    } catch (e) {
      if (e instanceof ReviewFileError) return fail(`${tx.reviewErrors}\n${e.message}`);
      return fail(tx.writeFailed(target, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    // Recorded either way (the finding may come with the next rule file or period); a warning says
    // when the file has no such finding now, in a check with the options given.
    const found = where && like ? await fileHasFinding(like.options, where.rel, ruleId) : null;
    if (where && like && found && !found.onFile) {
      const rulesLabel = like.rulesFile ?? tx.builtinRules;
      // The rule's finding is on a folder there (no 说明报告 in the indicator folder): a review
      // records findings on files only; say so, and how a folder's finding is settled.
      const text = found.folders.length
        ? tx.reviewFolderFinding(ruleId, where.scope, found.folders)
        : tx.reviewNoSuchFinding(file, ruleId, where.scope, rulesLabel, like.asOf);
      io.stderr(`ledger-check: ${visibleLines(text)}\n`);
    }
  });

  const prune = review
    .command('prune')
    .description('remove review entries that matched no finding in a check of the folder / 删除未用上的人工确认记录')
    .argument('<folder>', 'the folder to check (as for ledger-check <folder>)')
    .option('--review <file>', `the review record (default: ${REVIEW_FILE_NAME} found above the folder)`);
  addCheckLikeOptions(prune).action(async (folder: string, o: CheckLikeFlags & { review?: string }) => {
    const lang = io.lang();
    const tx = t(lang);
    const fail = (m: string) => {
      io.stderr(`ledger-check: ${visibleLines(m)}\n`);
      io.setExitCode(2);
    };
    const target = o.review ?? (fs.existsSync(folder) ? findReviewFile(folder) : null);
    if (!target) return fail(tx.reviewNone);
    try {
      const { loadReview, withoutLines } = await reviewFiles();
      // The check a check of the folder with these options runs (an entry used there is kept).
      const like = await checkLike(folder, o, lang);
      if ('error' in like) return fail(like.error);
      // An unused entry must be seen even where a rule file turned review.unused off.
      const { ['review.unused']: _off, ...severity } = like.rules.severity;
      const report = await check({ ...like.options, rules: { ...like.rules, severity }, review: target }).finally(() => Promise.all([closePdfPool(), closeDcPool()]));
      const lines = new Set(report.findings.filter((f) => f.ruleId === 'review.unused').map((f) => Number(f.args.line)));
      const current = loadReview(target, lang);
      if (lines.size) writeAtomic(target, withoutLines(current, lines, lang));
      io.stdout(visibleLines(tx.reviewPruned(lines.size, target)));
      io.setExitCode(0);
    } catch (e) {
      if (e instanceof ReviewFileError) return fail(`${tx.reviewErrors}\n${e.message}`);
      if (e instanceof RuleFileError) return fail(`${tx.ruleErrors}\n${e.message}`);
      if (e instanceof UsageError) return fail(usageMessage(e, lang));
      return fail(tx.writeFailed(target, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
  });
}
