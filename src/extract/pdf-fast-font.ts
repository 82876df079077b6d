/**
 * Fonts for the fast text path (pdf-fast.ts): what pdf.js's text extraction takes from a font,
 * for the fonts office suites write — a simple TrueType/Type1 font or a Type0 font with
 * Identity-H, each with an embedded, non-empty program and its own ToUnicode CMap; or a Type0
 * font with a predefined horizontal CJK CMap (UniGB-UTF16-H …), with its own ToUnicode map or,
 * not embedded, without one (then its CIDs are read through Adobe-<ordering>-UCS2: pdf-fast-cmap.ts).
 * Those are the cases where the reader's patched pdf.js (pdfjs-text-worker.ts, `font-program`)
 * never converts a program: a glyph's text is its code's ToUnicode entry, its width the font
 * dictionary's. Every other font (Type3, standard 14, embedded CMaps, vertical writing, no
 * ToUnicode with an embedded program, a /FontMatrix) declines.
 */
import { Decline, Dict, EOF, Lexer, Name, Ref, Stream, decline, nameOf, type Obj } from './pdf-fast-syntax.js';
import type { FastDoc } from './pdf-fast-doc.js';
import { builtInCMap, predefinedToUnicode, type PredefinedCMap } from './pdf-fast-cmap.js';

/** Entries a ToUnicode map may write (a code written twice counts twice). */
export const MAX_TOUNICODE_ENTRIES = 1 << 20;
/** ToUnicode entries all fonts of one document may hold together (300 fonts sharing one 1-line
 * bfrange <0000> <FFFF> were 20 million entries, 51 s and 1.7 GB), the predefined CMaps its fonts
 * name and the maps built from them included (each once per document). */
export const MAX_DOC_TOUNICODE_ENTRIES = 1 << 20;
const docToUnicode = new WeakMap<FastDoc, number>();
const readMaps = new WeakMap<Stream, Map<number, string>>();
/** A ToUnicode stream's map, read once per stream object and counted against the document's bound. */
function toUnicodeOf(doc: FastDoc, tu: Stream): Map<number, string> {
  let map = readMaps.get(tu);
  if (map) return map;
  map = readToUnicode(doc.bytes(tu));
  const held = (docToUnicode.get(doc) ?? 0) + map.size;
  if (held > MAX_DOC_TOUNICODE_ENTRIES) decline('ToUnicode maps too large together');
  docToUnicode.set(doc, held);
  readMaps.set(tu, map);
  return map;
}
/**
 * A predefined CMap, or a ToUnicode map built from one (shared by every font and document of the
 * thread, pdf-fast-cmap.ts), counted against the document's bound once per document: a document
 * whose fonts name many predefined CMaps makes the thread build and hold each of them.
 */
const heldShared = new WeakMap<FastDoc, Set<Map<number, unknown>>>();
function holdShared(doc: FastDoc, map: Map<number, unknown>): void {
  let seen = heldShared.get(doc);
  if (!seen) heldShared.set(doc, (seen = new Set()));
  if (seen.has(map)) return;
  seen.add(map);
  const held = (docToUnicode.get(doc) ?? 0) + map.size;
  if (held > MAX_DOC_TOUNICODE_ENTRIES) decline('ToUnicode maps too large together');
  docToUnicode.set(doc, held);
}
/** Width entries a composite font's /W may give. */
export const MAX_CID_WIDTHS = 1 << 20;

export interface Category {
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
}

export interface FastGlyph {
  originalCharCode: number;
  unicode: string;
  width: number;
  category: Category;
}

/** pdf.js's getCharUnicodeCategory (same expression, same cache semantics). */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const categories = new Map<string, Category>();
export function category(char: string): Category {
  let c = categories.get(char);
  if (c) return c;
  const groups = char.match(SPECIAL_CHAR);
  c = { isWhitespace: !!groups?.[1], isZeroWidthDiacritic: !!groups?.[2], isInvisibleFormatMark: !!groups?.[3] };
  if (categories.size < 65536) categories.set(char, c);
  return c;
}

export class FastFont {
  private glyphs = new Map<number, FastGlyph>();
  constructor(
    readonly composite: boolean,
    /** A composite font's predefined CMap (null: Identity-H, two bytes a code, CID = code). */
    private readonly cMap: PredefinedCMap | null,
    private readonly toUnicode: Map<number, string>,
    private readonly widths: Map<number, number>,
    private readonly defaultWidth: number,
    /** A simple font with an /Encoding: a code without a ToUnicode entry would get pdf.js's encoding fallback. */
    private readonly hasEncoding: boolean,
  ) {}

  /**
   * The glyphs of a shown string (pdf.js's charsToGlyphs for these fonts), written into `out`
   * from index 0 (an array the caller reuses); their count.
   */
  glyphsOf(chars: string, out: FastGlyph[]): number {
    let n = 0;
    if (this.cMap) {
      for (let i = 0; i < chars.length; ) {
        const { charcode, length } = this.cMap.readCharCode(chars, i);
        i += length;
        out[n++] = this.glyph(charcode);
      }
    } else if (this.composite) {
      if (chars.length % 2 !== 0) decline('odd byte count for a two-byte font');
      for (let i = 0; i < chars.length; i += 2) out[n++] = this.glyph((chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1));
    } else {
      // One-byte codes (charCodeAt of a binary string: 0–255, or an octal escape up to 0o777).
      const byCode = this.byCode;
      for (let i = 0; i < chars.length; i++) {
        const code = chars.charCodeAt(i);
        out[n++] = (code < 256 ? byCode[code] : undefined) ?? this.glyph(code);
      }
    }
    return n;
  }

  /** A simple font's glyphs by code below 256 (the Map, without hashing). */
  private byCode: (FastGlyph | undefined)[] = [];

  private glyph(code: number): FastGlyph {
    let g = this.glyphs.get(code);
    if (g) return g;
    if (code > 0xffff && !this.cMap) decline('char code');
    const mapped = this.toUnicode.get(code);
    if (mapped === undefined && this.hasEncoding) decline('code without a ToUnicode entry');
    // pdf.js's _charToGlyph: a composite font's width is its CID's (the code's, outside the CMap).
    let widthCode: number | string = code;
    if (this.cMap?.map.has(code)) widthCode = this.cMap.map.get(code)!;
    if (typeof widthCode !== 'number') return decline('CMap maps a code to a string');
    let width = this.widths.get(widthCode);
    if (typeof width !== 'number') width = this.defaultWidth;
    const unicode = mapped || String.fromCharCode(code);
    g = { originalCharCode: code, unicode, width, category: category(unicode) };
    this.glyphs.set(code, g);
    if (!this.composite && code < 256) this.byCode[code] = g;
    return g;
  }
}

/** Load the font a resource name refers to (by reference, as pdf.js caches fonts). */
export function loadFont(doc: FastDoc, ref: Obj | undefined): FastFont {
  if (!(ref instanceof Ref)) return decline('font not by reference');
  const base = doc.fetch(ref);
  if (!(base instanceof Dict)) return decline('font not a dictionary');
  const subtype = nameOf(doc.val(base, 'Subtype'));
  let dict = base;
  let composite = false;
  let cMap: PredefinedCMap | null = null;
  let cMapName = '';
  if (subtype === 'Type0') {
    const enc = nameOf(doc.val(base, 'Encoding'));
    if (enc === undefined) return decline('Type0 encoding not a predefined CMap');
    if (enc !== 'Identity-H') {
      cMap = builtInCMap(enc);
      holdShared(doc, cMap.map);
      if (cMap.vertical) decline('vertical CMap');
      cMapName = enc;
    }
    const df = doc.val(base, 'DescendantFonts');
    const d = Array.isArray(df) ? doc.get(df[0]) : undefined;
    if (!(d instanceof Dict)) return decline('descendant font');
    const ds = nameOf(doc.val(d, 'Subtype'));
    if (ds !== 'CIDFontType0' && ds !== 'CIDFontType2') decline('descendant subtype');
    // pdf.js reads CIDSystemInfo's Registry and Ordering as strings whatever the encoding: a
    // missing one fails the font there (its text is dropped).
    const info = doc.val(d, 'CIDSystemInfo');
    if (info !== undefined && (!(info instanceof Dict) || typeof doc.val(info, 'Registry') !== 'string' || typeof doc.val(info, 'Ordering') !== 'string')) decline('CIDSystemInfo');
    dict = d;
    composite = true;
  } else if (subtype !== 'TrueType' && subtype !== 'Type1') {
    decline('font subtype');
  }
  if (dict.map.has('FontMatrix')) decline('font matrix');
  const descriptor = doc.val(dict, 'FontDescriptor');
  if (!(descriptor instanceof Dict)) return decline('no font descriptor');
  const fontName = doc.val(descriptor, 'FontName');
  const baseFont = doc.val(dict, 'BaseFont');
  const isName = (x: Obj | undefined) => x instanceof Name || typeof x === 'string';
  if ((fontName !== undefined && !isName(fontName)) || (!isName(fontName) && !isName(baseFont))) decline('font name');
  const fileKey = ['FontFile', 'FontFile2', 'FontFile3'].find((k) => descriptor.map.get(k) !== undefined);
  const file = fileKey ? doc.val(descriptor, fileKey) : undefined;
  const tu = doc.val(dict, 'ToUnicode') || doc.val(base, 'ToUnicode');
  let toUnicode: Map<number, string>;
  if (tu !== undefined) {
    // Its own ToUnicode map: the patched pdf.js takes the text from it alone. With Identity-H or a
    // simple font the program must be there (pdf.js's substitutes for a missing one can amend the
    // map); a predefined CMap keeps the map whatever the program.
    if (!(tu instanceof Stream)) return decline('ToUnicode not a stream');
    toUnicode = toUnicodeOf(doc, tu);
    if (toUnicode.size === 0) decline('empty ToUnicode');
    if (!cMap || file !== undefined) {
      if (!(file instanceof Stream)) return decline('font program not embedded');
      // pdf.js decodes the program to see that it is not empty (an empty one: a substitute font).
      if (doc.bytes(file).length === 0) decline('empty font program');
    }
  } else {
    // No ToUnicode: only a predefined CMap with a font that is not embedded (pdf.js maps its CIDs
    // through Adobe-<ordering>-UCS2 and converts no program).
    if (!cMap) return decline('no ToUnicode stream');
    if (fileKey !== undefined) decline('embedded program without ToUnicode');
    const info = doc.val(dict, 'CIDSystemInfo');
    if (!(info instanceof Dict)) return decline('no CIDSystemInfo');
    const registry = doc.val(info, 'Registry');
    const ordering = doc.val(info, 'Ordering');
    if (registry !== 'Adobe' || (ordering !== 'GB1' && ordering !== 'CNS1' && ordering !== 'Japan1' && ordering !== 'Korea1')) return decline('CID system');
    holdShared(doc, builtInCMap(`Adobe-${ordering}-UCS2`).map);
    toUnicode = predefinedToUnicode(cMapName, cMap, ordering);
    holdShared(doc, toUnicode);
  }

  const widths = new Map<number, number>();
  let defaultWidth = 0;
  let hasEncoding = false;
  if (composite) {
    const dw = doc.val(dict, 'DW');
    defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
    readCidWidths(doc, doc.val(dict, 'W'), widths);
  } else {
    const enc = doc.val(base, 'Encoding');
    if (enc !== undefined) {
      hasEncoding = true;
      if (enc instanceof Dict) {
        const diff = doc.val(enc, 'Differences');
        if (diff !== undefined && (!Array.isArray(diff) || diff.some((x) => { const v = doc.get(x); return typeof v !== 'number' && !(v instanceof Name); }))) decline('bad /Differences');
      } else if (!(enc instanceof Name)) decline('bad /Encoding');
    }
    const ws = doc.val(dict, 'Widths');
    if (!Array.isArray(ws)) return decline('no /Widths');
    let firstChar = doc.val(dict, 'FirstChar');
    if (typeof firstChar !== 'number' || !Number.isInteger(firstChar)) firstChar = 0;
    let j = firstChar as number;
    for (const w of ws) {
      const width = doc.get(w);
      if (typeof width === 'number') widths.set(j, width);
      j++;
    }
    const missing = doc.val(descriptor, 'MissingWidth');
    defaultWidth = typeof missing === 'number' ? missing : 0;
  }
  return new FastFont(composite, cMap, toUnicode, widths, defaultWidth, hasEncoding);
}

/** pdf.js's extractWidths for a composite font's /W. */
function readCidWidths(doc: FastDoc, w: Obj | undefined, widths: Map<number, number>): void {
  if (!Array.isArray(w)) return;
  let count = 0;
  for (let i = 0, ii = w.length; i < ii; i++) {
    let start = doc.get(w[i++]);
    if (typeof start !== 'number' || !Number.isInteger(start)) break;
    const code = doc.get(w[i]);
    if (Array.isArray(code)) {
      for (const c of code) {
        const width = doc.get(c);
        if (typeof width === 'number') widths.set(start as number, width);
        start = (start as number) + 1;
      }
      count += code.length;
    } else if (typeof code === 'number' && Number.isInteger(code)) {
      const width = doc.get(w[++i]);
      if (typeof width !== 'number') continue;
      if (code - (start as number) > MAX_CID_WIDTHS) decline('width range');
      for (let j = start as number; j <= code; j++) widths.set(j, width);
      count += Math.max(0, code - (start as number) + 1);
    } else break;
    if (count > MAX_CID_WIDTHS) decline('too many widths');
  }
}

const strToInt = (s: string): number => {
  let a = 0;
  for (let i = 0; i < s.length; i++) a = (a << 8) | s.charCodeAt(i);
  return a >>> 0;
};

/**
 * A ToUnicode CMap stream as pdf.js's readToUnicode reads it (bfchar and bfrange entries, UTF-16BE
 * targets); anything pdf.js would warn about and skip declines.
 */
export function readToUnicode(bytes: Uint8Array): Map<number, string> {
  const lx = new Lexer(bytes, 0, bytes.length, false);
  const raw = new Map<number, string>();
  let name = '';
  const tokenOf = (): Obj | typeof EOF => lx.token();
  const isCmd = (t: Obj | typeof EOF, c: string): boolean => t !== EOF && typeof t === 'object' && t !== null && 'cmd' in t && t.cmd === c;
  // Every entry written counts, the same code again included: 2^20 ranges of 65,536 codes each
  // would otherwise be 2^36 steps for a map of 65,536 entries.
  let written = 0;
  const set = (code: number, dst: string): void => {
    if (++written > MAX_TOUNICODE_ENTRIES) decline('ToUnicode too large');
    raw.set(code, dst);
  };
  for (;;) {
    const t = tokenOf();
    if (t === EOF) break;
    if (t instanceof Name) {
      if (t.name === 'WMode') tokenOf();
      else if (t.name === 'CMapName') {
        const n = tokenOf();
        if (n instanceof Name) name = n.name;
      }
      continue;
    }
    if (isCmd(t, 'endcmap')) break;
    if (isCmd(t, 'usecmap') || isCmd(t, 'begincidchar') || isCmd(t, 'begincidrange')) decline('ToUnicode uses a CMap or CIDs');
    if (isCmd(t, 'begincodespacerange')) {
      for (;;) {
        const a = tokenOf();
        if (isCmd(a, 'endcodespacerange')) break;
        const b = tokenOf();
        if (typeof a !== 'string' || typeof b !== 'string') decline('bad codespace range');
      }
    } else if (isCmd(t, 'beginbfchar')) {
      for (;;) {
        const a = tokenOf();
        if (isCmd(a, 'endbfchar')) break;
        const b = tokenOf();
        if (typeof a !== 'string' || typeof b !== 'string') return decline('bad bfchar');
        set(strToInt(a), b);
      }
    } else if (isCmd(t, 'beginbfrange')) {
      for (;;) {
        const a = tokenOf();
        if (isCmd(a, 'endbfrange')) break;
        const b = tokenOf();
        if (typeof a !== 'string' || typeof b !== 'string') return decline('bad bfrange');
        let low = strToInt(a);
        const high = strToInt(b);
        if (high - low > 0xffff) decline('bfrange too wide');
        const d = tokenOf();
        if (typeof d === 'string' || (typeof d === 'number' && Number.isInteger(d))) {
          let dst = typeof d === 'number' ? String.fromCharCode(d) : d;
          const lastByte = dst.length - 1;
          while (low <= high) {
            set(low++, dst);
            const next = dst.charCodeAt(lastByte) + 1;
            if (next > 0xff) {
              dst = dst.substring(0, lastByte - 1) + String.fromCharCode(dst.charCodeAt(lastByte - 1) + 1) + '\x00';
              continue;
            }
            dst = dst.substring(0, lastByte) + String.fromCharCode(next);
          }
        } else if (isCmd(d, '[')) {
          const arr: string[] = [];
          for (;;) {
            const x = tokenOf();
            if (isCmd(x, ']')) break;
            if (typeof x !== 'string') return decline('bad bfrange array');
            if (arr.length > 0xffff) decline('bfrange array too long');
            arr.push(x);
          }
          for (let i = 0; low <= high && i < arr.length; i++) set(low++, arr[i]!);
        } else return decline('bad bfrange target');
      }
    } else if (t !== null && typeof t === 'object' && !('cmd' in t)) {
      decline('unexpected object in a CMap');
    }
  }
  if (name === 'Identity-H' || name === 'Identity-V') decline('identity ToUnicode');
  // pdf.js's readToUnicode: targets are UTF-16BE, an odd-length one padded with a leading 0.
  const map = new Map<number, string>();
  const codes = [...raw.keys()].sort((x, y) => x - y);
  for (const code of codes) {
    let token = raw.get(code)!;
    if (token.length % 2 !== 0) token = `\u0000${token}`;
    const cps: number[] = [];
    for (let k = 0; k < token.length; k += 2) {
      const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
      if ((w1 & 0xf800) !== 0xd800) {
        cps.push(w1);
        continue;
      }
      k += 2;
      const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
      cps.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
    }
    map.set(code, String.fromCodePoint(...cps));
  }
  return map;
}

export { Decline };
