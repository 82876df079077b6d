/**
 * Who issued a document, and whether two names denote the same body. Used for 部门评价 (it must
 * come from a body other than the unit itself) and the sign-off sheet (it must name the unit).
 */
import { findSignedDate } from './dates.js';

/** Endings of Chinese government body names. */
const BODY_END = '(局|委员会|委|办公室|办|部|厅|政府|中心|小组|组|院|站|所|队|会|处|科|股|室|馆|团|联|社)';
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

/** The labels of an issuer field: a form's 评价单位（盖章）：, 出具单位：, 落款单位： … */
const LABEL_WORDS = '评价单位|评价部门|出具单位|出具部门|评价机关|发文单位|盖章单位|落款单位';
/** 被评价单位：/ 受评单位： name the unit evaluated, never the issuer (a 部门评价表 opens with it). */
const LABEL = new RegExp(`(?<![被受])(?:${LABEL_WORDS})[ \\t\\u3000]*(?:[（(][^）)\\n]{0,6}[）)])?[ \\t\\u3000]*[:：]`, 'g');
/** A label word opening a line or a value: the label itself, never a name. */
const LABEL_START = new RegExp(`^(?:${LABEL_WORDS}|日期|评价日期|落款日期|时间)`);
/** Blanks a form leaves to be filled: underscores, dashes, dots, spaces. */
const PLACEHOLDER = /[_＿—–\-－.·…。\s\u3000/／]+/g;

/** A seal note and whatever follows it on the line. */
const SEAL_TAIL = new RegExp(`${SEAL_NOTE.source}.*$`);
/** A date run on after a name: 2025年…, 2025.6.20, 2025-06-20, 6月20日. */
const DATE_TAIL = /(?:\d{4}\s*[年.\-/／]|\d{1,2}\s*月\s*\d{1,2}\s*日).*$/;
/** A label a value runs into when the form's spaces are lost (县委宣传部日期：…). */
const NEXT_LABEL = /(?:评价日期|落款日期|出具日期|日期|时间|评价意见|意见|评价等次|等次|评价结果|结果|评价|评语|联系人|联系电话|电话|负责人|签字|签名)$/;

/**
 * The value of an issuer label at `from`: the text on the label's line up to a space, a comma or
 * the next label, else (a form's table, one cell a line) the next line when it is a body's name
 * and nothing else. '' when the field is blank (nothing, placeholders, a seal note, or the next
 * label: 评价单位（盖章）：      日期：…): a blank field names nobody; the opinion or the label on
 * the next line is never its value.
 */
function labelValue(text: string, from: number): string {
  const eol = text.indexOf('\n', from);
  const line = text.slice(from, Math.min(eol < 0 ? text.length : eol, from + 200));
  const m = /^[ \t\u3000]*([^\s，,。；;:：]{0,40})([:：])?/.exec(line)!;
  let value = m[1]!;
  if (m[2]) {
    // Followed by a colon: the value ran into the next label, or is a label itself (评价意见：).
    const cut = value.replace(NEXT_LABEL, '');
    value = cut === value ? '' : cut;
  }
  // The name ends at its seal note or a date run on after it (县委宣传部（盖章）2025年6月20日,
  // 县委宣传部2025.6.20); a digit inside a name (县第3中学) is the name's.
  value = value.replace(SEAL_TAIL, '').replace(DATE_TAIL, '').replace(PLACEHOLDER, '');
  if (line.trim() === '' && eol >= 0) {
    // Nothing after the label on its line: a table's next cell, when it is a name alone.
    const end = text.indexOf('\n', eol + 1);
    const next = text.slice(eol + 1, Math.min(end < 0 ? text.length : end, eol + 1 + 80)).replace(SEAL_NOTE, '').replace(/\s/g, '');
    if (BODY.test(next)) value = next;
  }
  // A name is written in characters: a date (2025年6月20日) or a number after the label is no name.
  return /[\u4E00-\u9FFF].*[\u4E00-\u9FFF]/.test(value) && !LABEL_START.test(value) ? value : '';
}

export function findIssuer(text: string): Issuer | null {
  // 评价单位：… / a form's 评价单位（盖章）：…; a blank one falls through to the 落款 and the title.
  for (const m of text.matchAll(LABEL)) {
    const name = labelValue(text, m.index + m[0].length);
    if (name) return { name, via: 'label' };
  }
  const signed = findSignedDate(text);
  if (signed) {
    const lines = text.split('\n');
    const sameLine = signed.line.slice(0, signed.line.indexOf(signed.date.raw)).replace(/[\s:：]|落款|日期/g, '');
    const candidates = [sameLine, lines[signed.lineIndex - 1] ?? ''].map((s) => s.replace(SEAL_NOTE, '').replace(/\s/g, ''));
    // A form's blank label beside or above the date (评价部门（盖章）： 2025年6月20日) is no name.
    for (const c of candidates) if (BODY.test(c) && !LABEL_START.test(c)) return { name: c, via: 'signature' };
  }
  const first = text.split('\n')[0] ?? '';
  const title = new RegExp(`^([\\u4E00-\\u9FFF]{2,30}${BODY_END})关于`).exec(first);
  if (title) return { name: title[1], via: 'title' };
  return null;
}
