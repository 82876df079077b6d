/**
 * Today's short forms are sugar for `materials:` entries:
 *   photos: {…}                 → { kind: photo, … }
 *   report: {required, …}       → { kind: report, min: 1|0, … }
 *   evaluation: required|optional|none → { kind: evaluation, min: 1|0|0 }
 *   register: {required, …}     → { kind: register, min: 1|0, … }
 *   documents: {required}       → { kind: document, min: 1|0 }
 * One indicator may not say the same kind both ways (rules/load.ts reports it); across layers
 * (builtin, then the county's file) entries of the same identity merge, the later layer winning.
 */
import { kindOf } from './registry.js';
import type { Material } from './types.js';

/** An entry as written: its kind and the parameters it sets. */
export type MaterialEntry = { kind: string } & Record<string, unknown>;

export interface SugaredDef {
  photos?: Record<string, unknown>;
  report?: { required?: boolean } & Record<string, unknown>;
  evaluation?: 'required' | 'optional' | 'none';
  register?: { required?: boolean } & Record<string, unknown>;
  documents?: { required?: boolean };
  materials?: MaterialEntry[];
}

/** Short-form key → the kind it stands for. */
export const SUGAR_KEYS = { photos: 'photo', report: 'report', evaluation: 'evaluation', register: 'register', documents: 'document' } as const;
export type SugarKey = keyof typeof SUGAR_KEYS;

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const requiredToMin = (r: boolean | undefined) => (r === undefined ? {} : { min: r ? 1 : 0 });

function sugarEntry(key: SugarKey, value: unknown): MaterialEntry {
  switch (key) {
    case 'photos':
      return { kind: 'photo', ...defined(value as Record<string, unknown>) };
    case 'evaluation':
      return { kind: 'evaluation', min: value === 'required' ? 1 : 0 };
    case 'documents':
      return { kind: 'document', min: (value as { required?: boolean }).required ? 1 : 0 };
    default: {
      const { required, ...rest } = value as { required?: boolean } & Record<string, unknown>;
      return { kind: SUGAR_KEYS[key], ...defined(rest), ...requiredToMin(required) };
    }
  }
}

/** Every requirement of an indicator as `materials:` entries: the short forms first, then `materials:`. */
export function desugar(def: SugaredDef): MaterialEntry[] {
  const out: MaterialEntry[] = [];
  for (const key of Object.keys(SUGAR_KEYS) as SugarKey[]) {
    if (def[key] !== undefined) out.push(sugarEntry(key, def[key]));
  }
  return [...out, ...(def.materials ?? []).map((m) => defined(m) as MaterialEntry)];
}

/** Short forms whose kind `materials:` also lists (a load error: say it once). */
export function sugarClashes(def: SugaredDef): { key: SugarKey; index: number }[] {
  const out: { key: SugarKey; index: number }[] = [];
  for (const key of Object.keys(SUGAR_KEYS) as SugarKey[]) {
    if (def[key] === undefined) continue;
    const index = (def.materials ?? []).findIndex((m) => m.kind === SUGAR_KEYS[key]);
    if (index >= 0) out.push({ key, index });
  }
  return out;
}

/** The identity of an entry (defaults filled in), for merging and duplicate detection. */
export function identityOf(m: MaterialEntry): string {
  const k = kindOf(m.kind);
  return k ? k.identity({ ...k.defaults, ...m } as Material) : m.kind;
}

/** Indexes of `materials:` entries that repeat an earlier entry's identity (a load error). */
export function duplicateEntries(materials: readonly MaterialEntry[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  materials.forEach((m, i) => {
    const id = identityOf(m);
    if (seen.has(id)) out.push(i);
    seen.add(id);
  });
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merge entry b over entry a: b's values win; nested maps (report elements) merge key by key. */
export function mergeEntry(a: MaterialEntry, b: MaterialEntry): MaterialEntry {
  const out: MaterialEntry = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === undefined) continue;
    const prev = out[k];
    out[k] = isPlainObject(prev) && isPlainObject(v) ? Object.assign(Object.create(null), prev, v) : v;
  }
  return out;
}

/** Layer b's entries over layer a's: same identity merges, a new identity is added. */
export function mergeMaterials(a: readonly MaterialEntry[], b: readonly MaterialEntry[]): MaterialEntry[] {
  const out = [...a];
  for (const m of b) {
    const i = out.findIndex((x) => identityOf(x) === identityOf(m));
    if (i >= 0) out[i] = mergeEntry(out[i]!, m);
    else out.push(m);
  }
  return out;
}

/**
 * Resolved materials: every singleton kind once (from `base`, the rule set's defaults, with the
 * indicator's entry over it), then the repeatable entries in the order written, defaults filled in.
 */
export function resolveMaterials(entries: readonly MaterialEntry[], base: Readonly<Record<string, MaterialEntry>>): Material[] {
  const singles = new Map<string, MaterialEntry>(Object.values(base).map((m) => [m.kind, m]));
  const repeated: Material[] = [];
  for (const e of entries) {
    const k = kindOf(e.kind);
    if (!k) continue; // the schema admits only known kinds
    if (k.repeatable) repeated.push({ ...structuredClone(k.defaults), ...e } as Material);
    else singles.set(k.kind, mergeEntry(singles.get(k.kind) ?? ({ kind: k.kind, ...k.defaults } as MaterialEntry), e));
  }
  return [...[...singles.values()].map((m) => m as Material), ...repeated];
}
