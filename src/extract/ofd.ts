/**
 * OFD (GB/T 33190-2016), the national fixed-layout format for official documents: a zip whose
 * OFD.xml names each document's root (Doc_0/Document.xml), which lists its pages
 * (Pages/Page_0/Content.xml); the text is in the pages' TextCode elements. Read through the
 * bounded zip reader, so an OFD is bounded like any other container.
 */
import { ZipArchive, ZipBombError } from './zip.js';
import { MAX_OFD_MARKUP, MAX_OFD_PART } from './limits.js';
import { attrOf, scanXml, unescapeXmlText } from './xml-scan.js';

export interface RawOfd {
  /** Text of each page, documents one after another. */
  pages: string[];
  title: string | null;
  created: string | null;
  modified: string | null;
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

/**
 * One page's text: the TextCodes of a TextObject run together; a TextObject that starts on a new
 * baseline (its Boundary's y differs) starts a new line.
 */
export function pageText(xml: string): string {
  let out = '';
  let lastY: number | null = null;
  let obj: { y: number | null; text: string } | null = null;
  let inCode = false;
  const close = () => {
    if (obj?.text) {
      if (out && (obj.y === null || lastY === null || Math.abs(obj.y - lastY) > 1)) out += '\n';
      out += obj.text;
      lastY = obj.y;
    }
    obj = null;
  };
  // One linear pass (xml-scan.ts): a page with unclosed elements costs no more than its size.
  for (const tok of scanXml(xml)) {
    if (tok.type === 'open') {
      if (tok.name === 'TextObject') {
        close();
        const boundary = attrOf(tok.attrs, 'Boundary')?.trim().split(/\s+/).map(Number);
        obj = { y: boundary && boundary.length >= 2 && Number.isFinite(boundary[1]) ? boundary[1]! : null, text: '' };
        if (tok.selfClosing) close();
      } else if (tok.name === 'TextCode' && !tok.selfClosing) inCode = true;
    } else if (tok.type === 'close') {
      if (tok.name === 'TextCode') inCode = false;
      else if (tok.name === 'TextObject') close();
    } else if (inCode && obj) {
      (obj as { text: string }).text += unescapeXmlText(tok.raw);
    }
  }
  close();
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
  for (const root of roots) {
    const doc = readPart(root);
    if (doc === null) throw new Error(`document root ${root} missing`);
    const base = dirOf(root);
    for (const page of doc.matchAll(/<(?:\w+:)?Page\b([^>]*?)\/?>/g)) {
      const loc = /\bBaseLoc\s*=\s*"([^"]*)"/.exec(page[1]!)?.[1];
      if (!loc) continue;
      const path = resolveLoc(base, unescapeXml(loc));
      const content = readPart(path);
      if (content === null) throw new Error(`page ${path} missing`);
      out.pages.push(pageText(content));
    }
  }
  return out;
}
