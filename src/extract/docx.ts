/**
 * .docx reading with mammoth's document reader: paragraphs in document order (table cells
 * included) with their style names, so headings are known by style — Heading 1 (English Word,
 * LibreOffice), heading 1 (Chinese Word, styleId 1) and 标题 1 (style named in Chinese). Core
 * properties (created, modified, title) come from docProps/core.xml.
 *
 * The container is opened once, with our own bounded zip reader (zip.ts), and mammoth reads its
 * parts through it (each inflated at most once, never beyond its declared size): mammoth's own
 * unzip (jszip, which trusts declared sizes) is not used, nor its HTML conversion (only the
 * document tree is needed). Pictures are never read.
 */
import { createRequire } from 'node:module';
import { ZipArchive, ZipBombError } from './zip.js';
import { MAX_DOCX_MARKUP, MAX_DOCX_PART } from './limits.js';
import { mayHoldDrawnText, openDrawnText } from './docx-drawn.js';
import { NO_STYLES, cutHiddenRuns, mayHide, mayWrapRuns, readDocxStyles, unwrapRunContainers, type DocxStyles, type HiddenHow } from './docx-hidden.js';

export interface DocxParagraph {
  text: string;
  styleName: string | null;
  /** Heading level from the style name (Heading 1, 标题 1, Title → 0), null for body text. */
  heading: number | null;
}

export interface RawDocx {
  paragraphs: DocxParagraph[];
  created: string | null;
  modified: string | null;
  title: string | null;
  /** Pictures in the body (w:drawing / w:pict): a document of pictures only is a pasted scan. */
  images: number;
  /** Text cut because a reader cannot see it (docx-hidden.ts). */
  hidden: HiddenText;
}

/** Heading level from a style name: "Heading 2", "heading 2", "标题 2", "标题2", "Title", "标题". */
export function headingLevel(styleName: string | null | undefined): number | null {
  if (!styleName) return null;
  const s = styleName.trim();
  const m = /^(?:heading|标题)\s*(\d)$/i.exec(s);
  if (m) return Number(m[1]);
  if (/^(title|标题)$/i.test(s)) return 0;
  return null;
}

interface MammothNode {
  type: string;
  value?: string;
  styleName?: string | null;
  children?: MammothNode[];
}

function textOf(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

function collect(node: MammothNode, out: DocxParagraph[]): void {
  if (node.type === 'paragraph') {
    const text = textOf(node);
    out.push({ text, styleName: node.styleName ?? null, heading: headingLevel(node.styleName) });
    return;
  }
  for (const c of node.children ?? []) collect(c, out);
}

/** A W3CDTF date from core.xml: UTC "2025-06-12T02:00:00Z" → China local "2025-06-12T10:00:00+08:00". */
export function coreDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(s)) return s; // no zone: keep the wall clock
  const local = new Date(t + 8 * 3600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

function xmlText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m) return null;
  return m[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** created / modified / title from docProps/core.xml; nulls when absent. */
export function readCoreProperties(zip: ZipArchive): { created: string | null; modified: string | null; title: string | null } {
  const xml = zip.text('docProps/core.xml');
  if (xml === null) return { created: null, modified: null, title: null };
  const title = xmlText(xml, 'dc:title');
  return {
    created: coreDate(xmlText(xml, 'dcterms:created')),
    modified: coreDate(xmlText(xml, 'dcterms:modified')),
    title: title === '' ? null : title,
  };
}

/** The parts mammoth reads: XML and relationships (pictures are never read). */
const isMarkup = (name: string) => /\.(xml|rels)$/i.test(name);

/** What mammoth's document reader asks of a package (its zipfile.js interface). */
interface MammothPackage {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}
/** The parts mammoth reads, as the package's relationships name them (its own findPartPaths). */
interface PartPaths {
  mainDocument: string;
  styles: string;
  numbering: string;
  footnotes: string;
  endnotes: string;
  comments: string;
}
interface DocxReader {
  read(file: MammothPackage, input: object, options: object): Promise<{ value: MammothNode }>;
  _findPartPaths(file: MammothPackage): Promise<PartPaths>;
}

let reader: DocxReader | null = null;
/** mammoth's document reader (its convertToHtml minus the unzip and the HTML), loaded on first use. */
const docxReader = (): DocxReader => (reader ??= createRequire(import.meta.url)('mammoth/lib/docx/docx-reader.js') as DocxReader);

/**
 * A part's XML without its hidden runs (docx-hidden.ts: w:vanish, by the run's own properties or a
 * style, 1-pt or smaller, white on nothing): Word shows, prints and exports none of it readably, and
 * mammoth reads it as any other text. A report whose whole body was hidden (only its title visible)
 * was judged as the visible one: all five elements present.
 */
export function dropHiddenRuns(xml: string, styles: DocxStyles = NO_STYLES): string {
  return cutHiddenRuns(xml, styles).xml;
}

/** Text cut as hidden from the parts read: non-blank characters and how they were hidden. */
export interface HiddenText {
  chars: number;
  how: HiddenHow[];
}

/**
 * Our bounded zip, as mammoth reads packages; each part inflated once (kept for our own reads).
 *
 * The parts are the ones the package's relationships name, as mammoth resolves them (`_rels/.rels`
 * → the main document, its `_rels/….rels` → styles, notes …; targets relative to the part, with
 * `..`, or absolute; the standard names when none resolves): the main document's hidden runs are
 * cut with the styles of the styles part it names. By file names alone (word/styles.xml, the body
 * any word/*.xml not named like styles or settings), a styles part called word/custom.xml, a
 * body at x/main.xml or one called word/settings.xml was read whole: its hidden text read as
 * visible. Only the main document's text is read (notes, comments and headers are not), so only it
 * is cut and counted. Targets are names inside the zip, never files; every part read, whatever its
 * name, counts against the markup bounds (a body called main.bin was parsed at any size).
 */
function asPackage(zip: ZipArchive, parts: Map<string, Buffer>, hidden: HiddenText, markupRead: number): {
  pkg: MammothPackage;
  resolve(paths: PartPaths): void;
} {
  let paths: PartPaths | null = null;
  let styles: DocxStyles | null = null;
  let counted = markupRead;
  const stylesOf = (): DocxStyles => (styles ??= readDocxStyles(paths && zip.has(paths.styles) ? raw(paths.styles).toString('utf8') : null));
  const raw = (name: string): Buffer => {
    const e = zip.entry(name);
    if (!e) throw new Error(`${name} is missing`);
    // A part counted already (.xml, .rels: checkMarkup) or not yet (any other name mammoth is led to).
    if (!isMarkup(name) && !parts.has(name)) {
      if (e.size > MAX_DOCX_PART) throw new ZipBombError({ reason: 'entry-size', entry: name, seen: e.size, limit: MAX_DOCX_PART });
      counted += e.size;
      if (counted > MAX_DOCX_MARKUP) throw new ZipBombError({ reason: 'total-size', entry: null, seen: counted, limit: MAX_DOCX_MARKUP });
    }
    return zip.readEntry(e);
  };
  const bytes = (name: string): Buffer => {
    let b = parts.get(name);
    if (!b) {
      const read = raw(name);
      b = read;
      // The body without hidden text (docx-hidden.ts), decoded to text only when the bytes or the
      // styles could hide a run (most documents: no second decode).
      // Runs inside containers mammoth drops whole (simple fields' results): unwrapped first.
      if (paths && name === paths.mainDocument && mayWrapRuns(read)) {
        const xml = read.toString('utf8');
        const open = unwrapRunContainers(xml);
        if (open !== xml) b = Buffer.from(open, 'utf8');
      }
      // hostile20: what Word shows of alternate content, text boxes without a VML fallback and ruby,
      // where mammoth reads it (docx-drawn.ts); before the hidden cut, which then judges that text too.
      if (paths && name === paths.mainDocument && mayHoldDrawnText(b)) {
        const xml = b.toString('utf8');
        const open = openDrawnText(xml);
        if (open !== xml) b = Buffer.from(open, 'utf8');
      }
      if (paths && name === paths.mainDocument && mayHide(b, stylesOf())) {
        const xml = b.toString('utf8');
        const shown = cutHiddenRuns(xml, stylesOf());
        if (shown.xml !== xml) {
          b = Buffer.from(shown.xml, 'utf8');
          hidden.chars += shown.chars;
          for (const h of shown.how) if (!hidden.how.includes(h)) hidden.how.push(h);
        }
      }
      parts.set(name, b);
    }
    return b;
  };
  const pkg: MammothPackage = {
    exists: (name) => partName(zip, name) !== null,
    read: async (asked, encoding) => {
      const name = partName(zip, asked);
      if (name === null) throw new Error(`${asked} is missing`);
      // Until the parts are resolved only relationships are read (never a part that may be cut).
      if (!paths && !/\.rels$/i.test(name)) throw new Error(`${name} read before the package's parts are known`);
      const b = bytes(name);
      if (encoding === 'base64') return b.toString('base64');
      return encoding ? new TextDecoder(encoding).decode(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
  };
  return {
    pkg,
    resolve: (p) => {
      paths = p;
      const name = partName(zip, p.mainDocument);
      if (name !== null) p.mainDocument = name;
      const st = partName(zip, p.styles);
      if (st !== null) p.styles = st;
      // A body named as a relationships part (read uncut to find the parts) is read again, cut.
      parts.delete(p.mainDocument);
    },
  };
}

/**
 * The zip entry a part name mammoth asks for names, as Word resolves a relationship's target (a
 * URI relative to its part): `.` and `..` segments resolved (mammoth joins `word/` and
 * `../s/styles.xml` as `word/../s/styles.xml`, which is no entry, and fell back to
 * word/styles.xml while Word applies s/styles.xml), a leading `/` dropped, percent escapes
 * decoded when the name as written is no entry, letter case ignored last (part names are
 * case-insensitive). Null when there is no such entry or the name
 * climbs above the package's root. Names only: nothing outside the zip is ever looked at.
 */
export function partName(zip: ZipArchive, asked: string): string | null {
  if (zip.has(asked)) return asked;
  const out: string[] = [];
  for (const seg of asked.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!out.length) return null;
      out.pop();
    } else out.push(seg);
  }
  const name = out.join('/');
  if (zip.has(name)) return name;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
    if (zip.has(decoded)) return decoded;
  } catch {
    // a malformed escape: the name as written only
  }
  // Part names are case-insensitive (ECMA-376 Part 2 §9.1.1.1): a relationship naming
  // /Word/Document.xml names word/document.xml, as Word opens it.
  return zip.nameFolded(name) ?? zip.nameFolded(decoded);
}

/** The XML mammoth will parse stays within its own, tighter bounds (pictures are not counted). Returns the sum. */
function checkMarkup(zip: ZipArchive): number {
  let total = 0;
  for (const e of zip.entries) {
    if (!isMarkup(e.name)) continue;
    if (e.size > MAX_DOCX_PART) throw new ZipBombError({ reason: 'entry-size', entry: e.name, seen: e.size, limit: MAX_DOCX_PART });
    total += e.size;
    if (total > MAX_DOCX_MARKUP) throw new ZipBombError({ reason: 'total-size', entry: null, seen: total, limit: MAX_DOCX_MARKUP });
  }
  return total;
}

/**
 * Read a .docx. Throws on a non-zip or a zip without its main document (the one `_rels/.rels`
 * names, else word/document.xml; the caller classifies),
 * and ZipBombError when a part would expand beyond the limits.
 */
export async function parseDocx(data: Buffer): Promise<RawDocx> {
  const zip = new ZipArchive(data);
  const markup = checkMarkup(zip);
  const parts = new Map<string, Buffer>();
  const hidden: HiddenText = { chars: 0, how: [] };
  const { pkg, resolve } = asPackage(zip, parts, hidden, markup);
  // Which parts are the body and its styles, as mammoth will read them (it throws when the main
  // document named, or word/document.xml, is not there).
  let paths: PartPaths;
  try {
    paths = await docxReader()._findPartPaths(pkg);
  } catch (e) {
    if (e instanceof ZipBombError) throw e;
    throw new Error(`not a Word document: ${(e as Error).message}`);
  }
  resolve(paths);
  const doc = await docxReader().read(pkg, {}, {});
  const paragraphs: DocxParagraph[] = [];
  collect(doc.value, paragraphs);
  const props = readCoreProperties(zip);
  const xml = (parts.get(paths.mainDocument) ?? zip.read(paths.mainDocument)!).toString('utf8');
  const images = (xml.match(/<w:drawing[\s>]|<w:pict[\s>]/g) ?? []).length;
  hidden.how.sort();
  return { paragraphs, ...props, images, hidden };
}
