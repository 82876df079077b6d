/**
 * The library entry: check(options) runs discover → extract → evaluate → report.
 * It never touches process.*: the CLI is a thin shell around it.
 */
import fs from 'node:fs/promises';
import type { ExtractedFile, FileKind, Finding, Lang, Report, ReviewSummary } from './types.js';
import { loadReview, type LoadedReview } from './review/load.js';
import { scopeEntries, sha256File } from './review/files.js';
import { applyReviews, type Applied } from './review/apply.js';
import { OcrCache } from './ocr/cache.js';
import { OCR_DEFAULTS } from './rules/defaults.js';
import type { RuleSet } from './rules/schema.js';
import { loadRuleSet } from './rules/builtin-cache.js';
import { ruleIds } from './messages/index.js';
import { discover } from './discover/index.js';
import { extractRecords } from './extract/index.js';
import { fingerprintPhotos, withFingerprints } from './extract/photo-fingerprint.js';
import { judgedFile } from './checks/file-facts.js';
import { buildModel, evaluate } from './evaluate.js';
import { buildReport } from './report/build.js';
import { todayIn, isIsoDate } from './windows/days.js';
import { VERSION } from './version.js';
import { isInside } from './util/inside.js';
import path from 'node:path';
import { CacheRun, type CacheStats, type DigestMemo } from './cache/run.js';
import { overlapsChecked } from './util/cache-location.js';
import type { ReadHook } from './cache/hash.js';

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
  /** A review record (ledger-check-review.yaml) to apply; it must lie outside the checked folder. */
  review?: string;
  /** Read scans and photographed documents by OCR (default true). */
  ocr?: boolean;
  /** Folder of the OCR result cache (outside the checked folder); default: `cacheDir`/ocr; null: none. */
  ocrCacheDir?: string | null;
  /**
   * Folder of the fact cache (outside the checked folder; README "Fact cache"): records of files
   * seen before, by content, and a stat index so that unchanged files are not read. Null or
   * absent: no cache.
   */
  cacheDir?: string | null;
  /** Bound of the cache folder in bytes (default 512 MiB): least recently used entries go first. */
  cacheMaxBytes?: number;
  onProgress?: (done: number, total: number, file: ExtractedFile) => void;
}

/** The run cannot start: missing or empty folder, bad option. (Bad rule files throw RuleFileError.) */
export class UsageError extends Error {
  constructor(
    public readonly code: 'missing-folder' | 'not-a-folder' | 'empty-folder' | 'unreadable-folder' | 'bad-date' | 'review-inside' | 'rules-inside' | 'cache-inside',
    public readonly subject: string,
  ) {
    super(`${code}: ${subject}`);
    this.name = 'UsageError';
  }
}

/** Kinds whose text is judged, so a scan or photo of one is read by OCR when the run allows it. */
const OCR_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(['signoff', 'report', 'evaluation']);

/** Seams for tests of the fact cache: the run's start (for its racy-file rule) and how it reads bytes. */
export interface CheckInternals {
  cacheNow?: number;
  cacheOnRead?: ReadHook;
  /** Told the cache's counts once its records are written. */
  onCacheStats?: (s: CacheStats) => void;
}

export async function check(o: CheckOptions, internals: CheckInternals = {}): Promise<Report> {
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
  // The review record is read before any material, and never from inside the material.
  if (o.review !== undefined && isInside(o.review, o.path)) throw new UsageError('review-inside', o.review);
  const review = o.review !== undefined ? loadReview(o.review, lang) : null;
  // The caches are written during the run: never inside the checked folder, nor it inside them.
  const ocrCacheDir = o.ocrCacheDir === undefined && o.cacheDir ? path.join(o.cacheDir, 'ocr') : o.ocrCacheDir;
  for (const dir of [o.cacheDir, ocrCacheDir]) if (dir && overlapsChecked(dir, o.path)) throw new UsageError('cache-inside', dir);
  const ocr = o.ocr === false ? null : { maxPages: (rules.ocr ?? OCR_DEFAULTS).maxPages, cache: ocrCacheDir ? new OcrCache(ocrCacheDir) : null };
  const hashPixels = o.nearDuplicates ?? true;
  const cache = o.cacheDir
    ? CacheRun.open({ dir: o.cacheDir, checked: o.path, key: { hashPixels, ocr: ocr && { maxPages: ocr.maxPages } }, maxBytes: o.cacheMaxBytes, now: internals.cacheNow, onRead: internals.cacheOnRead })
    : null;
  const discovery = await discover(o.path, rules, { ignoreFile, knownContainer: cache?.knownContainer });
  // The folder itself could not be listed: nothing can be checked at all.
  if (discovery.files.some((f) => f.path === '.')) throw new UsageError('unreadable-folder', o.path);
  if (discovery.files.length === 0) throw new UsageError('empty-folder', o.path);
  let done = 0;
  let files: ExtractedFile[];
  try {
    const records = await extractRecords(discovery.files, {
      hashPixels,
      concurrency: o.concurrency,
      onFile: (r) => o.onProgress?.(++done, discovery.files.length, judgedFile(r)),
      ocr,
      // OCR reads what is judged on its text: sign-off sheets, reports and evaluations.
      ocrFor: (f) => OCR_KINDS.has(f.kind),
      cache: cache ?? undefined,
    });
    // The kind decides which record a file is judged on (a photographed report: its OCR text).
    files = records.map(judgedFile);
  } finally {
    // The OCR workers (if any page needed them) end with the extraction.
    if (ocr) await (await import('./ocr/engine.js')).closeOcr();
  }
  files = withFingerprints(files, await fingerprintPhotos(files, { nearDuplicates: hashPixels, digests: cache?.digests }));
  if (cache) {
    // The records made this run, the folder's stat index (with the digests just taken), the bound.
    await cache.save(discovery.files);
    internals.onCacheStats?.(cache.stats);
  }
  const model = buildModel(discovery, files, rules);
  let findings = evaluate(model, { rules, asOf, lang });
  let reviewSummary: ReviewSummary | undefined;
  if (review) {
    const applied = await reviewFindings(findings, review, o.review!, o.path, files, { rules, lang }, cache?.digests);
    findings = applied.findings;
    reviewSummary = applied.summary;
  }
  return buildReport(model, findings, {
    root: o.path,
    mode: discovery.mode,
    asOf,
    lang,
    rules,
    version: VERSION,
    maxWarnings: o.maxWarnings,
    review: reviewSummary,
  });
}

/** Hash the files the record names (only those), then apply it: a pure step over the findings. */
export async function reviewFindings(
  findings: Finding[],
  review: LoadedReview,
  reviewPath: string,
  root: string,
  files: readonly ExtractedFile[],
  opts: { rules: RuleSet; lang: Lang },
  digests?: DigestMemo,
): Promise<Applied> {
  const entries = scopeEntries(review.entries, review.file, root);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const hashes = new Map<string, string>();
  for (const p of new Set(entries.map((e) => e.path))) {
    const f = p === null ? undefined : byPath.get(p);
    if (!f) continue;
    try {
      let h = digests?.get(f, 'sha256');
      if (!h) {
        h = await sha256File(f.absPath);
        digests?.set(f, 'sha256', h);
      }
      hashes.set(f.path, h);
    } catch {
      /* unreadable now: its own findings say so; the entry cannot apply */
    }
  }
  return applyReviews(findings, { file: reviewPath, entries, hashes, files }, opts);
}
