/**
 * Is extracted text usable? Image-only scans give (almost) no text; fonts without a ToUnicode
 * map give control characters (Identity-H) or GBK bytes shown as Latin-1 (ÊÀ½ç…).
 */
import { iconvDecode } from '../util/iconv.js';

export interface TextQuality {
  verdict: 'ok' | 'scanned' | 'garbled';
  /** Non-whitespace characters over all pages. */
  chars: number;
  /** Share of non-whitespace characters that are control characters, U+FFFD or private-use. */
  garbledRatio: number;
  /** Page texts re-decoded from Latin-1 mojibake as GBK, when that gave clean Chinese. */
  repaired?: string[];
}

/**
 * Below this many non-whitespace characters per page on average, a PDF has no text layer (an
 * image-only scan). Kept low: one-word PDFs (目录) exist and are text.
 */
export const MIN_CHARS_PER_PAGE = 2;
/** Text that scanner apps stamp on every page of an image scan. */
const SCANNER_STAMP = /扫描全能王|CamScanner|全能扫描王|夸克扫描王|扫描王/g;

const isBad = (c: number) => c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff);

/** JavaScript's \s (WhiteSpace and LineTerminator), for one UTF-16 code unit. */
const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** Counts by code point (a surrogate pair is one character), by index: every PDF's text passes here. */
function stats(s: string): { chars: number; bad: number; latin1: number; cjk: number } {
  let chars = 0;
  let bad = 0;
  let latin1 = 0;
  let cjk = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    chars++;
    if (isBad(c)) bad++;
    else if (c >= 0xa0 && c <= 0xff) latin1++;
    else if (c >= 0x3000) cjk++;
  }
  return { chars, bad, latin1, cjk };
}

/** GBK bytes decoded as Latin-1 → decode them again as GB18030. Null when that is not clean Chinese. */
export function repairLatin1Gbk(s: string): string | null {
  const out: string[] = [];
  // Keep whitespace runs; re-decode each non-space run (spaces between glyphs were inserted by layout).
  for (const part of s.split(/(\s+)/)) {
    if (/^\s*$/.test(part)) {
      out.push(part);
      continue;
    }
    // pdf.js shows two Latin-1 bytes differently: µ (0xB5) as Greek μ, the soft hyphen (0xAD) as '-'.
    const bytes = part.replace(/\u03BC/g, '\u00B5').replace(/(?<=[\u00A1-\u00FF])-|-(?=[\u00A1-\u00FF])/g, '\u00AD');
    if ([...bytes].some((ch) => (ch.codePointAt(0) ?? 0) > 0xff)) return null;
    out.push(iconvDecode(Buffer.from(bytes, 'latin1'), 'gb18030'));
  }
  const fixed = out.join('');
  const st = stats(fixed);
  if (fixed.includes('\uFFFD') || st.cjk < st.chars * 0.5) return null;
  return fixed.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g, '');
}

export function classifyText(pageTexts: string[]): TextQuality {
  const all = stats(pageTexts.join('\n'));
  const pages = Math.max(1, pageTexts.length);
  const garbledRatio = all.chars === 0 ? 0 : all.bad / all.chars;
  if (all.chars < MIN_CHARS_PER_PAGE * pages) return { verdict: 'scanned', chars: all.chars, garbledRatio };
  // Without a stamp the text is unchanged (and no count can fall): counted again only with one.
  const joined = pageTexts.join('\n');
  const unstampedText = joined.replace(SCANNER_STAMP, '').replace(/\bCS\b/g, '');
  const unstamped = unstampedText === joined ? all : stats(unstampedText);
  if (unstamped.chars < all.chars && unstamped.chars < 10 * pages) return { verdict: 'scanned', chars: all.chars, garbledRatio };
  if (garbledRatio > 0.2) return { verdict: 'garbled', chars: all.chars, garbledRatio };
  // Latin-1 mojibake: mostly U+00A0–U+00FF, (almost) no CJK.
  if (all.latin1 > all.chars * 0.3 && all.cjk < all.chars * 0.05) {
    const repaired = pageTexts.map((t) => repairLatin1Gbk(t));
    if (repaired.every((r): r is string => r !== null)) return { verdict: 'ok', chars: all.chars, garbledRatio, repaired };
    return { verdict: 'garbled', chars: all.chars, garbledRatio: all.latin1 / all.chars };
  }
  return { verdict: 'ok', chars: all.chars, garbledRatio };
}
