/**
 * Shards: `--shard i/n` checks a stable part of a county's units and writes what one run would
 * know of them — the layout (units, indicators, files), the per-unit findings before the run's
 * last step, and what the cross-unit checks need (photo prints with full content hashes,
 * planted rule files, the review record's hashes). `ledger-check merge` joins the parts
 * (src/report/merge.ts). A unit goes to the shard a hash of its folder name picks, so adding,
 * removing or renaming another unit never moves it.
 */
import crypto from 'node:crypto';
import type { Finding, Lang, Report } from '../types.js';
import type { PhotoPrint } from '../checks/photo.js';
import type { ScopedEntry } from '../review/apply.js';
import type { Skeleton } from './build.js';

export const SHARD_FORMAT = 'ledger-check-shard';
export const SHARD_FORMAT_VERSION = 1;
/** More shards than this is not a county (and bounds what a merge is asked to hold). */
export const MAX_SHARDS = 1000;

export interface ShardSpec {
  index: number; // 1-based
  count: number;
}

/** `2/8` → { index: 2, count: 8 }; null when it is not i/n with 1 ≤ i ≤ n ≤ MAX_SHARDS. */
export function parseShardSpec(s: string): ShardSpec | null {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(s.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (index < 1 || count < 1 || index > count || count > MAX_SHARDS) return null;
  return { index, count };
}

/** The shard (1-based) a unit folder's name goes to: a hash of the name, not its position. */
export function shardOfKey(key: string, count: number): number {
  const h = crypto.createHash('sha256').update(key, 'utf8').digest();
  return (h.readUInt32BE(0) % count) + 1;
}

/**
 * The key that places a path in a shard: in a county run, its unit folder (the first part of the
 * path; '' for a file at the county root); in a unit or indicator run everything is one unit ('').
 */
export function shardKeyOfPath(p: string, mode: Report['mode']): string {
  if (mode !== 'county') return '';
  const i = p.indexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** A unit's key: its folder, or (a unit of the rule set with no folder) its name. */
export function shardKeyOfUnit(u: { folder: string | null; name: string }, mode: Report['mode']): string {
  if (mode !== 'county') return '';
  return u.folder ?? u.name;
}

export interface ShardRun {
  /** The folder as given on the command line (report.root). */
  root: string;
  mode: Report['mode'];
  asOf: string;
  lang: Lang;
  maxWarnings: number | null;
  nearDuplicates: boolean;
  ocr: boolean;
  rules: {
    name: string;
    version: string;
    source: string;
    /** SHA-256 of the effective rule set: shards checked with other rules cannot be merged. */
    digest: string;
    /** Unit names in the rule file's order (the report lists units in it). */
    units: string[];
    /** Severity overrides of the rule file (cross-unit findings are made with them). */
    severity: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  };
}

export interface ShardReview {
  /** The record as the report names it. */
  file: string;
  entries: ScopedEntry[];
  /** SHA-256 of this shard's files that an entry names. */
  hashes: Record<string, string>;
}

export interface ShardFile {
  format: typeof SHARD_FORMAT;
  formatVersion: typeof SHARD_FORMAT_VERSION;
  tool: { name: 'ledger-check'; version: string };
  shard: ShardSpec;
  run: ShardRun;
  review: ShardReview | null;
  skeleton: Skeleton;
  /** Findings of the per-unit checks, before the run's last step (OCR notes, safety net, order). */
  findings: Finding[];
  /** Photos as the reuse check compares them; sha256 is the full content hash of every photo. */
  prints: PhotoPrint[];
  planted: { path: string; unit: string | null; indicator: string | null }[];
}

/** A digest of a rule set: the same effective rules give the same digest on any machine. */
export function rulesDigest(rules: unknown): string {
  return crypto.createHash('sha256').update(stableJson(rules)).digest('hex');
}

function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v instanceof RegExp) return JSON.stringify(String(v));
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}
