/** Shared helpers for the report tests: write fixtures to a temp dir, extract, run the checks. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Container, DiscoveredFile, ExtractedFile, FileKind } from '../../src/types.js';
import type { RuleSet, ResolvedIndicator } from '../../src/rules/schema.js';
import type { CheckContext, Emitted, IndicatorModel, UnitModel } from '../../src/checks/types.js';
import { REPORT_DEFAULTS, PHOTO_DEFAULTS, REGISTER_DEFAULTS, FESTIVAL_WINDOW_DEFAULTS, CLASSIFY_DEFAULTS } from '../../src/rules/defaults.js';
import { extractDocument } from '../../src/extract/document.js';
import { reportChecks } from '../../src/checks/report.js';
import { tempDir } from '../helpers/temp.js';

// The folder is made when a test file imports this module; it goes when that file ends (tempDir).
export const dir = tempDir('ledger-report-');

let n = 0;
export function discovered(data: Buffer, name: string, container: Container, kind: FileKind = 'report', unit = '县教育局'): DiscoveredFile {
  const file = path.join(dir, `${n++}-${name}`);
  writeFileSync(file, data);
  return {
    path: `${unit}/Ⅲ—12 我们的节日/${name}`,
    absPath: Buffer.from(file),
    name,
    nameRepaired: false,
    size: data.length,
    container,
    kind,
    unit,
    indicator: kind === 'signoff' ? null : 'III-12',
    notes: [],
  };
}

export async function extracted(
  data: Buffer,
  name: string,
  container: Container,
  kind: FileKind = 'report',
  unit = '县教育局',
  cues: Parameters<typeof extractDocument>[1] = {},
): Promise<ExtractedFile> {
  const f = discovered(data, name, container, kind, unit);
  // As the pipeline does: the indicator's element and summary cues go to the extractor.
  const r = await extractDocument(f, cues);
  return { ...f, facts: r.facts, error: r.error };
}

export function indicatorDef(report: Partial<ResolvedIndicator['report']> = {}): ResolvedIndicator {
  return {
    key: 'III-12',
    code: 'Ⅲ—12',
    name: '我们的节日',
    units: ['县教育局'],
    photos: { ...PHOTO_DEFAULTS },
    report: { ...REPORT_DEFAULTS, elements: {}, ...report },
    evaluation: 'required',
    register: { ...REGISTER_DEFAULTS },
    documents: { required: false },
    festivals: [],
    note: null,
  };
}

export function ruleSet(over: Partial<RuleSet> = {}): RuleSet {
  const def = indicatorDef();
  return {
    name: 'test',
    version: '1',
    provenance: 'test',
    source: 'test',
    period: { start: '2024-08-01', end: '2025-07-31' },
    deadline: '2025-10-26',
    festivals: FESTIVAL_WINDOW_DEFAULTS,
    classify: CLASSIFY_DEFAULTS,
    units: { 县教育局: ['III-12'] },
    indicators: [def],
    severity: {},
    ignore: [],
    ...over,
  } as RuleSet;
}

export interface Hit {
  ruleId: string;
  at: Emitted;
}

/** Run the report/evaluation/signoff checks on one file; returns the emitted rule ids with details. */
export function runChecks(file: ExtractedFile, opts: { report?: Partial<ResolvedIndicator['report']>; unitName?: string; rules?: Partial<RuleSet>; asOf?: string } = {}): Hit[] {
  const def = indicatorDef(opts.report);
  const ind: IndicatorModel | null = file.kind === 'signoff' ? null : { key: def.key, def, known: true, folder: '县教育局/Ⅲ—12 我们的节日', files: [file] };
  const unit: UnitModel = {
    name: opts.unitName ?? '县教育局',
    folder: '县教育局',
    indicators: ind ? [ind] : [],
    assigned: ['III-12'],
    rootFiles: file.kind === 'signoff' ? [file] : [],
    files: [file],
  };
  const ctx: CheckContext = { rules: ruleSet(opts.rules), asOf: opts.asOf ?? '2025-08-15' };
  const hits: Hit[] = [];
  for (const check of reportChecks) {
    if (check.scope !== 'file' || !check.kinds.includes(file.kind)) continue;
    check.run(file, ind, unit, ctx, (ruleId, at = {}) => hits.push({ ruleId, at }));
  }
  return hits;
}

export const ids = (hits: Hit[]) => [...new Set(hits.map((h) => h.ruleId))].sort();
