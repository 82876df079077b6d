/**
 * The library entry: check(options) runs discover → extract → evaluate → report.
 * It never touches process.*: the CLI is a thin shell around it.
 */
import fs from 'node:fs/promises';
import type { ExtractedFile, FileKind, Finding, Lang, Report, ReviewSummary } from './types.js';
import type { LoadedReview } from './review/load.js';
import { scopeEntries, sha256File } from './review/files.js';
import { applyReviews, unitOfPath, type Applied, type ScopedEntry } from './review/apply.js';
import { OcrCache } from './ocr/cache.js';
import { OCR_DEFAULTS } from './rules/defaults.js';
import type { RuleSet } from './rules/schema.js';
import { loadRuleSet } from './rules/builtin-cache.js';
import { ruleIds } from './messages/index.js';
import { discover, type Discovery } from './discover/index.js';
import { extractEach } from './extract/index.js';
import { MAX_RUN_TEXT_UNITS, TextBudget } from './extract/text-budget.js';
import { contentHashes, fingerprintPhotos, withFingerprints } from './extract/photo-fingerprint.js';
import { judgedFile } from './checks/file-facts.js';
import { buildModel, evaluateCross, evaluateLocal, finishFindings, type EvaluateOptions } from './evaluate.js';
import { judgeReport, skeletonOf, type Skeleton } from './report/build.js';
import { photoPrints, type PhotoPrint } from './checks/photo.js';
import type { RunModel } from './checks/types.js';
import {
  SHARD_FORMAT,
  SHARD_FORMAT_VERSION,
  rulesDigest,
  shardKeyOfPath,
  shardKeyOfUnit,
  shardOfKey,
  type ShardFile,
  type ShardReview,
  type ShardSpec,
} from './report/shard.js';
import { todayIn, isIsoDate } from './windows/days.js';
import { VERSION } from './version.js';
import { isInside } from './util/inside.js';
import path from 'node:path';
import { CacheRun, type CacheStats, type DigestMemo } from './cache/run.js';
import { overlapsChecked } from './util/cache-location.js';
import { append } from './util/append.js';
import { MAX_HASHED_BYTES } from './extract/limits.js';
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
  /** The run's text budget in units (default MAX_RUN_TEXT_UNITS): a test spends it with a few reports. */
  textBudget?: number;
  /** Told the cache's counts once its records are written. */
  onCacheStats?: (s: CacheStats) => void;
}

export async function check(o: CheckOptions, internals: CheckInternals = {}): Promise<Report> {
  const r = await runChecks(o, null, internals);
  const cross = evaluateCross({ units: [], files: [], planted: r.planted, photoPrints: r.prints }, r.evalOpts);
  let findings = finishFindings(r.skeleton.files, [...r.local, ...cross], r.evalOpts);
  let reviewSummary: ReviewSummary | undefined;
  if (r.review) {
    const applied = await reviewFindings(findings, r.review, o.review!, o.path, r.files, r.evalOpts, r.digests);
    findings = applied.findings;
    reviewSummary = applied.summary;
  }
  return judgeReport(r.skeleton, findings, {
    root: o.path,
    mode: r.mode,
    asOf: r.evalOpts.asOf,
    lang: r.evalOpts.lang,
    rules: r.evalOpts.rules,
    version: VERSION,
    maxWarnings: o.maxWarnings,
    review: reviewSummary,
  });
}

/**
 * Check one shard of a county (`--shard i/n`): the units a hash of their folder names gives to
 * shard i, and what the cross-unit checks need of them. `mergeShards` turns all n into the
 * report one run would give.
 */
export async function checkShard(o: CheckOptions, shard: ShardSpec, internals: CheckInternals = {}): Promise<ShardFile> {
  const r = await runChecks(o, shard, internals);
  const rules = r.evalOpts.rules;
  let review: ShardReview | null = null;
  if (r.review) {
    const entries = scopeEntries(r.review.entries, r.review.file, o.path);
    review = { file: o.review!, entries, hashes: Object.fromEntries(await hashNamed(entries, r.files, r.digests)) };
  }
  return {
    format: SHARD_FORMAT,
    formatVersion: SHARD_FORMAT_VERSION,
    tool: { name: 'ledger-check', version: VERSION },
    shard,
    run: {
      root: o.path,
      mode: r.mode,
      asOf: r.evalOpts.asOf,
      lang: r.evalOpts.lang,
      maxWarnings: o.maxWarnings ?? null,
      nearDuplicates: o.nearDuplicates ?? true,
      ocr: o.ocr !== false,
      rules: {
        name: rules.name,
        version: rules.version,
        source: rules.source,
        digest: rulesDigest(rules),
        units: Object.keys(rules.units ?? {}),
        severity: { ...(rules.severity ?? {}) } as ShardFile['run']['rules']['severity'],
      },
    },
    review,
    skeleton: r.skeleton,
    findings: r.local,
    prints: r.prints,
    planted: r.planted,
  };
}

/** A file as the run keeps it once its unit is judged: where it is and where it belongs. */
type KeptFile = Pick<ExtractedFile, 'path' | 'unit' | 'indicator' | 'absPath'>;

interface Checked {
  mode: Report['mode'];
  evalOpts: EvaluateOptions;
  review: LoadedReview | null;
  /** Where each file is: kept only when a review record is applied (it hashes the files it names). */
  files: KeptFile[];
  skeleton: Skeleton;
  /** Findings of the per-unit checks (before the run's last step). */
  local: Finding[];
  prints: PhotoPrint[];
  planted: NonNullable<RunModel['planted']>;
  /** The fact cache's digests (content hashes of unchanged files are taken from it). */
  digests?: DigestMemo;
}

/** discover → extract → per-unit checks, for the whole folder or one shard of it. */
async function runChecks(o: CheckOptions, shard: ShardSpec | null, internals: CheckInternals): Promise<Checked> {
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
  // Loaded only when there is a review file: its parser (yaml) and schema (zod) cost start-up time.
  const review = o.review !== undefined ? (await import('./review/load.js')).loadReview(o.review, lang) : null;
  // The caches are written during the run: never inside the checked folder, nor it inside them.
  const ocrCacheDir = o.ocrCacheDir === undefined && o.cacheDir ? path.join(o.cacheDir, 'ocr') : o.ocrCacheDir;
  for (const dir of [o.cacheDir, ocrCacheDir]) if (dir && overlapsChecked(dir, o.path)) throw new UsageError('cache-inside', dir);
  const ocr = o.ocr === false ? null : { maxPages: (rules.ocr ?? OCR_DEFAULTS).maxPages, cache: ocrCacheDir ? new OcrCache(ocrCacheDir) : null };
  const hashPixels = o.nearDuplicates ?? true;
  // The text analysis the whole run may do (documents after it are refused: doc.run-budget).
  const textBudget = new TextBudget(internals.textBudget ?? MAX_RUN_TEXT_UNITS);
  const cache = o.cacheDir
    ? CacheRun.open({ dir: o.cacheDir, checked: o.path, ...(shard ? { part: `${shard.index}/${shard.count}` } : {}), key: { hashPixels, ocr: ocr && { maxPages: ocr.maxPages } }, maxBytes: o.cacheMaxBytes, now: internals.cacheNow, onRead: internals.cacheOnRead })
    : null;
  // Without a cache, no file's mtime, ctime and inode are kept (nothing would read them).
  const whole = await discover(o.path, rules, { ignoreFile, knownContainer: cache?.knownContainer, stat: !!cache });
  // The folder itself could not be listed: nothing can be checked at all.
  if (whole.files.some((f) => f.path === '.')) throw new UsageError('unreadable-folder', o.path);
  if (whole.files.length === 0) throw new UsageError('empty-folder', o.path);
  const discovery = shard ? shardOf(whole, shard) : whole;
  const evalOpts: EvaluateOptions = { rules, asOf, lang };
  const out: Checked = { mode: whole.mode, evalOpts, review, files: [], skeleton: { units: [], files: [] }, local: [], prints: [], planted: [], digests: cache?.digests };
  const bytesOf = new Map<string, Pick<ExtractedFile, 'absPath' | 'size'>>();
  let done = 0;
  const total = discovery.files.length;
  const parts: (Discovery | null)[] = unitParts(discovery);
  // The cache's save needs every discovered file at the end; without it, a unit's discovered
  // files are let go once the unit is judged (a 100,000-file tree does not hold them all).
  const saved = cache ? discovery.files : null;
  whole.files = [];
  discovery.files = [];
  try {
    // Unit by unit: a unit's facts are extracted, judged by the per-unit checks and let go before
    // the next unit's are read; what is kept is the layout, the findings and the photos' prints.
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      parts[p] = null;
      // The kind decides which record a file is judged on (a photographed report: its OCR text).
      // Each file is kept as judged as soon as its records are complete (a stray file's text facts
      // are not held to the end of its unit), and the discovered entries are let go after: a folder
      // of 150,000 files does not keep three objects and a set of facts each.
      let files = await extractEach(part.files, {
        hashPixels,
        textBudget,
        concurrency: o.concurrency,
        onFile: (r) => o.onProgress?.(++done, total, judgedFile(r)),
        ocr,
        // OCR reads what is judged on its text: sign-off sheets, reports and evaluations.
        ocrFor: (f) => OCR_KINDS.has(f.kind),
        cache: cache ?? undefined,
      }, judgedFile);
      part.files = [];
      // Content hashes are compared across every unit, below.
      files = withFingerprints(files, await fingerprintPhotos(files, { nearDuplicates: hashPixels, contentHashes: false }));
      const model = buildModel(part, files, rules);
      const layout = skeletonOf(model, rules);
      append(out.skeleton.units, layout.units);
      append(out.skeleton.files, layout.files);
      append(out.local, evaluateLocal(model, evalOpts));
      append(out.prints, photoPrints(model, evalOpts));
      append(out.planted, model.planted ?? []);
      for (const f of files) {
        // Where each file is, only for a review record (it hashes the files it names).
        if (review) out.files.push({ path: f.path, unit: f.unit, indicator: f.indicator, absPath: f.absPath });
        if (f.kind === 'photo') bytesOf.set(f.path, { absPath: f.absPath, size: f.size });
      }
    }
  } finally {
    // The OCR workers (if any page needed them) end with the extraction.
    if (ocr) await (await import('./ocr/engine.js')).closeOcr();
  }
  const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const unitKey = (u: { folder: string | null; name: string }) => u.folder ?? u.name;
  out.skeleton.files.sort(byPath);
  out.skeleton.units.sort((a, b) => (unitKey(a) < unitKey(b) ? -1 : unitKey(a) > unitKey(b) ? 1 : 0));
  out.prints.sort(byPath);
  out.planted.sort(byPath);
  // Exact duplicates: full hashes where size and first/last 64 KB collide, across all units. A
  // shard cannot know what another shard holds: it hashes every photo. A photo past
  // MAX_HASHED_BYTES (a sparse file claiming 100 GB) is not hashed: it is photo.file-too-large.
  const refs = out.prints.map((p) => ({ path: p.path, print: p, ...bytesOf.get(p.path)! })).filter((r) => r.size <= MAX_HASHED_BYTES);
  const hashes = await contentHashes(refs, { all: shard !== null, digests: cache?.digests });
  for (const r of refs) r.print.sha256 = hashes.get(r) ?? null;
  if (cache) {
    // The records made this run, the folder's stat index (with the digests just taken), the bound.
    await cache.save(saved!);
    internals.onCacheStats?.(cache.stats);
  }
  return out;
}

/** A discovery cut into the parts that are judged on their own: one per unit folder (and the county root). */
function unitParts(d: Discovery): Discovery[] {
  const parts = new Map<string, Discovery>();
  const part = (key: string) => parts.get(key) ?? parts.set(key, { ...d, units: [], files: [], planted: [] }).get(key)!;
  for (const u of d.units) part(shardKeyOfUnit(u, d.mode)).units.push(u);
  for (const f of d.files) part(shardKeyOfPath(f.path, d.mode)).files.push(f);
  for (const p of d.planted) part(shardKeyOfPath(p.path, d.mode)).planted.push(p);
  return [...parts.keys()].sort().map((k) => parts.get(k)!);
}

/** The part of a discovery that a shard checks: its units, their files, and their planted files. */
function shardOf(d: Discovery, spec: ShardSpec): Discovery {
  const mine = (key: string) => shardOfKey(key, spec.count) === spec.index;
  return {
    ...d,
    units: d.units.filter((u) => mine(shardKeyOfUnit(u, d.mode))),
    files: d.files.filter((f) => mine(shardKeyOfPath(f.path, d.mode))),
    planted: d.planted.filter((p) => mine(shardKeyOfPath(p.path, d.mode))),
  };
}

/** Hash the files the record names (only those), then apply it: a pure step over the findings. */
export async function reviewFindings(
  findings: Finding[],
  review: LoadedReview,
  reviewPath: string,
  root: string,
  files: readonly KeptFile[],
  opts: { rules: Pick<RuleSet, 'severity'>; lang: Lang },
  digests?: DigestMemo,
): Promise<Applied> {
  const entries = scopeEntries(review.entries, review.file, root);
  const hashes = await hashNamed(entries, files, digests);
  return applyReviews(findings, { file: reviewPath, entries, hashes, files }, opts);
}

/** SHA-256 of the run's files that the record's entries name (only those). */
async function hashNamed(entries: readonly ScopedEntry[], files: readonly KeptFile[], digests?: DigestMemo): Promise<Map<string, string>> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const hashes = new Map<string, string>();
  const wanted = new Set(entries.map((e) => e.path));
  // An entry whose file is gone may name a file renamed in its unit (same bytes): the unit's files of
  // its kind (extension) are hashed too, so applyReviews can find it (users20).
  const ext = (p: string) => path.posix.extname(p).toLowerCase();
  for (const e of entries) {
    if (e.path === null || e.folder || byPath.has(e.path)) continue;
    const unit = unitOfPath(e.path, files);
    if (unit === null) continue;
    for (const f of files) if (f.unit === unit && ext(f.path) === ext(e.path)) wanted.add(f.path);
  }
  for (const p of wanted) {
    const f = p === null ? undefined : byPath.get(p);
    if (!f) continue;
    try {
      let h = digests?.get(f, 'sha256');
      if (!h) {
        h = await sha256File(f.absPath, MAX_HASHED_BYTES);
        digests?.set(f, 'sha256', h);
      }
      hashes.set(f.path, h);
    } catch {
      /* unreadable now: its own findings say so; the entry cannot apply */
    }
  }
  return hashes;
}
