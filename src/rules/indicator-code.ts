/**
 * Indicator codes come as `Ⅲ—12`, `III-12`, `Ⅲ－12`, `3.12`, `2.3.1`, `II-1`: normalise them to one
 * key with ASCII Roman numerals and '-' separators: 'III-12', 'II-3-1'.
 */

const ROMAN_CHARS: Record<string, string> = {
  'Ⅰ': 'I', 'Ⅱ': 'II', 'Ⅲ': 'III', 'Ⅳ': 'IV', 'Ⅴ': 'V', 'Ⅵ': 'VI', 'Ⅶ': 'VII', 'Ⅷ': 'VIII',
  'Ⅸ': 'IX', 'Ⅹ': 'X', 'Ⅺ': 'XI', 'Ⅻ': 'XII',
  'ⅰ': 'I', 'ⅱ': 'II', 'ⅲ': 'III', 'ⅳ': 'IV', 'ⅴ': 'V', 'ⅵ': 'VI', 'ⅶ': 'VII', 'ⅷ': 'VIII',
  'ⅸ': 'IX', 'ⅹ': 'X', 'ⅺ': 'XI', 'ⅻ': 'XII',
};
const ROMAN_VALUES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Separators people type between the parts: dashes of every width, dots, underscores. */
const SEP = '[-‐‑‒–—―－_.．、·]';
const CODE_RE = new RegExp(
  `^\\s*(?:([IVXivx]{1,4})|(\\d{1,2}))\\s*${SEP}+\\s*(\\d{1,3})(?:\\s*${SEP}+\\s*(\\d{1,3}))?(?=$|[^\\d])`,
);

function toFullWidthFree(s: string): string {
  return s
    .replace(/[Ⅰ-ⅻ]/g, (c) => ROMAN_CHARS[c] ?? c)
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[Ｉ]/g, 'I')
    .replace(/[Ｖ]/g, 'V')
    .replace(/[Ｘ]/g, 'X');
}

/** The code at the start of `raw` and the rest of the text (e.g. a folder's name after the code). */
export function parseIndicatorPrefix(raw: string): { key: string; rest: string } | null {
  const s = toFullWidthFree(raw.normalize('NFC'));
  const m = CODE_RE.exec(s);
  if (!m) return null;
  let major: string;
  if (m[1]) {
    major = m[1].toUpperCase();
    if (!ROMAN_VALUES.includes(major)) return null;
  } else {
    const n = Number(m[2]);
    if (n < 1 || n > ROMAN_VALUES.length) return null;
    major = ROMAN_VALUES[n - 1]!;
  }
  const parts = [major, String(Number(m[3]))];
  if (m[4] !== undefined) parts.push(String(Number(m[4])));
  const rest = s.slice(m[0].length).replace(/^[\s\-—_.、:：)）]+/, '').trim();
  return { key: parts.join('-'), rest };
}

export function normalizeIndicatorCode(raw: string): string | null {
  return parseIndicatorPrefix(raw)?.key ?? null;
}
