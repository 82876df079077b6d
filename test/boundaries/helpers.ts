/**
 * Pure fixtures for the boundary tables: facts built in memory (no files, no clock), a small rule
 * set, and a collecting emit. Each table checks just inside, on, and just outside a boundary.
 */
import type { Check, CheckContext, Emitted, IndicatorModel, RunModel, UnitModel } from '../../src/checks/types.js';
import type { DocumentFacts, ExtractedFile, FileKind, PhotoFacts, RegisterFacts, RegisterRow } from '../../src/types.js';
import type { RuleFile, RuleSet } from '../../src/rules/schema.js';
import { resolveRuleSet } from '../../src/rules/resolve.js';

export const PERIOD = { start: '2024-08-01', end: '2025-07-31' };
export const DEADLINE = '2025-10-26';

export function rules(extra: Partial<RuleFile> = {}): RuleSet {
  return resolveRuleSet([
    { data: { name: 'boundaries', version: '1', period: PERIOD, deadline: DEADLINE, ...extra } as RuleFile, file: 'boundaries.yaml' },
  ]);
}

export const ctxOf = (rs: RuleSet = rules(), asOf = '2025-09-01'): CheckContext => ({ rules: rs, asOf });

function file(name: string, kind: FileKind, container: ExtractedFile['container'], facts: ExtractedFile['facts'], over: Partial<ExtractedFile> = {}): ExtractedFile {
  return {
    path: `县教育局/Ⅲ—12 我们的节日/${name}`,
    absPath: Buffer.from(name),
    name,
    nameRepaired: false,
    size: 1000,
    container,
    kind,
    unit: '县教育局',
    indicator: 'III-12',
    notes: [],
    facts,
    error: null,
    ...over,
  };
}

export function photo(name: string, over: Partial<PhotoFacts> = {}, fileOver: Partial<ExtractedFile> = {}): ExtractedFile {
  const facts: PhotoFacts = {
    format: 'jpeg', extensionMatches: true, width: 4032, height: 3024, displayWidth: 4032, displayHeight: 3024,
    orientation: 1, bytes: 3_000_000, exif: true, capturedAt: '2025-06-12T09:30:00', createdAt: '2025-06-12T09:30:00',
    modifiedAt: '2025-06-12T09:30:00', make: 'Apple', model: 'iPhone 15', software: null, gps: null, description: null,
    hasThumbnail: false, ...over,
  };
  return file(name, 'photo', 'jpeg', { type: 'photo', ...facts }, { size: facts.bytes, ...fileOver });
}

export function row(date: string, dateEnd: string | null = null, over: Partial<RegisterRow> = {}): RegisterRow {
  return { sheet: 'Sheet1', row: 3, name: '端午包粽子', date, dateEnd, dateCell: 'B3', place: '县一中', participants: 30, online: false, photos: [], dateText: date, ...over };
}

export function register(rows: RegisterRow[], over: Partial<RegisterFacts> = {}): ExtractedFile {
  const facts: RegisterFacts = {
    format: 'xlsx', sheets: ['Sheet1'], headerFound: true, rows,
    headers: [{ sheet: 'Sheet1', row: 2, columns: { name: 'A', date: 'B', photos: 'E' } }], ...over,
  };
  return file('活动登记表.xlsx', 'register', 'xlsx', { type: 'register', ...facts });
}

export function doc(kind: FileKind, over: Partial<DocumentFacts> = {}, fileOver: Partial<ExtractedFile> = {}): ExtractedFile {
  const facts: DocumentFacts = {
    format: 'docx', pages: 1, encrypted: false, textLength: 2000, text: '', created: null, modified: null, title: null,
    elements: {}, citations: [], dataPoints: [], signedDate: null, ...over,
  };
  return file(`${kind}.docx`, kind, 'docx', { type: 'document', ...facts }, fileOver);
}

export function indicatorOf(rs: RuleSet, files: ExtractedFile[], key = 'III-12'): IndicatorModel {
  const def = rs.indicators.find((i) => i.key === key) ?? rs.fallback;
  return { key, def, known: true, folder: `县教育局/${key}`, files };
}

export function unitOf(inds: IndicatorModel[], over: Partial<UnitModel> = {}): UnitModel {
  const files = inds.flatMap((i) => i.files);
  return { name: '县教育局', folder: '县教育局', indicators: inds, assigned: inds.map((i) => i.key), rootFiles: [], files, ...over };
}

export type Hit = Emitted & { ruleId: string };

/** Runs checks the way evaluate() does: file checks per file, then indicator, unit and run checks. */
export function runChecks(checks: Check[], unit: UnitModel, ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  const emit = (ruleId: string, at: Emitted = {}) => void hits.push({ ruleId, ...at });
  const model: RunModel = { units: [unit], files: unit.files };
  for (const c of checks) {
    if (c.scope === 'file') {
      for (const ind of unit.indicators) for (const f of ind.files) if (c.kinds.includes(f.kind)) c.run(f, ind, unit, ctx, emit);
      for (const f of unit.rootFiles) if (c.kinds.includes(f.kind)) c.run(f, null, unit, ctx, emit);
    }
    if (c.scope === 'indicator') for (const ind of unit.indicators) c.run(ind, unit, ctx, emit);
    if (c.scope === 'unit') c.run(unit, ctx, emit);
    if (c.scope === 'run') c.run(model, ctx, emit);
  }
  return hits;
}

export const count = (hits: Hit[], ruleId: string) => hits.filter((h) => h.ruleId === ruleId).length;
