/**
 * The leader's signature on a sign-off sheet (移交签单 / 移交确认单): a label such as
 * 主要领导签字 / 单位负责人签名 followed by a name, on the same line or in the next table cell.
 */

const LABEL = /(主要领导|单位负责人|分管领导|负责人|领导)?\s*(签字|签名|签章)(确认)?\s*[:：]?/g;
/** What may follow a label and is not a signature: blanks, underscores, stamps, date labels. */
const FILLER = /[\s_＿—\-–.·…（）()]|盖章|公章|日期|时间|年|月|日|签字|签名|确认/g;
const OTHER_LABEL = /^(移交人|接收人|经办人|联系电话|日期|时间|备注|单位名称|移交单位|接收单位)/;

export interface SignatureVerdict {
  /** A signature label was found. */
  label: boolean;
  /** A name follows the label. */
  filled: boolean;
  /** The label line as seen, for evidence. */
  seen: string | null;
}

function nameIn(s: string): string | null {
  const cut = s.split(/日期|时间|移交人|接收人|经办人|联系电话/)[0];
  const rest = cut.replace(FILLER, '');
  const m = /[\u4E00-\u9FFF]{2,4}/.exec(rest);
  return m ? m[0] : null;
}

export function findSignature(text: string): SignatureVerdict {
  const lines = text.split('\n');
  let first: SignatureVerdict | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    LABEL.lastIndex = 0;
    const m = LABEL.exec(line);
    if (!m || !(m[1] || m[3] || /[:：]/.test(line.slice(m.index)))) continue;
    const after = line.slice(m.index + m[0].length);
    const next = lines[i + 1] ?? '';
    const name = nameIn(after) ?? (after.replace(FILLER, '') === '' && next.length <= 8 && !OTHER_LABEL.test(next) ? nameIn(next) : null);
    const v: SignatureVerdict = { label: true, filled: name !== null, seen: line };
    if (v.filled) return v;
    first ??= v;
  }
  return first ?? { label: false, filled: false, seen: null };
}
