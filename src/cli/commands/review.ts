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
import { t, suggestRuleId } from '../text.js';
import { isRuleId, ruleIds } from '../../messages/index.js';
import { REVIEW_FILE_NAME } from '../../review/errors.js';
import { entryPath, findReviewFile, isInside, sha256File, writeAtomic } from '../../review/files.js';
import { MAX_HASHED_BYTES } from '../../extract/limits.js';
import { ReviewFileError } from '../../review/errors.js';
// The review file's parser (yaml) and schema (zod) are loaded by these commands only, not at every start.
const reviewFiles = async () => ({ ...(await import('../../review/load.js')), ...(await import('../../review/edit.js')) });
import { check, UsageError } from '../../check.js';
import { loadRuleSet } from '../../rules/builtin-cache.js';
import { findConfigFile } from '../../rules/files.js';
import { RuleFileError } from '../../rules/errors.js';
import { defaultCacheRoot, overlapsChecked } from '../../util/cache-location.js';

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

/**
 * Whether a check of the file's folder (`--folder`, else the folder the file is in) gives the file a
 * finding of this rule now; null when that cannot be told (the check could not run, the file lies
 * outside the folder). An entry for a finding the file does not have matches nothing: it is
 * review.unused at every check, and the finding it was meant for (another rule, another file) stays.
 */
async function fileHasFinding(file: string, ruleId: string, folder: string | undefined, lang: 'zh' | 'en'): Promise<boolean | null> {
  const scope = path.resolve(folder ?? path.dirname(path.resolve(file)));
  const rel = path.relative(scope, path.resolve(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  try {
    const rules = await loadRuleSet({ file: findConfigFile(scope) ?? undefined, lang, knownRuleIds: ruleIds });
    const cache = defaultCacheRoot(process.env);
    const report = await check({ path: scope, rules, lang, cacheDir: overlapsChecked(cache, scope) ? null : cache });
    const at = rel.split(path.sep).join('/');
    return report.findings.some((f) => f.ruleId === ruleId && f.file === at);
  } catch {
    return null;
  }
}

interface AcceptFlags {
  reason: string;
  by: string;
  verdict: string;
  review?: string;
  folder?: string;
  at?: string;
}

export function register(program: Command, io: CliIO): void {
  const review = program.command('review').description('record what a person confirmed (已人工确认) / 人工确认记录');
  review
    .command('accept')
    .description('record that a finding on a file was checked by a person / 记录某文件某条问题已人工确认')
    .argument('<file>', 'the file the finding is on')
    .argument('<rule-id>', 'the finding’s rule id, e.g. signoff.manual-review')
    .requiredOption('--reason <text>', 'why it is accepted, e.g. 已核对原件')
    .requiredOption('--by <who>', 'who checked it, e.g. 县创文办')
    .option('--verdict <v>', 'accepted (the office accepts it) or confirmed (a person confirmed it is right)', 'accepted')
    .option('--review <file>', `the review record to write (default: ${REVIEW_FILE_NAME} beside an existing record or .ledger-check.yaml above the file)`)
    .option('--folder <dir>', 'the folder you check: the record is looked for above it and never written inside it')
    .action(async (file: string, ruleId: string, o: AcceptFlags) => {
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
      // when the file has no such finding now.
      if ((await fileHasFinding(file, ruleId, o.folder, lang)) === false) {
        io.stderr(`ledger-check: ${visibleLines(tx.reviewNoSuchFinding(file, ruleId, path.resolve(o.folder ?? path.dirname(path.resolve(file)))))}\n`);
      }
    });

  review
    .command('prune')
    .description('remove review entries that matched no finding in a check of the folder / 删除未用上的人工确认记录')
    .argument('<folder>', 'the folder to check (as for ledger-check <folder>)')
    .option('--review <file>', `the review record (default: ${REVIEW_FILE_NAME} found above the folder)`)
    .option('-r, --rules <file>', 'rule file (default: .ledger-check.yaml found walking up)')
    .option('--as-of <date>', 'the date checks count as "today"')
    .action(async (folder: string, o: { review?: string; rules?: string; asOf?: string }) => {
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
        const rules = await loadRuleSet({ file: o.rules ?? findConfigFile(folder) ?? undefined, lang, knownRuleIds: ruleIds });
        // An unused entry must be seen even where a rule file turned review.unused off.
        const { ['review.unused']: _off, ...severity } = rules.severity;
        const report = await check({ path: folder, rules: { ...rules, severity }, asOf: o.asOf, lang, review: target });
        const lines = new Set(report.findings.filter((f) => f.ruleId === 'review.unused').map((f) => Number(f.args.line)));
        const current = loadReview(target, lang);
        if (lines.size) writeAtomic(target, withoutLines(current, lines, lang));
        io.stdout(visibleLines(tx.reviewPruned(lines.size, target)));
        io.setExitCode(0);
      } catch (e) {
        if (e instanceof ReviewFileError) return fail(`${tx.reviewErrors}\n${e.message}`);
        if (e instanceof RuleFileError) return fail(`${tx.ruleErrors}\n${e.message}`);
        if (e instanceof UsageError) return fail(`${e.code}: ${e.subject}`);
        return fail(tx.writeFailed(target, (e as NodeJS.ErrnoException).code ?? String(e)));
      }
    });
}
