/**
 * Merge rule-file layers (built-in first, the county's file last) into one resolved RuleSet:
 * every indicator carries its full parameters, defaults filled in.
 */
import type { RuleFile, RuleSet, ResolvedIndicator, IndicatorDef, FestivalName } from './schema.js';
import { FESTIVAL_TABLE } from '../festivals/table.js';
import {
  PHOTO_DEFAULTS, REPORT_DEFAULTS, REGISTER_DEFAULTS, FESTIVAL_WINDOW_DEFAULTS, CLASSIFY_DEFAULTS, OCR_DEFAULTS,
} from './defaults.js';
import { normalizeIndicatorCode } from './indicator-code.js';
import { MissingSettingError } from './errors.js';
import { ruleUnitFor } from '../units/rule-units.js';
import { dict } from '../util/dict.js';
import { desugar, mergeMaterials, resolveMaterials, type MaterialEntry, type SugaredDef } from '../kinds/sugar.js';

type Layer = { data: RuleFile; file: string };

const defined = <T extends object>(o: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;

export function resolveRuleSet(layers: Layer[]): RuleSet {
  let period: RuleSet['period'] | undefined;
  let deadline: string | undefined;
  let provenance = '';
  const photoDefaults = { ...PHOTO_DEFAULTS };
  // Keyed by names from rule files: null-prototype dictionaries (util/dict.ts).
  const reportDefaults = { ...REPORT_DEFAULTS, elements: dict<{ headings: string[]; cues: string[] }>() };
  const registerDefaults = { ...REGISTER_DEFAULTS };
  const festivals = structuredClone(FESTIVAL_WINDOW_DEFAULTS);
  const classify = structuredClone(CLASSIFY_DEFAULTS);
  let units: Record<string, string[]> = dict();
  let unitNames: NonNullable<RuleSet['unitNames']> = dict();
  const indicatorDefs = new Map<string, IndicatorDef>();
  const severity: RuleSet['severity'] = dict();
  const ignore: string[] = [];
  const ocr = { ...OCR_DEFAULTS };

  for (const { data } of layers) {
    if (data.period) period = data.period;
    if (data.deadline) deadline = data.deadline;
    if (data.provenance) provenance = data.provenance;
    Object.assign(photoDefaults, defined(data.defaults?.photo));
    const { elements, ...reportRest } = data.defaults?.report ?? {};
    Object.assign(reportDefaults, defined(reportRest));
    for (const [el, c] of Object.entries(elements ?? {})) {
      reportDefaults.elements[el] = { headings: c.headings ?? [], cues: c.cues ?? [] };
    }
    Object.assign(registerDefaults, defined(data.defaults?.register));
    if (data.festivals) {
      const { before, after, ...perFestival } = data.festivals;
      for (const { name: f, ownWindow } of FESTIVAL_TABLE) {
        if (before !== undefined && !ownWindow) festivals[f].before = before;
        if (after !== undefined && !ownWindow) festivals[f].after = after;
        const own = perFestival[f as FestivalName];
        if (own) festivals[f] = { ...own };
      }
    }
    if (data.classify) Object.assign(classify, defined(data.classify));
    // A county's own assignment replaces the built-in example wholesale.
    if (data.units) {
      units = dict();
      unitNames = dict();
    }
    for (const [u, entry] of Object.entries(data.units ?? {})) {
      const key = u.normalize('NFC');
      const codes = Array.isArray(entry) ? entry : (entry.indicators ?? []);
      units[key] = codes.map((c) => normalizeIndicatorCode(c)!).filter(Boolean);
      if (!Array.isArray(entry) && (entry.name || entry.aliases?.length)) {
        unitNames[key] = { name: entry.name?.normalize('NFC') ?? null, aliases: (entry.aliases ?? []).map((a) => a.normalize('NFC')) };
      }
    }
    for (const ind of data.indicators ?? []) {
      const key = normalizeIndicatorCode(ind.code)!;
      const prev = indicatorDefs.get(key);
      indicatorDefs.set(key, prev ? mergeIndicator(prev, ind) : ind);
    }
    Object.assign(severity, data.severity ?? {});
    ignore.push(...(data.ignore ?? []));
    Object.assign(ocr, defined(data.ocr));
  }
  if (!period) throw new MissingSettingError('period');
  if (!deadline) throw new MissingSettingError('deadline');

  const indicators: ResolvedIndicator[] = [...indicatorDefs.entries()].map(([key, d]) =>
    resolveIndicator(key, d, photoDefaults, reportDefaults, registerDefaults),
  );
  // Responsible units listed on an indicator count as assignments too, under the unit they denote
  // (清河县文化和旅游局 on an indicator is the unit 县文旅局 of `units:`).
  const named = { units: dict(units), unitNames };
  for (const ind of indicators) {
    for (const u of ind.units) {
      const key = ruleUnitFor(u.normalize('NFC'), named) ?? u.normalize('NFC');
      const list = (units[key] ??= []);
      if (!list.includes(ind.key)) list.push(ind.key);
    }
  }
  indicators.sort((a, b) => compareKeys(a.key, b.key));
  return {
    // A file that extends another may leave out name and version: the nearest layer's apply.
    name: [...layers].reverse().find((l) => l.data.name !== undefined)?.data.name ?? '',
    version: [...layers].reverse().find((l) => l.data.version !== undefined)?.data.version ?? '',
    provenance,
    source: layers.map((l) => l.file).join(' + '),
    period,
    deadline,
    festivals,
    classify,
    units,
    ...(Object.keys(unitNames).length ? { unitNames } : {}),
    indicators,
    severity,
    ignore,
    ocr,
    fallback: resolveIndicator('', { code: '', name: '', report: { required: false } }, photoDefaults, reportDefaults, registerDefaults),
  };
}

/** An indicator with its short forms turned into `materials:` entries (kinds/sugar.ts). */
function withMaterials(d: IndicatorDef): IndicatorDef {
  const { photos: _p, report: _r, evaluation: _e, register: _g, documents: _d, ...rest } = d;
  return { ...rest, materials: desugar(d as SugaredDef) as IndicatorDef['materials'] };
}

function mergeIndicator(a: IndicatorDef, b: IndicatorDef): IndicatorDef {
  const [x, y] = [withMaterials(a), withMaterials(b)];
  return { ...x, ...defined(y), materials: mergeMaterials((x.materials ?? []) as MaterialEntry[], (y.materials ?? []) as MaterialEntry[]) as IndicatorDef['materials'] };
}

export function resolveIndicator(
  key: string,
  d: IndicatorDef,
  photo: typeof PHOTO_DEFAULTS,
  report: typeof REPORT_DEFAULTS & { elements: Record<string, { headings: string[]; cues: string[] }> },
  register: typeof REGISTER_DEFAULTS,
): ResolvedIndicator {
  const { required: reportRequired, ...reportRest } = report;
  const { required: registerRequired, ...registerRest } = register;
  // The rule set's defaults are the singleton kinds' starting point; the indicator's entries go over them.
  const materials = resolveMaterials(desugar(d as SugaredDef), {
    photo: { kind: 'photo', ...photo },
    report: { kind: 'report', min: reportRequired ? 1 : 0, ...reportRest, elements: dict(report.elements) },
    evaluation: { kind: 'evaluation', min: 0 },
    register: { kind: 'register', min: registerRequired ? 1 : 0, ...registerRest },
  });
  const single = (kind: string) => {
    const { kind: _k, min, ...params } = materials.find((m) => m.kind === kind)!;
    return { min, params };
  };
  const p = single('photo');
  const r = single('report');
  const g = single('register');
  const elements = dict<{ headings: string[]; cues: string[] }>();
  for (const [el, c] of Object.entries((r.params.elements ?? {}) as Record<string, { headings?: string[]; cues?: string[] }>)) {
    elements[el] = { headings: c.headings ?? [], cues: c.cues ?? [] };
  }
  return {
    key,
    code: d.code,
    name: d.name ?? d.code,
    units: d.units ?? [],
    photos: { ...p.params, min: p.min } as ResolvedIndicator['photos'],
    report: { ...r.params, required: r.min >= 1, elements } as ResolvedIndicator['report'],
    evaluation: single('evaluation').min >= 1 ? 'required' : 'none',
    register: { ...g.params, required: g.min >= 1 } as ResolvedIndicator['register'],
    documents: { required: materials.some((m) => m.kind === 'document' && m.min >= 1 && (m.match as string[]).length === 0) },
    materials,
    festivals: d.festivals ?? [],
    note: d.note ?? null,
  };
}

/** The parameters used for material outside any rule-set indicator. */
export function defaultIndicator(rules: RuleSet, key: string, name: string): ResolvedIndicator {
  return { ...rules.fallback, key, code: key, name };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** Order 'II-3' before 'II-12' and 'III-1' after 'II-9'. */
export function compareKeys(a: string, b: string): number {
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = i === 0 ? ROMAN.indexOf(x) : Number(x);
    const ny = i === 0 ? ROMAN.indexOf(y) : Number(y);
    if (nx !== ny) return nx - ny;
  }
  return 0;
}
