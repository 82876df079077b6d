/**
 * A rule's entry in the message catalog. Both languages are required by the type, so a missing
 * translation is a compile error. `explain` and the rule docs are generated from these entries.
 */
import type { Args, Severity } from '../types.js';

export type { Args };
export interface Bilingual<T> {
  zh: T;
  en: T;
}

export interface RuleInfo {
  severity: Severity; // default; a rule file may override it
  title: Bilingual<string>;
  message: Bilingual<(a: Args) => string>;
  why: Bilingual<string>;
  fix: Bilingual<string>;
}

/** Helper that keeps literal rule ids as the keys of a family's catalog. */
export function defineRules<K extends string>(rules: Record<K, RuleInfo>): Record<K, RuleInfo> {
  return rules;
}
