/**
 * The fast text path: the PDFs office suites write (LibreOffice, Word, WPS: a classic
 * cross-reference table, FlateDecode content, embedded fonts with their own ToUnicode CMaps) read
 * without pdf.js, returning exactly what the reader returns through pdf.js for them — the same
 * page count, metadata and text items, so the same page texts (pdf-text.ts lays them out either
 * way). Everything it is not sure of (encryption, object or cross-reference streams, a repaired
 * cross-reference table, fonts without ToUnicode or with predefined CMaps, Type3, form XObjects,
 * inline images, vertical or right-to-left text, rotation other than multiples of 90°, anything
 * malformed) returns null: pdf.js reads that document, unchanged. pdf.js is then never loaded in a
 * thread that only meets such documents, so its warm-up (V8 optimising pdf.js again in every
 * thread) is never paid for them.
 *
 * Reads untrusted bytes: every loop is bounded (pdf-fast-doc.ts, -font.ts, -text.ts); any
 * exception, expected (Decline) or not, falls back to pdf.js, which has its own bounds.
 */
import { FastDoc } from './pdf-fast-doc.js';
import { Dict, Name, Ref, Stream, decline, type Obj } from './pdf-fast-syntax.js';
import { pageItems } from './pdf-fast-text.js';
import type { FastFont } from './pdf-fast-font.js';
import { layoutItems } from './pdf-text.js';
import { MAX_PDF_PAGES } from './limits.js';
import { PDF_STREAM_MAX_BYTES } from './pdf-stream-cap.js';

/** What the fast path read: the fields of RawPdf the reader fills from pdf.js. */
export interface FastPdf {
  pages: number;
  /** The Info dictionary's strings as pdf.js decodes them (null when absent or not a string). */
  title: string | null;
  creationDate: string | null;
  modDate: string | null;
  pageTexts: string[];
}

/** Switch the fast path off (LEDGER_CHECK_PDF_FAST=0): every PDF goes to pdf.js. */
export const fastPathEnabled = (): boolean => process.env.LEDGER_CHECK_PDF_FAST !== '0';

let declined = 0;
let read = 0;
/** PDFs read by the fast path and handed to pdf.js on this thread (tests, benchmarks). */
export const fastPathCounts = (): { read: number; declined: number } => ({ read, declined });

/** Read a PDF the fast way, or null: pdf.js must read it. Never throws. */
export function readFast(data: Uint8Array): FastPdf | null {
  try {
    const out = readDoc(data);
    read++;
    return out;
  } catch {
    declined++;
    return null;
  }
}

const LETTER: number[] = [0, 0, 612, 792];

/** Characters of text one document may yield (a 300-page report: ~500,000). */
export const MAX_DOCUMENT_CHARS = 8_000_000;

/**
 * Content-stream bytes the pages of one document may ask to be read, a stream shared by several
 * pages counted once for each (a 300-page report: ~15 MB). Past it the fast path declines, and the
 * reader refuses the document before pdf.js reads it (contentBytes, pdf.ts): pdf.js parses a page's
 * content again for every page, so 3,000 pages sharing one 8 MB stream (24 GB) ran into the
 * reader's 120 s limit in a PDF thread, and without one (LEDGER_CHECK_PDF_THREADS=0) had none.
 */
export const MAX_DOC_CONTENT_BYTES = 256 * 1024 * 1024;

/** Tests: the fast read itself, throwing where readFast returns null. */
export function __readDoc(data: Uint8Array): FastPdf {
  return readDoc(data);
}

function readDoc(data: Uint8Array): FastPdf {
  const doc = new FastDoc(data);
  const root = doc.val(doc.trailer, 'Root');
  if (!(root instanceof Dict)) return decline('catalog');
  const pagesRoot = doc.val(root, 'Pages');
  if (!(pagesRoot instanceof Dict)) return decline('page tree');
  const pages = collectPages(doc, pagesRoot);
  const info = readInfo(doc);
  readAlsoRead(doc, root);
  const fonts = new Map<number, FastFont>();
  const pageTexts: string[] = [];
  let chars = 0;
  let contentBytes = 0;
  for (const page of pages) {
    const { content, resources, view, rotate, userUnit } = pageParts(doc, page);
    if ((contentBytes += content.length) > MAX_DOC_CONTENT_BYTES) decline('too much content');
    const items = pageItems(doc, { content, resources, viewBox: view }, fonts);
    const text = layoutItems(items, viewportTransform(view, userUnit, rotate));
    chars += text.length;
    if (chars > MAX_DOCUMENT_CHARS) decline('too much text');
    pageTexts.push(text);
  }
  return { pages: pages.length, ...info, pageTexts };
}

/**
 * The content-stream bytes a document's pages ask to be read (a stream counted once for each page
 * that draws it; decoded when its filter is none or FlateDecode, else its raw length), counted up
 * to just past `limit`; null when the document is not one the fast path's reader can open (pdf.js
 * then reads it as before). Each distinct stream is decoded once.
 */
export function contentBytes(data: Uint8Array, limit = MAX_DOC_CONTENT_BYTES): number | null {
  try {
    const doc = new FastDoc(data);
    const root = doc.val(doc.trailer, 'Root');
    if (!(root instanceof Dict)) return null;
    const pagesRoot = doc.val(root, 'Pages');
    if (!(pagesRoot instanceof Dict)) return null;
    const sizes = new Map<Stream, number>();
    const sizeOf = (s: Stream): number => {
      let n = sizes.get(s);
      if (n === undefined) {
        try {
          n = doc.bytes(s).length;
        } catch {
          n = s.length; // a filter the fast path does not decode, or past its bounds: at least its raw bytes
        }
        sizes.set(s, n);
      }
      return n;
    };
    let total = 0;
    for (const page of collectPages(doc, pagesRoot)) {
      const contents = doc.val(page, 'Contents');
      const parts = Array.isArray(contents) ? contents.map((c) => doc.get(c)) : [contents];
      for (const part of parts) {
        if (part instanceof Stream) total += sizeOf(part);
        if (total > limit) return total;
      }
    }
    return total;
  } catch {
    return null;
  }
}

/** The page dictionaries in order; the tree's counts must agree with its leaves (pdf.js trusts /Count). */
function collectPages(doc: FastDoc, top: Dict): Dict[] {
  const count = top.map.get('Count');
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0 || count > MAX_PDF_PAGES) decline('page count');
  const out: Dict[] = [];
  const seen = new Set<number>();
  const walk = (node: Dict, depth: number): number => {
    if (depth > 32) decline('page tree depth');
    const type = doc.val(node, 'Type');
    const kids = doc.val(node, 'Kids');
    if (type instanceof Name && type.name === 'Page') {
      if (kids !== undefined) decline('page with kids');
      out.push(node);
      if (out.length > MAX_PDF_PAGES) decline('too many pages');
      return 1;
    }
    if (!(type instanceof Name) || type.name !== 'Pages' || !Array.isArray(kids)) return decline('page tree node');
    let n = 0;
    for (const kid of kids) {
      if (!(kid instanceof Ref)) return decline('page tree kid not a reference');
      if (seen.has(kid.num)) decline('page tree loop');
      seen.add(kid.num);
      const d = doc.fetch(kid);
      if (!(d instanceof Dict)) return decline('page tree kid');
      n += walk(d, depth + 1);
    }
    const c = node.map.get('Count');
    if (c !== n) decline('page tree count');
    return n;
  };
  walk(top, 0);
  if (out.length !== count) decline('page count');
  return out;
}

/** Values of a key from the page up through /Parent, nearest first (pdf.js's getInheritableProperty). */
function inherited(doc: FastDoc, page: Dict, key: string): Obj[] {
  const values: Obj[] = [];
  const seen = new Set<Dict>();
  let d: Obj | undefined = page;
  for (let i = 0; d instanceof Dict && !seen.has(d); i++) {
    if (i > 64) decline('parent chain');
    seen.add(d);
    const v = doc.val(d, key);
    if (v !== undefined) values.push(v);
    d = doc.val(d, 'Parent');
  }
  return values;
}

function rect(doc: FastDoc, v: Obj | undefined): number[] | null {
  if (!Array.isArray(v) || v.length !== 4) return null;
  const r = v.map((x) => doc.get(x));
  if (!r.every((x) => typeof x === 'number')) return null;
  // pdf.js's Util.normalizeRect: swapped only when out of order.
  const box = r as number[];
  const n = box.slice();
  if (box[0]! > box[2]!) [n[0], n[2]] = [box[2]!, box[0]!];
  if (box[1]! > box[3]!) [n[1], n[3]] = [box[3]!, box[1]!];
  return n[2]! - n[0]! > 0 && n[3]! - n[1]! > 0 ? n : null;
}

function pageParts(doc: FastDoc, page: Dict): { content: Uint8Array; resources: Dict | null; view: number[]; rotate: number; userUnit: number } {
  const res = inherited(doc, page, 'Resources');
  if (res.some((r) => r !== res[0])) decline('resources at several levels');
  const resources = res[0] === undefined ? null : res[0] instanceof Dict ? res[0] : null;
  const mediaBox = rect(doc, inherited(doc, page, 'MediaBox')[0]) ?? LETTER;
  const cropBox = rect(doc, inherited(doc, page, 'CropBox')[0]) ?? mediaBox;
  let view = mediaBox;
  if (cropBox !== mediaBox && cropBox.some((x, i) => x !== mediaBox[i])) {
    const xLow = Math.max(cropBox[0]!, mediaBox[0]!);
    const xHigh = Math.min(cropBox[2]!, mediaBox[2]!);
    const yLow = Math.max(cropBox[1]!, mediaBox[1]!);
    const yHigh = Math.min(cropBox[3]!, mediaBox[3]!);
    if (xLow <= xHigh && yLow <= yHigh && xHigh - xLow > 0 && yHigh - yLow > 0) view = [xLow, yLow, xHigh, yHigh];
  }
  const rot = inherited(doc, page, 'Rotate')[0] ?? 0;
  if (typeof rot !== 'number' || !Number.isInteger(rot)) decline('rotate');
  let rotate = rot as number;
  if (rotate % 90 !== 0) rotate = 0;
  else if (rotate >= 360) rotate %= 360;
  else if (rotate < 0) rotate = ((rotate % 360) + 360) % 360;
  const uu = doc.val(page, 'UserUnit');
  const userUnit = typeof uu === 'number' && uu > 0 ? uu : 1;

  const contents = doc.val(page, 'Contents');
  let content: Uint8Array;
  if (contents === undefined) content = new Uint8Array(0);
  else if (contents instanceof Stream) {
    const own = doc.val(contents.dict, 'Resources');
    if (own instanceof Dict && own.map.size > 0) decline('content stream resources');
    content = doc.bytes(contents);
  } else if (Array.isArray(contents)) {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (const c of contents) {
      const s = doc.get(c);
      if (!(s instanceof Stream)) return decline('content part not a stream');
      const b = doc.bytes(s);
      total += b.length;
      if (total > PDF_STREAM_MAX_BYTES) decline('content too long');
      parts.push(b);
    }
    content = Buffer.concat(parts);
  } else return decline('contents');
  return { content, resources, view, rotate, userUnit };
}

/** pdf.js's PageViewport transform at scale 1. */
export function viewportTransform(viewBox: number[], userUnit: number, rotation: number): number[] {
  const scale = 1 * userUnit;
  const centerX = (viewBox[2]! + viewBox[0]!) / 2;
  const centerY = (viewBox[3]! + viewBox[1]!) / 2;
  let rotateA: number, rotateB: number, rotateC: number, rotateD: number;
  switch (rotation) {
    case 180:
      [rotateA, rotateB, rotateC, rotateD] = [-1, 0, 0, 1];
      break;
    case 90:
      [rotateA, rotateB, rotateC, rotateD] = [0, 1, 1, 0];
      break;
    case 270:
      [rotateA, rotateB, rotateC, rotateD] = [0, -1, -1, 0];
      break;
    default:
      [rotateA, rotateB, rotateC, rotateD] = [1, 0, 0, -1];
  }
  let offsetCanvasX: number, offsetCanvasY: number;
  if (rotateA === 0) {
    offsetCanvasX = Math.abs(centerY - viewBox[1]!) * scale + 0;
    offsetCanvasY = Math.abs(centerX - viewBox[0]!) * scale + 0;
  } else {
    offsetCanvasX = Math.abs(centerX - viewBox[0]!) * scale + 0;
    offsetCanvasY = Math.abs(centerY - viewBox[1]!) * scale + 0;
  }
  return [
    rotateA * scale,
    rotateB * scale,
    rotateC * scale,
    rotateD * scale,
    offsetCanvasX - rotateA * scale * centerX - rotateC * scale * centerY,
    offsetCanvasY - rotateB * scale * centerX - rotateD * scale * centerY,
  ];
}

/**
 * What pdf.js also reads while opening a document and its metadata, so that what could fail or be
 * refused there is met here too: the trailer's /ID (a broken reference makes pdf.js re-index the
 * file) and the catalog's XMP /Metadata stream (a decompression bomb there refuses the document).
 */
function readAlsoRead(doc: FastDoc, root: Dict): void {
  doc.val(doc.trailer, 'ID');
  const meta = root.map.get('Metadata');
  if (!(meta instanceof Ref)) return;
  const stream = doc.fetch(meta);
  if (!(stream instanceof Stream)) return;
  const type = doc.val(stream.dict, 'Type');
  const subtype = doc.val(stream.dict, 'Subtype');
  if (type instanceof Name && type.name === 'Metadata' && subtype instanceof Name && subtype.name === 'XML') doc.bytes(stream);
}

function readInfo(doc: FastDoc): { title: string | null; creationDate: string | null; modDate: string | null } {
  const out = { title: null as string | null, creationDate: null as string | null, modDate: null as string | null };
  const info = doc.val(doc.trailer, 'Info');
  if (info === undefined) return out;
  if (!(info instanceof Dict)) return decline('Info not a dictionary');
  // pdf.js reads every entry (a broken reference fails the document there).
  for (const v of info.map.values()) doc.get(v);
  const str = (k: string): string | null => {
    const v = doc.val(info, k);
    return typeof v === 'string' ? stringToPDFString(v) : null;
  };
  out.title = str('Title');
  out.creationDate = str('CreationDate');
  out.modDate = str('ModDate');
  return out;
}

const PDF_DOC_ENCODING: Record<number, number> = {
  24: 0x2d8, 25: 0x2c7, 26: 0x2c6, 27: 0x2d9, 28: 0x2dd, 29: 0x2db, 30: 0x2da, 31: 0x2dc, 128: 0x2022, 129: 0x2020,
  130: 0x2021, 131: 0x2026, 132: 0x2014, 133: 0x2013, 134: 0x192, 135: 0x2044, 136: 0x2039, 137: 0x203a, 138: 0x2212,
  139: 0x2030, 140: 0x201e, 141: 0x201c, 142: 0x201d, 143: 0x2018, 144: 0x2019, 145: 0x201a, 146: 0x2122, 147: 0xfb01,
  148: 0xfb02, 149: 0x141, 150: 0x152, 151: 0x160, 152: 0x178, 153: 0x17d, 154: 0x131, 155: 0x142, 156: 0x153,
  157: 0x161, 158: 0x17e, 160: 0x20ac,
};

/** pdf.js's stringToPDFString: UTF-16 (either order) or UTF-8 with a byte-order mark, else PDFDocEncoding. */
export function stringToPDFString(str: string): string {
  if (str[0]! >= '\xEF') {
    let encoding: string | undefined;
    if (str[0] === '\xFE' && str[1] === '\xFF') {
      encoding = 'utf-16be';
      if (str.length % 2 === 1) str = str.slice(0, -1);
    } else if (str[0] === '\xFF' && str[1] === '\xFE') {
      encoding = 'utf-16le';
      if (str.length % 2 === 1) str = str.slice(0, -1);
    } else if (str[0] === '\xEF' && str[1] === '\xBB' && str[2] === '\xBF') {
      encoding = 'utf-8';
    }
    if (encoding) {
      let decoded: string | null = null;
      try {
        const bytes = new Uint8Array(str.length);
        for (let i = 0; i < str.length; i++) bytes[i] = str.charCodeAt(i) & 0xff;
        decoded = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      } catch {
        decoded = null;
      }
      if (decoded !== null) return decoded.includes('\x1b') ? decoded.replaceAll(/\x1b[^\x1b]*(?:\x1b|$)/g, '') : decoded;
    }
  }
  const out: string[] = [];
  for (let i = 0, ii = str.length; i < ii; i++) {
    const charCode = str.charCodeAt(i);
    if (charCode === 0x1b) {
      while (++i < ii && str.charCodeAt(i) !== 0x1b) {
        /* skip the escape sequence */
      }
      continue;
    }
    const code = PDF_DOC_ENCODING[charCode];
    out.push(code ? String.fromCharCode(code) : str.charAt(i));
  }
  return out.join('');
}
