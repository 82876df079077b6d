/**
 * The units of a rule set, by identity: a folder, an issuer or a signature line is matched to a
 * unit through its key, its official name and aliases (rule file) and the table of standard
 * department names, never by substring.
 */
import type { RuleSet } from '../rules/schema.js';
import { isUnit, type UnitNames } from '../text/unit-identity.js';

/** Own keys only: a unit named `constructor` or `__proto__` is just a name. */
export const hasUnit = (rules: Pick<RuleSet, 'units'>, key: string): boolean => Object.hasOwn(rules.units, key);

/** The names a unit of the rule set goes by (just its key when the rule file gives no others). */
export function unitNames(rules: Pick<RuleSet, 'unitNames'>, key: string): UnitNames {
  const own = rules.unitNames && Object.hasOwn(rules.unitNames, key) ? rules.unitNames[key] : undefined;
  return { key, name: own?.name ?? null, aliases: own?.aliases ?? [] };
}

/** The rule-set unit a name denotes: its key when exactly one unit matches, else null. */
export function ruleUnitFor(name: string, rules: Pick<RuleSet, 'units' | 'unitNames'>): string | null {
  if (hasUnit(rules, name)) return name;
  const hits = Object.keys(rules.units).filter((k) => isUnit(name, unitNames(rules, k)));
  return hits.length === 1 ? hits[0]! : null;
}
