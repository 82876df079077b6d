/**
 * Who issued a document, and whether two names denote the same body. Used for 部门评价 (it must
 * come from a body other than the unit itself) and the sign-off sheet (it must name the unit).
 */
import { findSignedDate } from './dates.js';

/** Endings of Chinese government body names. */
const BODY_END = '(局|委员会|委|办公室|办|部|厅|政府|中心|小组|组|院|站|所|队|会|处|科|室|馆|团|联|社)';
const BODY = new RegExp(`^[\\u4E00-\\u9FFF（）()]{2,30}${BODY_END}$`);

/** The body's name without the place in front: 清河县教育局 → 教育局, 中共清河县委宣传部 → 委宣传部. */
export function coreName(name: string): string {
  let s = name.replace(/\s+/g, '').replace(/^中共/, '');
  const m = /^[\u4E00-\u9FFF]{0,8}?[省市县区旗](?=[\u4E00-\u9FFF]{2,})/.exec(s);
  if (m) s = s.slice(m[0].length);
  return s;
}

/** The administrative level a name carries (省/市/县/区/旗), from its place prefix. */
export function levelOf(name: string): string | null {
  const m = /^[\u4E00-\u9FFF]{0,8}?([省市县区旗])(?=[\u4E00-\u9FFF]{2,})/.exec(name.replace(/\s+/g, '').replace(/^中共/, ''));
  return m ? m[1]! : null;
}

/**
 * Same body: equal cores, or one core contains the other (县教育局 / 清河县教育局党组) — unless
 * the names carry different levels: 市教育局 is the 上级 of 县教育局, not the same body.
 */
export function sameBody(a: string, b: string): boolean {
  const la = levelOf(a);
  const lb = levelOf(b);
  if (la && lb && la !== lb) return false;
  const x = coreName(a);
  const y = coreName(b);
  if (x.length < 2 || y.length < 2) return false;
  return x === y || x.includes(y) || y.includes(x);
}

/** Does the text name the body (its full name or its core name)? */
export function namesBody(text: string, name: string): boolean {
  const flat = text.replace(/\s+/g, '');
  const core = coreName(name);
  return flat.includes(name.replace(/\s+/g, '')) || (core.length >= 2 && flat.includes(core));
}

export interface Issuer {
  name: string;
  via: 'label' | 'signature' | 'title';
}

/**
 * The issuing body: an explicit label (评价单位：…, 出具单位：…), else the 落款 line above or
 * beside the closing date, else the title's "…关于…" prefix.
 */
export function findIssuer(text: string): Issuer | null {
  const label = /(评价单位|评价部门|出具单位|出具部门|评价机关|发文单位|盖章单位)\s*[:：]\s*([^\s，,。；;:：]{2,30})/.exec(text);
  if (label) return { name: label[2].replace(/[（(]盖章[）)]/, ''), via: 'label' };
  const signed = findSignedDate(text);
  if (signed) {
    const lines = text.split('\n');
    const sameLine = signed.line.slice(0, signed.line.indexOf(signed.date.raw)).replace(/[\s:：]|落款|日期/g, '');
    const candidates = [sameLine, lines[signed.lineIndex - 1] ?? ''].map((s) => s.replace(/[（(]盖章[）)]|\s/g, ''));
    for (const c of candidates) if (BODY.test(c)) return { name: c, via: 'signature' };
  }
  const first = text.split('\n')[0] ?? '';
  const title = new RegExp(`^([\\u4E00-\\u9FFF]{2,30}${BODY_END})关于`).exec(first);
  if (title) return { name: title[1], via: 'title' };
  return null;
}
