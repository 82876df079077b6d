/**
 * Which body a name denotes. A name is read as place + level + department: 清河县市场监督管理局 is
 * 清河 + 县 + 市场监管局, 县市场监管局 is 县 + 市场监管局, 市市场监督管理局 is 市 + 市场监管局 (the
 * city's bureau: a superior body, not the county's own). The department part compares through
 * the table of standard short and full forms (department-names.ts), never by substring, so
 * 清河县文化和旅游局 is 县文旅局 while 县委宣传部 (its superior) and 县文化馆 are not.
 */
import { DEPARTMENT_NAMES, LOCAL_GOVERNMENT_SUFFIXES } from './department-names.js';

const LEVELS = '省市州盟县区旗';
const LEVEL_CHAR = new RegExp(`[${LEVELS}]`);

/** Every listed form → the first form of its row. */
const CANONICAL = new Map<string, string>();
for (const row of DEPARTMENT_NAMES) for (const n of row) CANONICAL.set(n, row[0]!);
/** Listed forms, longest first (the longest form that ends a name decides). */
const FORMS = [...CANONICAL.keys()].sort((a, b) => b.length - a.length);

export interface BodyName {
  /** The place before the level ('清河'), '' when the name starts at its level or has none. */
  place: string;
  /** 省/市/县/区/旗 … of the name, null when it carries none. */
  level: string | null;
  /** The department: its canonical short form when the table knows it, else the name's own tail. */
  dept: string;
  /** The table knew the department. */
  known: boolean;
  /**
   * A branch named after the body above it (市生态环境局清河分局, 市自然资源和规划局清河分局: the
   * county's own bureau under the city's): the level of that body above ('市'). The branch is not
   * that body; its place is the branch's.
   */
  under?: string;
}

/** Spaces, brackets with notes ((盖章), （终稿）) and Party prefixes dropped; Youth League names rewritten to level + 团委. */
export function flattenName(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '').replace(/[(（【[][^)）】\]]*[)）】\]]/g, '');
  s = s.replace(/^(?:中国共产党|中共|国家税务总局)/, '');
  // 共青团清河县委员会 → 清河县团委; 团县委 → 县团委.
  s = s.replace(/^共青团(.{0,10}?)([省市州盟县区旗])委员?会?$/, '$1$2团委');
  s = s.replace(/^(.{0,10}?)团([省市州盟县区旗])委$/, '$1$2团委');
  // 城关镇人民政府 → 城关镇 (a town is one body whatever ending its name has).
  for (const [base, endings] of LOCAL_GOVERNMENT_SUFFIXES) {
    for (const e of endings) if (s.endsWith(e) && s.length > e.length) return s.slice(0, -e.length) + base;
  }
  // 清河县教育局党组 → 清河县教育局.
  return s.replace(/(?<=[局委办部会中心])(?:党组|党委|党总支|党支部|机关党委)$/, '');
}

/** Splits a prefix into place and level: '清河县' → 清河 + 县, '县' → '' + 县, '清河' → 清河 + null. */
function splitPrefix(prefix: string): { place: string; level: string | null } {
  if (!prefix) return { place: '', level: null };
  const last = prefix.slice(-1);
  return LEVEL_CHAR.test(last) ? { place: prefix.slice(0, -1), level: last } : { place: prefix, level: null };
}

/** 市生态环境局清河分局 → the body above (市生态环境局) and the branch's place (清河). */
const BRANCH = /^(.{2,40}?[局委])([^局委]{1,8}?)分局$/;

export function parseBodyName(name: string): BodyName {
  const s = flattenName(name);
  const form = FORMS.find((f) => s.endsWith(f));
  if (form) {
    const { place, level } = splitPrefix(s.slice(0, s.length - form.length));
    return { place, level, dept: CANONICAL.get(form)!, known: true };
  }
  const branch = BRANCH.exec(s);
  if (branch) {
    const above = parseBodyName(branch[1]!);
    if (above.known && above.level) {
      const { place, level } = splitPrefix(branch[2]!);
      return { place, level, dept: above.dept, known: true, under: above.level };
    }
  }
  // Unknown department: strip a place ending in a level, but never the whole name.
  const m = new RegExp(`^(.{0,8}?[${LEVELS}])(?=.{2,}$)`).exec(s);
  if (m) {
    const { place, level } = splitPrefix(m[1]!);
    return { place, level, dept: s.slice(m[1]!.length), known: false };
  }
  return { place: '', level: null, dept: s, known: false };
}

/**
 * Same body: the same department, and no contradiction in level (市 vs 县) or place (清河 vs 长宁)
 * where both names carry one. A town is the same body as its 人民政府.
 */
export function sameBody(a: string, b: string): boolean {
  const x = parseBodyName(a);
  const y = parseBodyName(b);
  if (x.dept.length < 2 || y.dept.length < 2 || x.dept !== y.dept) return false;
  // A branch is not the body above it (市生态环境局清河分局 is not 市生态环境局); two branches of bodies at different levels differ.
  if ((x.under && !y.under && y.level === x.under) || (y.under && !x.under && x.level === y.under)) return false;
  if (x.under && y.under && x.under !== y.under) return false;
  if (x.level && y.level && x.level !== y.level) return false;
  if (x.place && y.place && x.place !== y.place) return false;
  return true;
}

/** A unit as the rule set knows it: its key (the folder name, 县文旅局), official name and aliases. */
export interface UnitNames {
  key: string;
  name?: string | null;
  aliases?: readonly string[];
}

const namesOf = (u: UnitNames) => [u.key, ...(u.name ? [u.name] : []), ...(u.aliases ?? [])];

/** Is `name` (an issuer, a signature line) this unit? By any of its names, through the table. */
export function isUnit(name: string, unit: UnitNames): boolean {
  const flat = flattenName(name);
  return namesOf(unit).some((n) => flattenName(n) === flat || sameBody(name, n));
}

/**
 * The department part of a name as written, without place and level: 清河县教育和体育局 → 教育和体育局,
 * 县教体局 → 教体局. Two units the table reads as one body (a county listing both 县教育局 and
 * 县教体局) are told apart by it.
 */
export function writtenDept(name: string): string {
  const s = flattenName(name);
  const form = FORMS.find((f) => s.endsWith(f));
  if (form) return form;
  return parseBodyName(name).dept;
}

/** Forms of one department (its row of the table). */
const formsOf = (dept: string) => FORMS.filter((f) => CANONICAL.get(f) === dept);

/** Youth League names inside running text: 共青团清河县委员会 → 清河县团委, 团县委 → 县团委. */
function rewriteLeague(text: string): string {
  return text
    .replace(new RegExp(`共青团([^\\s，。；：:,]{0,10}?)([${LEVELS}])委员会`, 'g'), '$1$2团委')
    .replace(new RegExp(`团([${LEVELS}])委`, 'g'), '$1团委');
}

/**
 * Does a text name the unit? Every place a form of the unit's department (or the tail of one of
 * its own names) occurs is read with the character before it: 清河县文化和旅游局 names 县文旅局,
 * 市文化和旅游局 (the city's bureau) does not, and 县教育科技局 does not name a 科技局.
 */
export function textNamesUnit(text: string, unit: UnitNames): boolean {
  const flat = rewriteLeague(text.normalize('NFKC').replace(/\s+/g, ''));
  for (const n of namesOf(unit)) {
    const b = parseBodyName(n);
    for (const form of b.known ? formsOf(b.dept) : [b.dept]) {
      if (form.length < 2) continue;
      for (let at = flat.indexOf(form); at >= 0; at = flat.indexOf(form, at + 1)) {
        const end = at + form.length;
        const shadowed = FORMS.some(
          (f) => f.length > form.length && CANONICAL.get(f) !== b.dept && end >= f.length && flat.slice(end - f.length, end) === f,
        );
        if (shadowed) continue;
        const before = flat[at - 1];
        // 市生态环境局清河分局 names the county's 县生态环境分局: a branch below the body named, at the unit's level.
        const branch = /^([^\s，。；：:,、]{1,8}?)分局/.exec(flat.slice(end));
        if (before && LEVEL_CHAR.test(before)) {
          if (b.under) {
            if (before === b.under && !branch) continue; // the body above the branch, not the branch
          } else if (b.level && before !== b.level) {
            if (branch && (!b.place || branch[1]!.startsWith(b.place))) return true;
            continue;
          }
        }
        return true;
      }
    }
  }
  return false;
}
