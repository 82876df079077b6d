/**
 * The units of a rule set, by identity: a folder, an issuer or a signature line is matched to a
 * unit through its key, its official name and aliases (rule file) and the table of standard
 * department names, never by substring.
 */
import type { RuleSet } from '../rules/schema.js';
import { flattenName, isUnit, parseBodyName, writtenDept, type UnitNames } from '../text/unit-identity.js';

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

/** The parts of a body: its office, sections and centres (办公室, 综合股, 政策法规科, 人事室, …服务中心, 综合办). */
const PART = /^[\u4E00-\u9FFF]{0,12}?(?:办公室|股|科|室|中心|办)$/;
/** A name a body ends in, for the text before a part (县文旅局 | 综合股). */
const BODY_END = /(?:局|委|办|部|中心|院|会|馆|队|站|所|团|联|社|政府|镇|乡|街道)$/;

/**
 * A part of the unit named after it, and the unit's own words for itself: 县文旅局办公室, 清河县文化和
 * 旅游局综合股, 县文旅局文化市场服务中心; in the unit's folder 局办公室, 本局综合股, 我局, 本单位.
 * 'self' for the unit's own words, else the names a part could be named after (县文旅局 of
 * 县文旅局办公室), to be matched to the unit as any name is. Another body with a name of its own
 * (县文化馆; 县委 + 网信办, a department of the table) is no part.
 */
function partOf(name: string, unit: UnitNames): 'self' | string[] {
  const s = flattenName(name);
  // The unit's own words: 本局 / 我局 / 本单位, and 局办公室 / 本局综合股 (a 局 for a unit named …局).
  const ends = new Set<string>(['单位']);
  for (const n of namesOfUnit(unit)) {
    const e = BODY_END.exec(flattenName(n));
    if (e) ends.add(e[0]);
  }
  for (const e of ends) {
    const self = new RegExp(`^[本我]?${e}`).exec(s);
    if (!self) continue;
    const rest = s.slice(self[0].length);
    if ((rest === '' && self[0].length > e.length) || (rest !== '' && PART.test(rest) && !parseBodyName(rest).known)) return 'self';
  }
  // 县文旅局 + 办公室: the text before a part ends as a body's name does.
  const wholes: string[] = [];
  for (let i = 2; i < s.length; i++) {
    const before = s.slice(0, i);
    const rest = s.slice(i);
    if (BODY_END.test(before) && PART.test(rest) && !parseBodyName(rest).known) wholes.push(before);
  }
  return wholes;
}

const namesOfUnit = (u: UnitNames) => [u.key, ...(u.name ? [u.name] : []), ...(u.aliases ?? [])];

/**
 * Does a name (an issuer) denote the unit `key` of the rule set ('unit'), or a part of it
 * ('part': its 办公室, a 股, 科, 室 or 中心 named after it, 本局)? A part of the unit is the unit:
 * its office issuing the unit's 部门评价 is self-issued. A body with a name of its own (县文化馆
 * beside 县文旅局) is neither (null).
 */
export function unitRelation(name: string, rules: Pick<RuleSet, 'units' | 'unitNames'>, key: string): 'unit' | 'part' | null {
  if (isRuleUnitAsNamed(name, rules, key)) return 'unit';
  const whole = partOf(name, unitNames(rules, key));
  return whole === 'self' || whole.some((w) => isRuleUnitAsNamed(w, rules, key)) ? 'part' : null;
}

/** The unit `key` itself or a part of it (unitRelation). */
export const isRuleUnit = (name: string, rules: Pick<RuleSet, 'units' | 'unitNames'>, key: string): boolean => unitRelation(name, rules, key) !== null;

/**
 * Does a name (an issuer) denote the unit `key` of the rule set? Through its names and the table,
 * unless the rule set lists another unit the table reads as the same body and the name is that
 * unit's as written (县教体局 signing for 县教育局 when the county has both).
 */
function isRuleUnitAsNamed(name: string, rules: Pick<RuleSet, 'units' | 'unitNames'>, key: string): boolean {
  if (!isUnit(name, unitNames(rules, key))) return false;
  // A folder the rule set does not list (a second folder of a unit, 县文旅局（文件夹 …）) is judged by its names alone.
  if (!hasUnit(rules, key)) return true;
  const others = Object.keys(rules.units).filter((k) => k !== key && isUnit(name, unitNames(rules, k)));
  if (others.length === 0) return true;
  const written = asWritten(name, [key, ...others], rules);
  return written === null || written === key;
}
