/**
 * The units of a rule set, by identity: a folder, an issuer or a signature line is matched to a
 * unit through its key, its official name and aliases (rule file) and the table of standard
 * department names, never by substring.
 */
import type { RuleSet } from '../rules/schema.js';
import { isUnit, writtenDept, type UnitNames } from '../text/unit-identity.js';

/** Own keys only: a unit named `constructor` or `__proto__` is just a name. */
export const hasUnit = (rules: Pick<RuleSet, 'units'>, key: string): boolean => Object.hasOwn(rules.units, key);

/** The names a unit of the rule set goes by (just its key when the rule file gives no others). */
export function unitNames(rules: Pick<RuleSet, 'unitNames'>, key: string): UnitNames {
  const own = rules.unitNames && Object.hasOwn(rules.unitNames, key) ? rules.unitNames[key] : undefined;
  return { key, name: own?.name ?? null, aliases: own?.aliases ?? [] };
}

const namesOf = (u: UnitNames) => [u.key, ...(u.name ? [u.name] : []), ...(u.aliases ?? [])];

/**
 * Of several rule-set units the table reads as one body (a county listing both 县教育局 and
 * 县教体局), the one a name denotes as written: 清河县教体局 is 县教体局. Null when none or
 * several are written so.
 */
function asWritten(name: string, keys: string[], rules: Pick<RuleSet, 'unitNames'>): string | null {
  const dept = writtenDept(name);
  const hits = keys.filter((k) => namesOf(unitNames(rules, k)).some((n) => writtenDept(n) === dept));
  return hits.length === 1 ? hits[0]! : null;
}

/** The rule-set unit a name denotes: its key when exactly one unit matches (or one as written), else null. */
export function ruleUnitFor(name: string, rules: Pick<RuleSet, 'units' | 'unitNames'>): string | null {
  if (hasUnit(rules, name)) return name;
  const hits = Object.keys(rules.units).filter((k) => isUnit(name, unitNames(rules, k)));
  if (hits.length === 1) return hits[0]!;
  return hits.length > 1 ? asWritten(name, hits, rules) : null;
}

/**
 * Does a name (an issuer) denote the unit `key` of the rule set? Through its names and the table,
 * unless the rule set lists another unit the table reads as the same body and the name is that
 * unit's as written (县教体局 signing for 县教育局 when the county has both).
 */
export function isRuleUnit(name: string, rules: Pick<RuleSet, 'units' | 'unitNames'>, key: string): boolean {
  if (!isUnit(name, unitNames(rules, key))) return false;
  // A folder the rule set does not list (a second folder of a unit, 县文旅局（文件夹 …）) is judged by its names alone.
  if (!hasUnit(rules, key)) return true;
  const others = Object.keys(rules.units).filter((k) => k !== key && isUnit(name, unitNames(rules, k)));
  if (others.length === 0) return true;
  const written = asWritten(name, [key, ...others], rules);
  return written === null || written === key;
}
