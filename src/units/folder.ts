/**
 * A unit folder's name → the unit it stands for. Offices number, date and annotate their folders:
 * '03 县文旅局（终稿）', '县文旅局-2026', '2026年 县文旅局 台账' all stand for 县文旅局, and so does
 * '清河县文化和旅游局' when the rule set calls that unit 县文旅局.
 */
import type { RuleSet } from '../rules/schema.js';
import { hasUnit, ruleUnitFor } from './rule-units.js';

const NOTE = /[（(【[][^）)】\]]*[）)】\]]/g;
const LEADING = /^\s*(?:(?:19|20)\d{2}\s*年?度?|\d{1,3})\s*[-_.、．\s]?\s*(?=[^\d\s])/;
const TRAILING = /[-_—–.\s]*(?:(?:19|20)\d{2}(?:[-_.\/年]?\d{1,2}[-_.\/月]?\d{1,2}日?)?\s*年?度?|终稿|定稿|最终版|修改稿|修改版|送审稿|报送版|台账资料|台账材料|台账|资料|材料|v\d+)$/i;

/**
 * The marks a copy of a folder gets on a shared drive: Windows `县文旅局 - 副本`, `县文旅局 - 副本 (2)`,
 * `县文旅局 - Copy`, XP's `复件 县文旅局`, macOS `县文旅局 副本 2` / `县文旅局 copy`, `Copy of 县文旅局`,
 * a browser's or sync client's `县文旅局(1)`.
 */
const COPY_TRAILING = /(?:[-_—–\s]*(?:的?副本|复件|copy)(?:\s*\d{1,3})?)$/i;
const COPY_LEADING = /^(?:(?:copy|副本)(?:\s*\(\d{1,3}\))?\s+of\s+|复件(?:\s*\(\d{1,3}\))?\s+)/i;
const COPY_NUMBER = /\s*[（(]\d{1,3}[）)]$/;

/**
 * The folder name without ordinal, year or date, notes, version words and copy marks:
 * '03 县文旅局（终稿）', '０３　县文旅局', '县文旅局20261020', '县文旅局 - 副本 (2)' → '县文旅局'.
 */
export function cleanUnitFolderName(folderName: string): string {
  return cleaned(folderName).name;
}

/** Is the folder named as a copy (县文旅局 - 副本, Copy of 县文旅局, 县文旅局(1))? */
export function isCopyFolderName(folderName: string): boolean {
  return cleaned(folderName).copy;
}

function cleaned(folderName: string): { name: string; copy: boolean } {
  const original = folderName.normalize('NFC').trim();
  // Full-width digits, letters and spaces (０３　县文旅局) read as their ASCII forms.
  let s = original.normalize('NFKC');
  let copy = false;
  for (let i = 0; i < 6; i++) {
    const before = s;
    if (COPY_NUMBER.test(s) || COPY_TRAILING.test(s) || COPY_LEADING.test(s)) {
      const t = s.replace(COPY_NUMBER, '').replace(COPY_TRAILING, '').replace(COPY_LEADING, '').trim();
      if (t.length >= 2) {
        s = t;
        copy = true;
      }
    }
    s = s.replace(NOTE, '').trim().replace(LEADING, '').trim().replace(TRAILING, '').trim();
    if (s === before) break;
  }
  return s.length >= 2 ? { name: s, copy } : { name: original, copy: false };
}

/** The unit a folder stands for: a rule-set unit when one matches its cleaned name, else that name. */
export function unitForFolder(folderName: string, rules: Pick<RuleSet, 'units' | 'unitNames'>): string {
  const exact = folderName.normalize('NFC').trim();
  if (hasUnit(rules, exact)) return exact;
  const clean = cleanUnitFolderName(folderName);
  return ruleUnitFor(clean, rules) ?? clean;
}

/**
 * The unit a folder is a copy of (县文旅局 for 县文旅局 - 副本 beside 县文旅局): set on every copied
 * folder (isCopyFolderName) of a unit with several but the unit's own (the first: the original
 * before its copies, then by name). Such a folder is checked and shown under its own name, but the
 * county's totals count the unit by its own folder. Two folders neither of which is a copy
 * (县文旅局（初稿） and 县文旅局（终稿）, 02 县文旅局 and 县文旅局) are each counted: which one was
 * handed in is ambiguous, and the first by name is no better a guess than the other (counting it
 * alone let a failing 终稿 pass the county beside a complete 初稿).
 */
export function otherFolderOf(u: { folder: string | null; folders?: { unit: string; folders: string[] } }): string | undefined {
  return u.folders && u.folder !== null && u.folder !== u.folders.folders[0] && isCopyFolderName(u.folder) ? u.folders.unit : undefined;
}

/**
 * The unit a folder is a second folder of, a copy or not (县文旅局 for 县文旅局 - 副本 or for
 * 县文旅局（终稿） beside 县文旅局（初稿））: every folder of a unit with several but its own. A photo
 * such a folder shares byte for byte with another folder of its unit is the same photo twice, not
 * a reuse (photo.ts); only copies are left out of the totals (otherFolderOf).
 */
export function secondFolderOf(u: { folder: string | null; folders?: { unit: string; folders: string[] } }): string | undefined {
  return u.folders && u.folder !== null && u.folder !== u.folders.folders[0] ? u.folders.unit : undefined;
}

/** The folders of a unit with several that the county's totals count (its own, and every one that is no copy). */
export function countedFolders(folders: readonly string[]): string[] {
  return folders.filter((f, i) => i === 0 || !isCopyFolderName(f));
}
