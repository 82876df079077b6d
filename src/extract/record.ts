/**
 * A fact record: what one extractor read from one file's bytes, with the extractor's version.
 * It is a function of the bytes, the file's name and container (sniffed once, by discover) and
 * the run's extraction options — never of the rule file — and it is complete, JSON-serializable
 * (no Dates, Maps, Buffers or undefined values) and frozen when it is returned, so a content-hash
 * cache can store it and `inspect` can print it as it is.
 */
import type { ExtractError, FactRecord, Facts } from '../types.js';
import { EXTRACTOR_VERSIONS, type ExtractorId } from './version.js';

export type { FactRecord } from '../types.js';

/** Deep-frozen view of a value (facts are never changed after their record is made). */
export type Frozen<T> = T extends (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

/** Make the record: a plain-JSON copy of the facts (so what is cached is what is checked), frozen. */
export function factRecord(extractor: ExtractorId, r: { facts: Facts; error: ExtractError | null }): FactRecord {
  const plain = JSON.parse(JSON.stringify({ extractor, version: EXTRACTOR_VERSIONS[extractor], facts: r.facts, error: r.error ?? null })) as FactRecord;
  return deepFreeze(plain);
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}
