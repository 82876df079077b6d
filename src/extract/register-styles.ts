/**
 * Which numeric cells carry a date format, read straight from the workbook XML (bounded zip reader).
 * exceljs turns serials under numFmtId 14/22/custom formats into Dates, but hands back the
 * built-in CJK date formats (31, 57, 58 …) as plain numbers with no numFmt: this lookup closes
 * that gap. Also reads the workbook's 1904 date-system flag.
 */
import { ZipArchive } from './zip.js';

/** Built-in number formats that are dates (ECMA-376 §18.8.30 plus the zh-CN/ja/ko set). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom format code is a date when, outside quotes, brackets and escapes, it has y, d or e. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/General/gi, '');
  return /[yde]/i.test(bare);
}

export interface WorkbookStyles {
  date1904: boolean;
  /** sheet name → cell reference (B3) → numFmtId, for numeric cells whose format is a date. */
  dateCells: Map<string, Map<string, number>>;
}

export function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return m ? m[1]! : null;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

export function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

/** Per cellXfs index: is its number format a date? */
export function dateXfs(stylesXml: string): Map<number, number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1]!, 'numFmtId');
    const code = attr(m[1]!, 'formatCode');
    if (id !== null && code !== null) custom.set(Number(id), unescapeXml(code));
  }
  const out = new Map<number, number>();
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!cellXfs) return out;
  let i = 0;
  for (const m of cellXfs[1]!.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1]!, 'numFmtId') ?? '0');
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id)) out.set(i, id);
    i++;
  }
  return out;
}

/** Sheet name → its part path and its state (hidden / veryHidden, else absent), from workbook.xml and its relationships, in workbook order. */
export function sheetParts(zip: ZipArchive, workbook: string): { name: string; path: string | undefined; state?: 'hidden' | 'veryHidden' }[] {
  const rels = zip.text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const out: { name: string; path: string | undefined; state?: 'hidden' | 'veryHidden' }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1]!, 'name');
    const rid = attr(m[1]!, 'r:id') ?? /\b\w+:id\s*=\s*"([^"]*)"/.exec(m[1]!)?.[1] ?? null;
    const state = attr(m[1]!, 'state');
    if (name !== null) {
      out.push({ name: unescapeXml(name), path: rid ? targets.get(rid) : undefined, ...(state === 'hidden' || state === 'veryHidden' ? { state } : {}) });
    }
  }
  return out;
}

export const isDate1904 = (workbook: string) => /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*"(?:1|true)"/.test(workbook);

/** Reads styles.xml, workbook.xml and every sheet's cell style indexes. Never throws: on failure, no dates. */
export async function readWorkbookStyles(buf: Buffer): Promise<WorkbookStyles> {
  const result: WorkbookStyles = { date1904: false, dateCells: new Map() };
  try {
    const zip = new ZipArchive(buf);
    const workbook = zip.text('xl/workbook.xml');
    if (!workbook) return result;
    result.date1904 = isDate1904(workbook);
    const styles = zip.text('xl/styles.xml');
    if (!styles) return result;
    const xfs = dateXfs(styles);
    if (xfs.size === 0) return result;
    for (const { name, path } of sheetParts(zip, workbook)) {
      const xml = path ? zip.text(path) : null;
      if (!xml) continue;
      const cells = new Map<string, number>();
      for (const c of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)\/?>/g)) {
        const s = attr(c[1]!, 's');
        if (s === null) continue;
        const fmt = xfs.get(Number(s));
        const t = attr(c[1]!, 't');
        const ref = attr(c[1]!, 'r');
        if (fmt !== undefined && ref && (t === null || t === 'n')) cells.set(ref, fmt);
      }
      result.dateCells.set(name, cells);
    }
  } catch {
    // The sheet reader reports the workbook's own problems; here a failure only means no extra dates.
  }
  return result;
}
