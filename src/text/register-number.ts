/**
 * Numbers as offices type them: '50', '50人', '约1,200人次', '三十', '二〇二五'.
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** A Chinese numeral ('三十五', '一百二十', '两千', '二〇二五') as a number, or null. */
export function parseCnNumeral(s: string): number | null {
  if (!s || !/^[〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+$/.test(s)) return null;
  // Digit-by-digit form (years: 二〇二五).
  if (!/[十拾百佰千仟万]/.test(s)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c]!;
    else if (c === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else {
      section += (digit ?? 1) * UNITS[c]!;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number in Arabic or Chinese numerals, with thousands separators, full-width digits and 万/千 ('1.2万' = 12000). */
export function parseNumberText(s: string): number | null {
  const t = toHalfWidth(s).replace(/[,，\s]/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const scaled = /^(\d+(?:\.\d+)?)(万|千)$/.exec(t);
  if (scaled) return Math.round(Number(scaled[1]) * (scaled[2] === '万' ? 10_000 : 1000));
  return parseCnNumeral(t);
}

/** Full-width digits and punctuation to ASCII (０-９, ．, ／, －, ：). */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Participants: '50', '50人', '约50人次', '100余人', '三十人'. Returns the count or a reason code:
 * 'empty', 'not-a-number', 'not-positive'.
 */
export function parseParticipants(raw: string | number | null): { value: number | null; error: string | null } {
  if (raw === null) return { value: null, error: 'empty' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: null, error: 'not-a-number' };
    return raw > 0 ? { value: raw, error: null } : { value: null, error: 'not-positive' };
  }
  const t = raw.trim();
  if (!t) return { value: null, error: 'empty' };
  const m = /^(?:约|大约|近|共|合计|累计)?\s*([0-9０-９,，.．〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万]+)\s*(?:余|多)?\s*(?:名|位|人次|人)?\s*(?:以上|左右|余)?$/.exec(t);
  const n = m ? parseNumberText(m[1]!) : null;
  if (n === null || Number.isNaN(n)) return { value: null, error: 'not-a-number' };
  return n > 0 ? { value: n, error: null } : { value: null, error: 'not-positive' };
}
