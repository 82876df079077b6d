/**
 * The name of a unit's second folder (县文旅局 - 副本 beside 县文旅局, or 县文旅局（终稿） beside
 * 县文旅局（初稿）): a row of its own, named by the unit and the folder. The name is made once, in
 * Chinese, as the row's identifier (JSON, review files and --split-units keep it as it is); every
 * text meant to be read shows it in the output's language through `unitLabel`.
 */
import type { Lang } from '../types.js';

const OPEN = '（文件夹 ';
const CLOSE = '）';

/** The identifier of a unit's second folder: `县文旅局（文件夹 县文旅局 - 副本）`. */
export function secondFolderUnitName(unit: string, folder: string): string {
  return `${unit}${OPEN}${folder}${CLOSE}`;
}

/** A unit's name as the output's language says it (`县文旅局 (folder 县文旅局 - 副本)` in English). */
export function unitLabel(name: string, lang: Lang): string {
  if (lang === 'zh' || !name.endsWith(CLOSE)) return name;
  const at = name.indexOf(OPEN);
  if (at <= 0) return name;
  return `${name.slice(0, at)} (folder ${name.slice(at + OPEN.length, -CLOSE.length)})`;
}
