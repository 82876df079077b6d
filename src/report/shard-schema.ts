/**
 * The shape of a shard file. Shard files come from other machines (CI jobs): every field is
 * checked (strict objects, bounded strings and arrays) before any of it is used.
 */
import { z } from '../rules/zod.js';
import { MAX_SHARDS, SHARD_FORMAT, SHARD_FORMAT_VERSION } from './shard.js';

const str = (max = 4096) => z.string().max(max);
const path = str(4096);
const nstr = (max = 4096) => str(max).nullable();
const MANY = 2_000_000;
const severity = z.enum(['error', 'warning', 'info']);
const sha = z.string().regex(/^[0-9a-f]{64}$/);
const dhash = z.string().regex(/^[0-9a-f]{16}$/);
const scalar = z.union([str(1_000_000), z.number(), z.boolean(), z.null()]);

const location = z
  .object({
    exifTag: str(200).optional(),
    page: z.number().int().optional(),
    sheet: str(1000).optional(),
    cell: str(100).optional(),
    row: z.number().int().optional(),
    cells: z.array(str(100)).max(MANY).optional(),
    element: str(200).optional(),
    date: str(40).optional(),
  })
  .strict();

const finding = z
  .object({
    ruleId: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/),
    severity,
    unit: nstr(),
    indicator: nstr(200),
    file: z.string().max(4096).nullable(),
    location: location.optional(),
    args: z.record(
      str(200),
      z.union([str(1_000_000), z.number(), z.boolean(), z.null(), z.array(str(1_000_000)).max(100_000), z.array(z.record(str(200), z.union([str(1_000_000), z.number()]))).max(100_000)]),
    ),
    evidence: z.object({ seen: scalar.optional(), expected: scalar.optional() }).strict().optional(),
    message: str(1_000_000),
    source: z.literal('ocr').optional(),
    confidence: z.number().optional(),
    group: str(300).optional(),
  })
  .strict();

const elementVerdict = z
  .object({
    element: str(200),
    status: z.enum(['present', 'missing']),
    evidence: str(100_000).optional(),
    page: z.number().int().optional(),
    via: z.enum(['standard', 'cue']).optional(),
    emptyHeadings: z.array(z.object({ heading: str(1000), page: z.number().int().optional() }).strict()).max(1000).optional(),
    vetoed: z.object({ evidence: str(100_000), page: z.number().int().optional(), sentenceScore: z.number(), clauseScore: z.number() }).strict().optional(),
    unsure: z.object({ evidence: str(100_000), page: z.number().int().optional(), sentenceScore: z.number(), clauseScore: z.number() }).strict().optional(),
  })
  .strict();

const fileEntry = z
  .object({
    path,
    unit: nstr(),
    indicator: nstr(200),
    error: z.object({ code: str(100), detail: str(100_000) }).strict().nullable(),
    ocr: z.number().min(0).max(100).optional(),
    name: str(1024),
    kind: z.enum(['photo', 'report', 'evaluation', 'register', 'document', 'signoff', 'video', 'other']),
    photo: z.literal(true).optional(),
    elements: z.array(elementVerdict).max(100).optional(),
  })
  .strict();

const unitEntry = z
  .object({
    name: str(),
    folder: nstr(),
    otherFolderOf: str().optional(),
    assigned: z.array(str(200)).max(10_000),
    indicators: z
      .array(z.object({ key: str(200), label: str(200), name: str(), folder: nstr(), files: z.array(path).max(MANY) }).strict())
      .max(10_000),
    files: z.array(path).max(MANY),
  })
  .strict();

const print = z
  .object({
    path,
    name: str(1024),
    unit: nstr(),
    otherFolderOf: str().optional(),
    indicator: nstr(200),
    sha256: sha.nullable(),
    dhash: dhash.nullable(),
    dhashSource: z.enum(['', 'image', 'thumbnail']),
    side: z.number().int().min(0),
    threshold: z.number().int().min(0).max(64),
  })
  .strict();

const planted = z.object({ path, unit: nstr(), indicator: nstr(200) }).strict();

const reviewEntry = z
  .object({
    file: str(1000),
    sha256: sha,
    rule: str(200),
    verdict: z.enum(['accepted', 'confirmed']),
    reason: str(500),
    by: str(100),
    at: str(40),
    line: z.number().int().min(0),
    path: path.nullable(),
    missing: z.literal(true).optional(),
    suggest: str(2000).optional(),
    folder: z.literal(true).optional(),
  })
  .strict();

export const shardFileSchema = z
  .object({
    format: z.literal(SHARD_FORMAT),
    formatVersion: z.literal(SHARD_FORMAT_VERSION),
    tool: z.object({ name: z.literal('ledger-check'), version: str(100) }).strict(),
    shard: z.object({ index: z.number().int().min(1).max(MAX_SHARDS), count: z.number().int().min(1).max(MAX_SHARDS) }).strict(),
    run: z
      .object({
        root: str(),
        mode: z.enum(['unit', 'county', 'indicator']),
        asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        lang: z.enum(['zh', 'en']),
        maxWarnings: z.number().int().min(0).nullable(),
        nearDuplicates: z.boolean(),
        ocr: z.boolean(),
        rules: z
          .object({
            name: str(),
            version: str(200),
            source: str(),
            digest: sha,
            units: z.array(str()).max(10_000),
            severity: z.record(str(200), z.enum(['error', 'warning', 'info', 'off'])),
          })
          .strict(),
      })
      .strict(),
    review: z
      .object({ file: str(), entries: z.array(reviewEntry).max(10_000), hashes: z.record(path, sha) })
      .strict()
      .nullable(),
    skeleton: z.object({ units: z.array(unitEntry).max(10_000), files: z.array(fileEntry).max(MANY) }).strict(),
    findings: z.array(finding).max(10 * MANY),
    prints: z.array(print).max(MANY),
    planted: z.array(planted).max(100_000),
  })
  .strict();
