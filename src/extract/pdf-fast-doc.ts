/**
 * The document layer of the fast text path (pdf-fast.ts): a classic cross-reference table (and
 * its /Prev chain), objects fetched by number, streams decoded (none or FlateDecode only), the
 * page tree and the Info dictionary. Reads only documents pdf.js reads the same way without any
 * repair: a header at byte 0, `startxref` pointing at an `xref` table whose every used entry
 * points at `N G obj`, streams whose /Length lands on `endstream`, no encryption, no cross-
 * reference or object streams, no linearization. Anything else declines (pdf.js reads it).
 *
 * Bounds: objects fetched per document, nesting of fetches, /Prev sections, page-tree depth and
 * size, and every decoded stream (PDF_STREAM_MAX_BYTES, what pdf.js is held to).
 */
import { inflateRawSync } from 'node:zlib';
import { Decline, Dict, EOF, Lexer, Name, Ref, Stream, decline, isWhite, type Obj } from './pdf-fast-syntax.js';
import { PDF_STREAM_MAX_BYTES } from './pdf-stream-cap.js';

/** Objects one document may fetch (a 300-page report fetches a few thousand). */
export const MAX_FETCHES = 200_000;
/** Cross-reference sections followed through /Prev. */
export const MAX_XREF_SECTIONS = 32;
/** Entries in all cross-reference sections together. */
export const MAX_XREF_ENTRIES = 1_000_000;
/** Depth of the page tree. */
export const MAX_TREE_DEPTH = 32;
/** Decoded bytes of all streams of one document together (each is also held to PDF_STREAM_MAX_BYTES). */
export const MAX_DECODED_TOTAL = 256 * 1024 * 1024;

interface Entry {
  offset: number;
  gen: number;
}

export class FastDoc {
  private entries = new Map<number, Entry | null>();
  private cache = new Map<number, Obj>();
  private fetching = new Set<number>();
  private fetches = 0;
  private decoded = 0;
  readonly trailer: Dict;

  constructor(readonly buf: Uint8Array) {
    if (!startsWith(buf, 0, '%PDF-')) decline('no header at byte 0');
    const head = latin1(buf, 0, Math.min(buf.length, 1024));
    if (head.includes('/Linearized')) decline('linearized');
    const tailStart = Math.max(0, buf.length - 1024);
    const tail = latin1(buf, tailStart, buf.length);
    const at = tail.lastIndexOf('startxref');
    if (at < 0) decline('no startxref');
    // pdf.js: whitespace, then decimal digits (a comment or sign there reads as 0: repaired).
    let p = tailStart + at + 9;
    while (p < buf.length && isWhite(buf[p]!)) p++;
    let start = 0;
    let digits = 0;
    while (p < buf.length && buf[p]! >= 0x30 && buf[p]! <= 0x39 && digits < 12) {
      start = start * 10 + (buf[p]! - 0x30);
      p++;
      digits++;
    }
    if (digits === 0 || start <= 0 || start >= buf.length) decline('bad startxref');
    let offset = start;
    let trailer: Dict | null = null;
    const seen = new Set<number>();
    let count = 0;
    for (let section = 0; ; section++) {
      if (section >= MAX_XREF_SECTIONS || seen.has(offset)) decline('xref chain');
      seen.add(offset);
      const t = this.readTable(offset, () => (count += 1) > MAX_XREF_ENTRIES);
      trailer ??= t;
      if (t.map.has('XRefStm') || t.map.has('Encrypt')) decline('hybrid xref or encrypted');
      const prev = t.map.get('Prev');
      if (prev === undefined) break;
      if (typeof prev !== 'number' || !Number.isInteger(prev) || prev <= 0 || prev >= buf.length) decline('bad /Prev');
      offset = prev as number;
    }
    this.trailer = trailer!;
    if (linearizedFirstObject(buf)) decline('linearization dictionary');
    if (!(this.trailer.map.get('Root') instanceof Ref)) decline('no /Root');
  }

  /** One `xref` section and its trailer; entries already known (a newer section) are kept. */
  private readTable(offset: number, tooMany: () => boolean): Dict {
    const { buf } = this;
    if (!startsWith(buf, offset, 'xref')) decline('startxref not at an xref table');
    const lx = new Lexer(buf, offset + 4, buf.length, false);
    for (;;) {
      const first = lx.token();
      if (first !== EOF && typeof first === 'object' && first !== null && 'cmd' in first && first.cmd === 'trailer') break;
      const n = lx.token();
      if (typeof first !== 'number' || typeof n !== 'number' || !Number.isInteger(first) || !Number.isInteger(n) || first < 0 || n < 0) decline('bad xref subsection');
      for (let i = 0; i < (n as number); i++) {
        if (tooMany()) decline('too many xref entries');
        const off = lx.token();
        const gen = lx.token();
        const kind = lx.token();
        if (typeof off !== 'number' || typeof gen !== 'number' || !Number.isInteger(off) || !Number.isInteger(gen)) decline('bad xref entry');
        const k = kind !== EOF && typeof kind === 'object' && kind !== null && 'cmd' in kind ? kind.cmd : '';
        if (k !== 'n' && k !== 'f') decline('bad xref entry type');
        // pdf.js renumbers a table that starts at 1 with object 0's free entry: not here.
        if (i === 0 && k === 'f' && first === 1) decline('xref starts at 1 with a free entry');
        const num = (first as number) + i;
        if (this.entries.has(num)) continue;
        this.entries.set(num, k === 'n' ? { offset: off as number, gen: gen as number } : null);
      }
    }
    const first = this.entries.get(0);
    if (first !== undefined && first !== null) decline('object 0 in use');
    const t = lx.object();
    if (!(t instanceof Dict)) decline('bad trailer');
    return t as Dict;
  }

  /** The object a value refers to (the value itself when it is not a reference). */
  get(o: Obj | undefined): Obj | undefined {
    return o instanceof Ref ? this.fetch(o) : o;
  }

  /** An entry of a dictionary, references followed. */
  val(d: Dict, key: string): Obj | undefined {
    return this.get(d.map.get(key));
  }

  fetch(ref: Ref): Obj {
    const cached = this.cache.get(ref.num);
    if (cached !== undefined) return cached;
    const e = this.entries.get(ref.num);
    if (!e || e.gen !== ref.gen) return decline('missing or free object');
    if (++this.fetches > MAX_FETCHES) decline('too many objects');
    if (this.fetching.has(ref.num) || this.fetching.size > 16) decline('reference loop');
    this.fetching.add(ref.num);
    try {
      const lx = new Lexer(this.buf, e.offset, this.buf.length, false);
      const num = lx.token();
      const gen = lx.token();
      const kw = lx.token();
      if (num !== ref.num || gen !== ref.gen || !(kw !== EOF && typeof kw === 'object' && kw !== null && 'cmd' in kw && kw.cmd === 'obj')) decline('xref offset not at its object');
      let obj = lx.object();
      if (obj === EOF || (typeof obj === 'object' && obj !== null && 'cmd' in obj)) return decline('bad object');
      // pdf.js's parser has read two tokens past an object (`endobj` and the next object's number)
      // before it returns it: a token its lexer throws on there fails the object.
      const next = lx.token();
      if (obj instanceof Dict && next !== EOF && typeof next === 'object' && next !== null && 'cmd' in next && next.cmd === 'stream') obj = this.stream(obj, lx.pos);
      else lx.token();
      this.cache.set(ref.num, obj as Obj);
      return obj as Obj;
    } finally {
      this.fetching.delete(ref.num);
    }
  }

  /** A stream's extent as pdf.js finds it: from the line after `stream`, /Length bytes, then `endstream`. */
  private stream(dict: Dict, afterKeyword: number): Stream {
    const { buf } = this;
    let p = afterKeyword;
    // pdf.js's Lexer.skipToNextLine: past the first CR, CR LF or LF.
    while (p < buf.length) {
      const c = buf[p++];
      if (c === 0x0d) {
        if (buf[p] === 0x0a) p++;
        break;
      }
      if (c === 0x0a) break;
    }
    const start = p;
    const length = this.val(dict, 'Length');
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || start + length > buf.length) return decline('bad /Length');
    let q = start + length;
    while (q < buf.length && isWhite(buf[q]!)) q++;
    if (!startsWith(buf, q, 'endstream')) decline('no endstream at /Length');
    // The token read must be `endstream` itself, and the two after it must lex (see fetch).
    const after = new Lexer(buf, q, buf.length, false);
    const end = after.token();
    if (!(end !== EOF && typeof end === 'object' && end !== null && 'cmd' in end && end.cmd === 'endstream')) decline('no endstream at /Length');
    after.token();
    after.token();
    return new Stream(dict, start, length);
  }

  /** A stream's decoded bytes: no filter or FlateDecode (as pdf.js's patched reader inflates it). */
  bytes(s: Stream): Uint8Array {
    const raw = this.buf.subarray(s.start, s.start + s.length);
    // pdf.js's Parser.filter: dict.get("F", "Filter"), /F first.
    let filter = this.val(s.dict, 'F');
    if (filter === undefined) filter = this.val(s.dict, 'Filter');
    if (Array.isArray(filter)) {
      if (filter.length !== 1) decline('filter chain');
      filter = this.get(filter[0]);
    }
    if (filter === undefined) {
      // Unfiltered bytes are read (lexed) too: they count (a stream shared by every page, for each).
      this.decoded += raw.length;
      if (this.decoded > MAX_DECODED_TOTAL) decline('too much decoded');
      return raw;
    }
    if (!(filter instanceof Name) || (filter.name !== 'FlateDecode' && filter.name !== 'Fl')) return decline('filter');
    if (s.dict.map.has('DecodeParms') || s.dict.map.has('DP')) decline('decode parameters');
    if (s.length === 0) return new Uint8Array(0);
    if (raw.length < 2) decline('short deflate stream');
    const cmf = raw[0]!;
    const flg = raw[1]!;
    if ((cmf & 0x0f) !== 8 || ((cmf << 8) + flg) % 31 !== 0 || flg & 0x20) decline('bad zlib header');
    let out: Buffer;
    try {
      out = inflateRawSync(raw.subarray(2), { maxOutputLength: PDF_STREAM_MAX_BYTES });
    } catch {
      // Cut short, a bad code, or beyond the bound: pdf.js's own decoder and its cap decide.
      return decline('inflate failed');
    }
    this.decoded += out.length;
    if (this.decoded > MAX_DECODED_TOTAL) decline('too much decoded');
    return out;
  }
}

/**
 * pdf.js's Linearization.create lexes the file's first object (comments, #-escaped names and all):
 * a dictionary with /Linearized there makes pdf.js start at the xref after the first `endobj`, not
 * at startxref — a text search of the first KB misses '/Lin#65arized' or a key past a long comment.
 * Anything there that does not lex counts as linearized (pdf.js reads the file).
 */
function linearizedFirstObject(buf: Uint8Array): boolean {
  try {
    const lx = new Lexer(buf, 0, buf.length, false);
    const num = lx.token();
    const gen = lx.token();
    const kw = lx.token();
    if (typeof num !== 'number' || typeof gen !== 'number' || !(kw !== EOF && typeof kw === 'object' && kw !== null && 'cmd' in kw && kw.cmd === 'obj')) return false;
    const d = lx.object();
    return d instanceof Dict && d.map.has('Linearized');
  } catch {
    return true;
  }
}

export function startsWith(buf: Uint8Array, at: number, s: string): boolean {
  if (at < 0 || at + s.length > buf.length) return false;
  for (let i = 0; i < s.length; i++) if (buf[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

export function latin1(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}

export { Decline };
