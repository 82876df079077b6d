/**
 * OFD (GB/T 33190-2016), the national fixed-layout format for official documents: a zip whose
 * OFD.xml names each document's root (Doc_0/Document.xml), which lists its pages
 * (Pages/Page_0/Content.xml); the text is in the pages' TextCode elements. Read through the
 * bounded zip reader, so an OFD is bounded like any other container.
 */
import { ZipArchive, ZipBombError } from './zip.js';
import { MAX_OFD_MARKUP, MAX_OFD_PART, MAX_PDF_PAGES } from './limits.js';
import { attrOf, scanXml, unescapeXmlText } from './xml-scan.js';

export interface RawOfd {
  /** Text of each page, documents one after another. */
  pages: string[];
  /** Text left out because nobody can see it (pageText): non-blank characters, and how; pages drawing an image. */
  hidden: { chars: number; how: string[]; imagePages?: number };
  title: string | null;
  created: string | null;
  modified: string | null;
}

/**
 * An OFD listing more pages than a PDF may have (MAX_PDF_PAGES): refused before any page is read.
 * Pages naming an empty part cost no markup, so the markup bound alone let 540,000 of them through
 * (a 1 MB file) into the text analysis, a few hundred µs a page: the run hung for minutes.
 */
export class OfdTooManyPages extends Error {
  constructor(readonly seen: number, readonly limit: number) {
    super(`${seen} pages, above the reading limit of ${limit}`);
    this.name = 'OfdTooManyPages';
  }
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => safeChar(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => safeChar(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

const safeChar = (n: number) => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

/** Text of the first element of that local name (any namespace prefix). */
function elementText(xml: string, local: string): string | null {
  const m = new RegExp(`<(?:\\w+:)?${local}(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?${local}>`).exec(xml);
  const t = m ? unescapeXml(m[1]!).trim() : '';
  return t === '' ? null : t;
}

/** An OFD date is xs:date or xs:dateTime; kept as written (no zone shift). */
function ofdDate(raw: string | null): string | null {
  if (!raw) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw : null;
}

/** Resolve a location inside the package: absolute ('/Doc_0/…') or relative to `base` ('Doc_0/'). */
export function resolveLoc(base: string, loc: string): string {
  const joined = loc.startsWith('/') ? loc.slice(1) : `${base}${loc}`;
  const out: string[] = [];
  for (const p of joined.replace(/\\/g, '/').split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');

/** A FillColor's Value (0–255 per component) a reader cannot see on white paper: each ≥ 240. */
const whiteValue = (v: string | null): boolean => {
  const c = (v ?? '').trim().split(/\s+/).map(Number);
  return (c.length === 1 || c.length === 3) && c.every((n) => Number.isFinite(n) && n >= 240);
};
const off = (v: string | null): boolean => v !== null && /^\s*false\s*$/i.test(v);

/**
 * One page's text: the TextCodes of a TextObject run together; a TextObject that starts on a new
 * baseline (its Boundary's y differs) starts a new line. Text nobody can see is left out and counted
 * in `hidden`, as for a PDF (pdf-text.ts): a TextObject not Visible, neither filled nor stroked, or
 * filled with an Alpha of 0 (invisible: kept over an image, a scan's OCR layer) or filled white or
 * near-white (kept on a page that draws an image or a filled path).
 */
export function pageText(xml: string, hidden?: { chars: number; how: string[]; imagePages?: number }): string {
  type Obj = { y: number | null; text: string; hid: 0 | 1 | 2 };
  const objs: Obj[] = [];
  let obj: Obj | null = null;
  let inCode = false;
  let image = false;
  let painted = false;
  const close = () => {
    if (obj?.text) objs.push(obj);
    obj = null;
  };
  // One linear pass (xml-scan.ts): a page with unclosed elements costs no more than its size.
  for (const tok of scanXml(xml)) {
    if (tok.type === 'open') {
      if (tok.name === 'TextObject') {
        close();
        const boundary = attrOf(tok.attrs, 'Boundary')?.trim().split(/\s+/).map(Number);
        const unseen = off(attrOf(tok.attrs, 'Visible')) || (off(attrOf(tok.attrs, 'Fill')) && !/^\s*true\s*$/i.test(attrOf(tok.attrs, 'Stroke') ?? ''));
        obj = { y: boundary && boundary.length >= 2 && Number.isFinite(boundary[1]) ? boundary[1]! : null, text: '', hid: unseen ? 2 : 0 };
        if (tok.selfClosing) close();
      } else if (tok.name === 'FillColor' && obj && !inCode) {
        const alpha = Number(attrOf(tok.attrs, 'Alpha') ?? '255');
        if (Number.isFinite(alpha) && alpha <= 2) obj.hid = 2;
        else if (obj.hid === 0 && whiteValue(attrOf(tok.attrs, 'Value'))) obj.hid = 1;
      } else if (tok.name === 'ImageObject') {
        image = painted = true;
      } else if (tok.name === 'PathObject' && !off(attrOf(tok.attrs, 'Visible')) && /^\s*true\s*$/i.test(attrOf(tok.attrs, 'Fill') ?? '')) {
        painted = true;
      } else if (tok.name === 'TextCode' && !tok.selfClosing) inCode = true;
    } else if (tok.type === 'close') {
      if (tok.name === 'TextCode') inCode = false;
      else if (tok.name === 'TextObject') close();
    } else if (inCode && obj) {
      (obj as Obj).text += unescapeXmlText(tok.raw);
    }
  }
  close();
  if (image && hidden) hidden.imagePages = (hidden.imagePages ?? 0) + 1;
  let out = '';
  let lastY: number | null = null;
  for (const o of objs) {
    if ((o.hid === 2 && !image) || (o.hid === 1 && !painted)) {
      if (hidden) {
        const n = o.text.replace(/[\s\u3000]/g, '').length;
        hidden.chars += n;
        const how = o.hid === 2 ? 'invisible' : 'white';
        if (n > 0 && !hidden.how.includes(how)) hidden.how.push(how);
      }
      continue;
    }
    if (out && (o.y === null || lastY === null || Math.abs(o.y - lastY) > 1)) out += '\n';
    out += o.text;
    lastY = o.y;
  }
  return out;
}

/** Does this zip hold an OFD package? */
export function isOfd(zip: ZipArchive): boolean {
  return zip.has('OFD.xml');
}

/**
 * Read an OFD. Throws (the caller classifies): not an OFD, a document root or page that is
 * missing, or ZipBombError from the zip reader.
 */
export function parseOfd(data: Buffer): RawOfd {
  const zip = new ZipArchive(data);
  let total = 0;
  for (const e of zip.entries) {
    if (!/\.xml$/i.test(e.name)) continue; // fonts and images are never inflated
    if (e.size > MAX_OFD_PART) throw new ZipBombError({ reason: 'entry-size', entry: e.name, seen: e.size, limit: MAX_OFD_PART });
    total += e.size;
    if (total > MAX_OFD_MARKUP) throw new ZipBombError({ reason: 'total-size', entry: null, seen: total, limit: MAX_OFD_MARKUP });
  }
  const ofd = zip.text('OFD.xml');
  if (ofd === null) throw new Error('not an OFD file: OFD.xml missing');
  const out: RawOfd = {
    pages: [],
    hidden: { chars: 0, how: [] },
    title: elementText(ofd, 'Title'),
    created: ofdDate(elementText(ofd, 'CreationDate')),
    modified: ofdDate(elementText(ofd, 'ModDate')),
  };
  const roots = [...ofd.matchAll(/<(?:\w+:)?DocRoot\b[^>]*>([^<]*)<\/(?:\w+:)?DocRoot>/g)].map((m) => resolveLoc('', unescapeXml(m[1]!).trim()));
  if (roots.length === 0) throw new Error('OFD.xml names no document (DocRoot)');
  // The markup read, counted each time a part is read: pages (or document roots) that all name one
  // part read it again and again (a 72 KB OFD of 20,000 pages naming one Content.xml ran for minutes
  // towards gigabytes of text). An honest OFD reads each part once, within MAX_OFD_MARKUP.
  let read = 0;
  const readPart = (name: string): string | null => {
    const t = zip.text(name);
    read += t?.length ?? 0;
    if (read > MAX_OFD_MARKUP) throw new ZipBombError({ reason: 'total-size', entry: name, seen: read, limit: MAX_OFD_MARKUP });
    return t;
  };
  // Every document's page list first: the pages are counted before any is read.
  const locs: string[] = [];
  for (const root of roots) {
    const doc = readPart(root);
    if (doc === null) throw new Error(`document root ${root} missing`);
    const base = dirOf(root);
    for (const page of doc.matchAll(/<(?:\w+:)?Page\b([^>]*?)\/?>/g)) {
      const loc = /\bBaseLoc\s*=\s*"([^"]*)"/.exec(page[1]!)?.[1];
      if (loc) locs.push(resolveLoc(base, unescapeXml(loc)));
    }
  }
  if (locs.length > MAX_PDF_PAGES) throw new OfdTooManyPages(locs.length, MAX_PDF_PAGES);
  for (const path of locs) {
    const content = readPart(path);
    if (content === null) throw new Error(`page ${path} missing`);
    out.pages.push(pageText(content, out.hidden));
  }
  return out;
}
