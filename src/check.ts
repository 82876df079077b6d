/**
 * The library entry: check(options) runs discover → extract → evaluate → report.
 * It never touches process.*: the CLI is a thin shell around it.
 */
import fs from 'node:fs/promises';
import type { ExtractedFile, Lang, Report } from './types.js';
import type { RuleSet } from './rules/schema.js';
import { loadRuleSet } from './rules/builtin-cache.js';
import { ruleIds } from './messages/index.js';
import { discover } from './discover/index.js';
import { extractAll } from './extract/index.js';
import { fingerprintPhotos } from './extract/photo-fingerprint.js';
import { buildModel, evaluate } from './evaluate.js';
import { buildReport } from './report/build.js';
import { todayIn, isIsoDate } from './util/dates.js';
import { VERSION } from './version.js';
import { isInside } from './util/inside.js';

export interface CheckOptions {
  /** The unit folder or the county folder to check. */
  path: string;
  /** A rule file (YAML/JSON), or an already loaded rule set; default: the built-in rules. Never one inside `path`. */
  rules?: string | RuleSet;
  /** A `.ledgercheckignore` file (gitignore syntax, relative to `path`); never one inside `path`. */
  ignoreFile?: string;
  /** "Today" for date checks, YYYY-MM-DD; default: the current date in China. */
  asOf?: string;
  lang?: Lang;
  maxWarnings?: number;
  /** Compare photos by content for near-duplicates (decodes pixels; on by default). */
  nearDuplicates?: boolean;
  concurrency?: number;
  onProgress?: (done: number, total: number, file: ExtractedFile) => void;
}

/** The run cannot start: missing or empty folder, bad option. (Bad rule files throw RuleFileError.) */
export class UsageError extends Error {
  constructor(
    public readonly code: 'missing-folder' | 'not-a-folder' | 'empty-folder' | 'unreadable-folder' | 'bad-date' | 'rules-inside',
    public readonly subject: string,
  ) {
    super(`${code}: ${subject}`);
    this.name = 'UsageError';
  }
}

export async function check(o: CheckOptions): Promise<Report> {
  const lang = o.lang ?? 'zh';
  const asOf = o.asOf ?? todayIn();
  if (!isIsoDate(asOf)) throw new UsageError('bad-date', asOf);
  // Nothing inside the checked folder is read as rules: it is the material being judged.
  for (const f of [typeof o.rules === 'string' ? o.rules : undefined, o.ignoreFile]) {
    if (f !== undefined && isInside(f, o.path)) throw new UsageError('rules-inside', f);
  }
  // Rules first: a bad rule file stops the run before any material is read.
  const rules = typeof o.rules === 'object' ? o.rules : await loadRuleSet({ file: o.rules, lang, knownRuleIds: ruleIds });
  const ignoreFile = o.ignoreFile ? (await import('./rules/ignore-file.js')).loadIgnoreFile(o.ignoreFile, lang) : undefined;
  let st;
  try {
    st = await fs.stat(o.path);
  } catch {
    throw new UsageError('missing-folder', o.path);
  }
  if (!st.isDirectory()) throw new UsageError('not-a-folder', o.path);
  const discovery = await discover(o.path, rules, { ignoreFile });
  // The folder itself could not be listed: nothing can be checked at all.
  if (discovery.files.some((f) => f.path === '.')) throw new UsageError('unreadable-folder', o.path);
  if (discovery.files.length === 0) throw new UsageError('empty-folder', o.path);
  let done = 0;
  const files = await extractAll(discovery.files, {
    rules,
    hashPixels: o.nearDuplicates ?? true,
    concurrency: o.concurrency,
    onFile: (f) => o.onProgress?.(++done, discovery.files.length, f),
  });
  await fingerprintPhotos(files, { nearDuplicates: o.nearDuplicates ?? true });
  const model = buildModel(discovery, files, rules);
  const findings = evaluate(model, { rules, asOf, lang });
  return buildReport(model, findings, {
    root: o.path,
    mode: discovery.mode,
    asOf,
    lang,
    rules,
    version: VERSION,
    maxWarnings: o.maxWarnings,
  });
}
