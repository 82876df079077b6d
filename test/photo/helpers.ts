/** Shared helpers for the photo tests: temp files, DiscoveredFile records, a rule set, check runners. */
import fs from 'node:fs';
import path from 'node:path';
import type { DiscoveredFile, ExtractedFile, PhotoFacts } from '../../src/types.js';
import type { RuleFile, RuleSet } from '../../src/rules/schema.js';
import { resolveRuleSet } from '../../src/rules/resolve.js';
import type { CheckContext, Emitted, IndicatorModel, RunModel, UnitModel } from '../../src/checks/types.js';
import { createPhotoChecks, type PhotoCheckDeps } from '../../src/checks/photo.js';
import { extractPhoto } from '../../src/extract/photo.js';
import { tempDir } from '../helpers/temp.js';

/** A temp folder removed when the test file that made it ends (test/helpers/temp.ts). */
export function tmpDir(tag: string): string {
  return tempDir(`lc-photo-${tag}-`);
}

export function discovered(abs: string | Buffer, rel?: string): DiscoveredFile {
  const absPath = Buffer.isBuffer(abs) ? abs : Buffer.from(abs);
  const name = path.basename(rel ?? absPath.toString('utf8'));
  return {
    path: rel ?? name,
    absPath,
    name,
    nameRepaired: false,
    size: fs.statSync(absPath).size,
    container: 'unknown',
    kind: 'photo',
    unit: null,
    indicator: null,
    notes: [],
  };
}

export async function extractBuffer(dir: string, name: string, buf: Buffer) {
  const abs = path.join(dir, name);
  fs.writeFileSync(abs, buf);
  return extractPhoto(discovered(abs));
}

export function rules(extra: Partial<RuleFile> = {}): RuleSet {
  return resolveRuleSet([
    {
      data: {
        name: 'test',
        version: '1',
        period: { start: '2024-08-01', end: '2025-07-31' },
        deadline: '2025-10-26',
        ...extra,
      } as RuleFile,
      file: 'test.yaml',
    },
  ]);
}

export function ctxOf(rs: RuleSet = rules(), asOf = '2025-09-01'): CheckContext {
  return { rules: rs, asOf };
}

/** Facts of a good photo: tests override what they exercise. */
export function goodFacts(over: Partial<PhotoFacts> = {}): { type: 'photo' } & PhotoFacts {
  return {
    type: 'photo',
    format: 'jpeg',
    extensionMatches: true,
    width: 4032,
    height: 3024,
    displayWidth: 4032,
    displayHeight: 3024,
    orientation: 1,
    bytes: 3_000_000,
    exif: true,
    capturedAt: '2025-06-12T09:30:00+08:00',
    createdAt: '2025-06-12T09:30:00',
    modifiedAt: '2025-06-12T09:30:00',
    make: 'Apple',
    model: 'iPhone 15',
    software: '17.5',
    gps: null,
    description: null,
    hasThumbnail: false,
    ...over,
  };
}

export function photoFile(facts: PhotoFacts & { type: 'photo' }, over: Partial<ExtractedFile> = {}): ExtractedFile {
  const name = over.name ?? '2025-06-12 县一中 端午包粽子活动.jpg';
  return {
    path: over.path ?? `县教育局/Ⅲ—12 我们的节日/${name}`,
    absPath: Buffer.from('/nonexistent'),
    name,
    nameRepaired: false,
    size: facts.bytes,
    container: 'jpeg',
    kind: 'photo',
    unit: '县教育局',
    indicator: 'III-12',
    notes: [],
    facts,
    error: null,
    ...over,
  };
}

export interface Hit extends Emitted {
  ruleId: string;
}

export function unitOf(files: ExtractedFile[], name = '县教育局'): UnitModel {
  return { name, folder: name, indicators: [], assigned: [], rootFiles: [], files };
}

/** Run the per-file photo check on one file; returns the findings. */
export function checkFile(
  file: ExtractedFile,
  opts: { ind?: IndicatorModel | null; ctx?: CheckContext; deps?: PhotoCheckDeps } = {},
): Hit[] {
  const hits: Hit[] = [];
  const [fileCheck] = createPhotoChecks(opts.deps);
  if (fileCheck?.scope !== 'file') throw new Error('first photo check is the file check');
  fileCheck.run(file, opts.ind ?? null, unitOf([file]), opts.ctx ?? ctxOf(), (ruleId, at = {}) => hits.push({ ruleId, ...at }));
  return hits;
}

export function idsOf(hits: Hit[]): string[] {
  return [...new Set(hits.map((h) => h.ruleId))].sort();
}

export function indicatorOf(rs: RuleSet, key: string, files: ExtractedFile[] = []): IndicatorModel {
  const def = rs.indicators.find((i) => i.key === key) ?? rs.fallback;
  return { key, def, known: true, folder: key, files };
}

export function runReuse(run: RunModel, ctx: CheckContext = ctxOf()): Hit[] {
  const hits: Hit[] = [];
  const reuse = createPhotoChecks()[1]!;
  if (reuse.scope !== 'run') throw new Error('second photo check is the reuse check');
  reuse.run(run, ctx, (ruleId, at = {}) => hits.push({ ruleId, ...at }));
  return hits;
}
