/**
 * Who issued a document, and whether two names denote the same body. Used for 部门评价 (it must
 * come from a body other than the unit itself) and the sign-off sheet (it must name the unit).
 */
import { findSignedDate } from './dates.js';

/** Endings of Chinese government body names. */
const BODY_END = '(局|委员会|委|办公室|办|部|厅|政府|中心|小组|组|院|站|所|队|会|处|科|室|馆|团|联|社)';
const BODY = new RegExp(`^[\\u4E00-\\u9FFF（）()]{2,30}${BODY_END}$`);

/** Same body, through the table of department names (text/unit-identity.ts): 市教育局 is not 县教育局. */
export { sameBody } from './unit-identity.js';

export interface Issuer {
  name: string;
  via: 'label' | 'signature' | 'title';
}

/**
 * The issuing body: an explicit label (评价单位：…, 出具单位：…), else the 落款 line above or
 * beside the closing date, else the title's "…关于…" prefix.
 */
/** The seal's place beside a name or a label: （盖章）, （公章）, (章), （签字盖章） … */
const SEAL_NOTE = /[（(](?:签字)?(?:盖|加盖)?(?:公|印|签)?章(?:处)?[）)]/g;

export function findIssuer(text: string): Issuer | null {
  // 评价单位：… / a form's 评价单位（盖章）：…
  const label = /(评价单位|评价部门|出具单位|出具部门|评价机关|发文单位|盖章单位)\s*(?:[（(][^）)\n]{0,6}[）)])?\s*[:：]\s*([^\s，,。；;:：]{2,30})/.exec(text);
  if (label) return { name: label[2]!.replace(SEAL_NOTE, ''), via: 'label' };
  const signed = findSignedDate(text);
  if (signed) {
    const lines = text.split('\n');
    const sameLine = signed.line.slice(0, signed.line.indexOf(signed.date.raw)).replace(/[\s:：]|落款|日期/g, '');
    const candidates = [sameLine, lines[signed.lineIndex - 1] ?? ''].map((s) => s.replace(SEAL_NOTE, '').replace(/\s/g, ''));
    for (const c of candidates) if (BODY.test(c)) return { name: c, via: 'signature' };
  }
  const first = text.split('\n')[0] ?? '';
  const title = new RegExp(`^([\\u4E00-\\u9FFF]{2,30}${BODY_END})关于`).exec(first);
  if (title) return { name: title[1], via: 'title' };
  return null;
}
