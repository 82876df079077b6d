/**
 * merge: the shards of one run (`--shard i/n`, i = 1…n) → the report that one run of the whole
 * folder gives. The per-unit findings come from the shards; the cross-unit checks (a photo
 * reused in another unit, planted rule files) run here over every shard's prints; then the
 * run's last step (OCR notes, the safety net, the order), the review record, and every status,
 * count and rate — the same functions one run calls, in the same order.
 */
import fs from 'node:fs';
import type { Finding, Report, ReviewSummary } from '../types.js';
import type { RuleSet } from '../rules/schema.js';
import { ruleIds } from '../messages/index.js';
import { issueOf, type IssueLike } from '../messages/system.js';
import { evaluateCross, finishFindings } from '../evaluate.js';
import { applyReviews } from '../review/apply.js';
import { judgeReport, type FileEntry, type Skeleton, type UnitEntry } from './build.js';
import { shardFileSchema } from './shard-schema.js';
import { shardKeyOfUnit, type ShardFile } from './shard.js';
import { VERSION } from '../version.js';

/** A shard file larger than this is not one (20,000 photos make about 40 MB). */
export const MAX_SHARD_BYTES = 512 * 1024 * 1024;

export type MergeProblem =
  | { code: 'read'; file: string; reason: string }
  | { code: 'too-large'; file: string; size: number; limit: number }
  | { code: 'not-json'; file: string; reason: string }
  | { code: 'invalid'; file: string; where: string; issue: IssueLike }
  | { code: 'report'; file: string }
  | { code: 'count'; file: string; count: number; expected: number }
  | { code: 'duplicate'; file: string; other: string; index: number }
  | { code: 'missing'; indices: number[]; count: number }
  | { code: 'version'; file: string; version: string; expected: string }
  | { code: 'rules'; file: string; other: string }
  | { code: 'run'; file: string; other: string; field: string }
  | { code: 'review'; file: string; other: string }
  | { code: 'overlap'; file: string; other: string; path: string };

/** The shards cannot be merged (exit 2): what is wrong, as raw values for the CLI's words. */
export class MergeError extends Error {
  constructor(public readonly problem: MergeProblem) {
    super(JSON.stringify(problem));
    this.name = 'MergeError';
  }
}

export interface LoadedShard {
  file: string;
  data: ShardFile;
}

/** Read one shard file: a regular file under the size cap, JSON, the strict schema. */
export function readShard(file: string, maxBytes = MAX_SHARD_BYTES): LoadedShard {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new MergeError({ code: 'read', file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let text: string;
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new MergeError({ code: 'read', file, reason: 'not-a-file' });
    if (st.size > maxBytes) throw new MergeError({ code: 'too-large', file, size: st.size, limit: maxBytes });
    // Read at most the cap, whatever the size said a moment ago.
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = fs.readSync(fd, buf, n, buf.length - n, n)) > 0; ) n += r;
    if (n > maxBytes) throw new MergeError({ code: 'too-large', file, size: n, limit: maxBytes });
    text = buf.toString('utf8', 0, n);
  } catch (e) {
    if (e instanceof MergeError) throw e;
    throw new MergeError({ code: 'read', file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  } finally {
    fs.closeSync(fd);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MergeError({ code: 'not-json', file, reason: e instanceof Error ? e.message : String(e) });
  }
  const parsed = shardFileSchema.safeParse(json, { reportInput: true });
  // A check's JSON report (`--format json`) given for a shard: say so, not a schema path.
  const o = json as { schemaVersion?: unknown; tool?: { name?: unknown }; summary?: unknown; format?: unknown } | null;
  if (!parsed.success && o && typeof o === 'object' && o.format === undefined && o.schemaVersion !== undefined && o.summary !== undefined && o.tool?.name === 'ledger-check') {
    throw new MergeError({ code: 'report', file });
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MergeError({ code: 'invalid', file, where: issue.path.join('.'), issue: issueOf(issue as IssueLike) });
  }
  // The file's own objects, once the schema has accepted them (strict: no key it does not know):
  // zod's copy would put keys in the schema's order, and the report keeps the checks' order.
  const data = json as ShardFile;
  for (const x of data.findings) {
    if (!ruleIds.has(x.ruleId)) throw new MergeError({ code: 'invalid', file, where: 'findings', issue: { code: 'unknown-rule-id', input: x.ruleId } });
  }
  return { file, data };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Check that the shards are the n parts of one run, then join them into its report. */
export function mergeShards(shards: readonly LoadedShard[]): { report: Report; skeleton: Skeleton } {
  const first = shards[0];
  if (!first) throw new MergeError({ code: 'missing', indices: [], count: 0 });
  const count = first.data.shard.count;
  const seen = new Map<number, string>();
  for (const { file, data } of shards) {
    if (data.tool.version !== VERSION) throw new MergeError({ code: 'version', file, version: data.tool.version, expected: VERSION });
    if (data.shard.count !== count) throw new MergeError({ code: 'count', file, count: data.shard.count, expected: count });
    if (data.shard.index > count) throw new MergeError({ code: 'invalid', file, where: 'shard.index', issue: { code: 'too_big', maximum: count, origin: 'number', inclusive: true, input: data.shard.index } });
    const other = seen.get(data.shard.index);
    if (other !== undefined) throw new MergeError({ code: 'duplicate', file, other, index: data.shard.index });
    seen.set(data.shard.index, file);
    if (data.run.rules.digest !== first.data.run.rules.digest) throw new MergeError({ code: 'rules', file, other: first.file });
    for (const field of ['root', 'mode', 'asOf', 'lang', 'maxWarnings', 'nearDuplicates', 'ocr', 'rules'] as const) {
      if (!same(data.run[field], first.data.run[field])) throw new MergeError({ code: 'run', file, other: first.file, field });
    }
    if (!same(data.review && { file: data.review.file, entries: data.review.entries }, first.data.review && { file: first.data.review.file, entries: first.data.review.entries })) {
      throw new MergeError({ code: 'review', file, other: first.file });
    }
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new MergeError({ code: 'missing', indices: missing, count });

  // Shards in order; each file and unit belongs to exactly one of them.
  const ordered = [...shards].sort((a, b) => a.data.shard.index - b.data.shard.index);
  const owner = new Map<string, string>();
  for (const { file, data } of ordered) {
    for (const f of data.skeleton.files) {
      const o = owner.get(f.path);
      if (o !== undefined) throw new MergeError({ code: 'overlap', file, other: o, path: f.path });
      owner.set(f.path, file);
    }
  }
  const run = first.data.run;
  const files: FileEntry[] = ordered.flatMap((s) => s.data.skeleton.files).sort((a, b) => byString(a.path, b.path));
  const unitKey = (u: UnitEntry) => u.folder ?? u.name;
  const units: UnitEntry[] = ordered.flatMap((s) => s.data.skeleton.units).sort((a, b) => byString(unitKey(a), unitKey(b)));
  const keys = new Map<string, string>();
  for (const u of units) {
    const k = `${shardKeyOfUnit(u, run.mode)}\u0000${u.name}`;
    if (keys.has(k)) throw new MergeError({ code: 'overlap', file: first.file, other: first.file, path: u.folder ?? u.name });
    keys.set(k, u.name);
  }
  const skeleton: Skeleton = { units, files };
  // Only the severity overrides are read from the rules here (the cross-unit findings' severity):
  // a merge needs no rule file, and the digest above makes sure every shard had the same one.
  const rules = { severity: run.rules.severity } as unknown as RuleSet;
  const opts = { rules, asOf: run.asOf, lang: run.lang };
  const local: Finding[] = ordered.flatMap((s) => s.data.findings);
  const prints = ordered.flatMap((s) => s.data.prints).sort((a, b) => byString(a.path, b.path));
  const planted = ordered.flatMap((s) => s.data.planted).sort((a, b) => byString(a.path, b.path));
  const cross = evaluateCross({ units: [], files: [], planted, photoPrints: prints }, opts);
  let findings = finishFindings(files, [...local, ...cross], opts);
  let review: ReviewSummary | undefined;
  if (first.data.review) {
    const hashes = new Map(ordered.flatMap((s) => Object.entries(s.data.review?.hashes ?? {})));
    const applied = applyReviews(findings, { file: first.data.review.file, entries: first.data.review.entries, hashes, files }, opts);
    findings = applied.findings;
    review = applied.summary;
  }
  const report = judgeReport(skeleton, findings, {
    root: run.root,
    mode: run.mode,
    asOf: run.asOf,
    lang: run.lang,
    rules: { name: run.rules.name, version: run.rules.version, source: run.rules.source, units: Object.fromEntries(run.rules.units.map((u) => [u, true])) },
    version: VERSION,
    maxWarnings: run.maxWarnings ?? undefined,
    review,
  });
  return { report, skeleton };
}
