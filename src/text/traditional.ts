/**
 * A report written in traditional characters (a clerk ran Word's 简转繁 by mistake: 領導小組由局長擔任組長，負總責) is
 * read as its simplified text (session 18). The element tests, the sections and every other text fact are keyed on simplified
 * words, so without this the whole report read as saying nothing.
 *
 * The detector: a Han character is traditional-only when opencc-js's own t→cn conversion changes it (領→领, 實→实; 着, 干, 后
 * stay: simplified text holds them). The text is traditional when such characters make up at least TRADITIONAL_SHARE of its Han
 * characters. Measured on the 8,154 training reports: simplified, the most is 0 (none holds one); their traditional twins
 * (opencc cn→t), the least is 23.8% (9421: 85 of 357). A simplified report quoting a traditional title or name
 * (《關於進一步加強…的通知》, a 繁體 signature) holds a few per cent at most in a short report; 10% sits well between.
 *
 * The conversion: opencc-js Converter({ from: 't', to: 'cn' }) — from 't' (OpenCC's standard traditional), not 'tw', whose
 * Taiwan variants turn simplified 显著 into 显着. Only a text the detector calls traditional is converted; otherwise it is
 * returned untouched. The conversion keeps the text's length (UTF-16 units), so an offset into it is an offset into the
 * original: if the phrase-level conversion ever changed the length, the text is converted character by character, and a
 * character whose own conversion changes its length is kept as it was.
 */
import { Converter } from 'opencc-js/t2cn';

/** The share of Han characters that are traditional-only at and above which a text is read as traditional. */
export const TRADITIONAL_SHARE = 0.1;

type Convert = (s: string) => string;
let converter: Convert | undefined;
function t2cn(): Convert {
  // Built on first use (~12 ms): a run reading no document does not pay for it.
  converter ??= Converter({ from: 't', to: 'cn' }) as Convert;
  return converter;
}

const HAN = /\p{Script=Han}/u;
/** Per character: does the t→cn conversion change it (a traditional-only character)? */
const changed = new Map<string, boolean>();
function traditionalOnly(ch: string): boolean {
  let v = changed.get(ch);
  if (v === undefined) {
    v = t2cn()(ch) !== ch;
    changed.set(ch, v);
  }
  return v;
}

/** Han characters and, of them, traditional-only ones. */
export function scriptCounts(text: string): { han: number; traditional: number } {
  let han = 0;
  let traditional = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (traditionalOnly(ch)) traditional++;
  }
  return { han, traditional };
}

/** Counts of a traditional text: traditional-only characters are at least TRADITIONAL_SHARE of its (some) Han characters. */
function atShare({ han, traditional }: { han: number; traditional: number }): boolean {
  return han > 0 && traditional >= han * TRADITIONAL_SHARE;
}

/** The text is written in traditional characters: traditional-only characters are at least TRADITIONAL_SHARE of its Han characters. */
export function isTraditional(text: string): boolean {
  return atShare(scriptCounts(text));
}

/** The simplified reading of a traditional text, of the same length (see the module comment). */
export function toSimplified(text: string): string {
  const out = t2cn()(text);
  if (out.length === text.length) return out;
  let s = '';
  for (const ch of text) {
    const c = t2cn()(ch);
    s += c.length === ch.length ? c : ch;
  }
  return s;
}

/**
 * The texts of one document read as simplified when, taken together, they are traditional (one verdict for the whole document:
 * a page is not judged alone). Returns the texts untouched and `traditional: false` otherwise.
 */
export function readSimplified(texts: string[]): { texts: string[]; traditional: boolean } {
  let han = 0;
  let traditional = 0;
  for (const t of texts) {
    const c = scriptCounts(t);
    han += c.han;
    traditional += c.traditional;
  }
  if (!atShare({ han, traditional })) return { texts, traditional: false };
  return { texts: texts.map(toSimplified), traditional: true };
}
