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
import { NO_STYLES, cutHiddenRuns, mayHide, readDocxStyles, type DocxStyles, type HiddenHow } from './docx-hidden.js';

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
interface DocxReader {
  read(file: MammothPackage, input: object, options: object): Promise<{ value: MammothNode }>;
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

/** Our bounded zip, as mammoth reads packages; each part inflated once (kept for our own reads). */
function asPackage(zip: ZipArchive, parts: Map<string, Buffer>, hidden: HiddenText): MammothPackage {
  let styles: DocxStyles | null = null;
  const stylesOf = (): DocxStyles => (styles ??= readDocxStyles(zip.has('word/styles.xml') ? bytes('word/styles.xml').toString('utf8') : null));
  const bytes = (name: string): Buffer => {
    let b = parts.get(name);
    if (!b) {
      const read = zip.read(name);
      if (!read) throw new Error(`${name} is missing`);
      // The body, notes, headers and footers without hidden text (docx-hidden.ts).
      b = read;
      // Decoded to text only when the bytes or the styles could hide a run (most parts: no second decode).
      if (/^word\/[^/]+\.xml$/i.test(name) && !/^word\/(?:styles|stylesWithEffects|numbering|settings|fontTable|webSettings|theme\d*)\.xml$/i.test(name) && mayHide(read, stylesOf())) {
        const xml = read.toString('utf8');
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
  return {
    exists: (name) => zip.has(name),
    read: async (name, encoding) => {
      const b = bytes(name);
      if (encoding === 'base64') return b.toString('base64');
      return encoding ? new TextDecoder(encoding).decode(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
  };
}

/** The XML mammoth will parse stays within its own, tighter bounds (pictures are not counted). */
function checkMarkup(zip: ZipArchive): void {
  let total = 0;
  for (const e of zip.entries) {
    if (!isMarkup(e.name)) continue;
    if (e.size > MAX_DOCX_PART) throw new ZipBombError({ reason: 'entry-size', entry: e.name, seen: e.size, limit: MAX_DOCX_PART });
    total += e.size;
    if (total > MAX_DOCX_MARKUP) throw new ZipBombError({ reason: 'total-size', entry: null, seen: total, limit: MAX_DOCX_MARKUP });
  }
}

/**
 * Read a .docx. Throws on a non-zip or a zip without word/document.xml (the caller classifies),
 * and ZipBombError when a part would expand beyond the limits.
 */
export async function parseDocx(data: Buffer): Promise<RawDocx> {
  const zip = new ZipArchive(data);
  if (!zip.has('word/document.xml')) throw new Error('not a Word document: word/document.xml missing');
  checkMarkup(zip);
  const parts = new Map<string, Buffer>();
  const hidden: HiddenText = { chars: 0, how: [] };
  const doc = await docxReader().read(asPackage(zip, parts, hidden), {}, {});
  const paragraphs: DocxParagraph[] = [];
  collect(doc.value, paragraphs);
  const props = readCoreProperties(zip);
  const xml = (parts.get('word/document.xml') ?? zip.read('word/document.xml')!).toString('utf8');
  const images = (xml.match(/<w:drawing[\s>]|<w:pict[\s>]/g) ?? []).length;
  hidden.how.sort();
  return { paragraphs, ...props, images, hidden };
}
