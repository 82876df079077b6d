/**
 * Which numeric cells carry a date format, read straight from the workbook XML (bounded zip reader).
 * exceljs turns serials under numFmtId 14/22/custom formats into Dates, but hands back the
 * built-in CJK date formats (31, 57, 58 …) as plain numbers with no numFmt: this lookup closes
 * that gap. Also reads the workbook's 1904 date-system flag.
 */
import { ZipArchive } from './zip.js';
import { attrOf, scanXml } from './xml-scan.js';

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

/** How a cell's text is not shown although the cell holds a value. */
export type CellHidden = 'format' | 'white' | 'same-colour';

/** What a cell style (cellXfs index) shows of a value: null when it shows it. */
export interface CellLook {
  /** The number format's section for this kind of value is empty (`;;;`): nothing is shown. */
  text: CellHidden | null;
  number(n: number): CellHidden | null;
}

/** The sections of a number format code (split at `;` outside quotes, brackets and escapes). */
export function formatSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const to = end < 0 ? code.length : end + 1;
      cur += code.slice(i, to);
      i = to - 1;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      const to = end < 0 ? code.length : end + 1;
      cur += code.slice(i, to);
      i = to - 1;
    } else if (ch === '\\') {
      cur += code.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A section that shows nothing: only colours or conditions ([Red], [>100]), empty quotes and spaces. */
// final-review19: an elapsed-time code ([h], [mm], [ss]) in brackets shows the value (a 时长 column formatted [h]).
const showsNothing = (section: string): boolean => section.replace(/\[(?![hms]+\])[^\]]*\]/gi, '').replace(/""/g, '').trim() === '';

/** A workbook theme's colours by SpreadsheetML theme index (0 lt1, 1 dk1, 2 lt2, 3 dk2, 4–9 accent1–6, 10 hlink, 11 folHlink). */
export type ThemeColours = readonly (string | undefined)[];

/** The theme part's bound: a larger part is not read (theme colours then judged as without it). */
export const MAX_THEME_PART = 1 << 20;

/**
 * The colour scheme of a theme part (xl/theme/theme1.xml, a:clrScheme): each slot's srgbClr, or a
 * system colour's lastClr, in SpreadsheetML's index order (hostile20). One linear sweep; undefined
 * slots when absent.
 */
export function themeColours(xml: string | null): ThemeColours | null {
  if (!xml) return null;
  const SLOT: Record<string, number> = { lt1: 0, dk1: 1, lt2: 2, dk2: 3, accent1: 4, accent2: 5, accent3: 6, accent4: 7, accent5: 8, accent6: 9, hlink: 10, folHlink: 11 };
  const out: (string | undefined)[] = [];
  let inScheme = false;
  let slot: number | null = null;
  for (const tok of scanXml(xml)) {
    if (tok.type === 'text') continue;
    if (tok.name === 'clrScheme') {
      if (tok.type === 'close') break; // the first scheme only
      inScheme = true;
      continue;
    }
    if (!inScheme) continue;
    if (tok.type === 'close') {
      if (slot !== null && SLOT[tok.name] === slot) slot = null;
      continue;
    }
    if (Object.hasOwn(SLOT, tok.name)) slot = SLOT[tok.name]!;
    else if (slot !== null && out[slot] === undefined && (tok.name === 'srgbClr' || tok.name === 'sysClr')) {
      const v = attrOf(tok.attrs, tok.name === 'srgbClr' ? 'val' : 'lastClr');
      if (v !== null && /^[0-9A-Fa-f]{6}$/.test(v)) out[slot] = v.toUpperCase();
    }
  }
  return out.some((c) => c !== undefined) ? out : null;
}

/** A colour with Excel's tint applied (its luminance moved toward black for tint < 0, toward white for tint > 0, in HLS). */
export function tinted(hex: string, tint: number): string {
  if (!Number.isFinite(tint) || tint === 0) return hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const sat = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  const t = Math.max(-1, Math.min(1, tint));
  l = t < 0 ? l * (1 + t) : l * (1 - t) + t;
  const c = (1 - Math.abs(2 * l - 1)) * sat;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1].map((v) => Math.round(Math.max(0, Math.min(1, v + m)) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/**
 * RRGGBB of a SpreadsheetML colour (rgb ARGB; a theme colour from the workbook's theme with its tint, or without the
 * theme part the default theme's lt1/dk1; the legacy palette's white/black); null when unknown.
 */
function colourOf(attrs: string, themes: ThemeColours | null = null): string | null {
  const rgb = attr(attrs, 'rgb');
  if (rgb !== null) return /^[0-9A-Fa-f]{8}$/.test(rgb) ? rgb.slice(2).toUpperCase() : /^[0-9A-Fa-f]{6}$/.test(rgb) ? rgb.toUpperCase() : null;
  const tint = Number(attr(attrs, 'tint') ?? '0');
  const theme = attr(attrs, 'theme');
  // hostile20: the workbook's own theme, when it has one (text in accent1 on an accent1 fill hid a row).
  const fromTheme = themes && theme !== null && /^\d{1,2}$/.test(theme) ? themes[Number(theme)] : undefined;
  if (fromTheme !== undefined) return tinted(fromTheme, tint);
  // Excel's theme index 0 is lt1 (the background: white in every built-in theme), 1 is dk1 (black).
  if (theme === '0') return tint > -0.06 ? 'FFFFFF' : null;
  if (theme === '1') return tint < 0.06 ? '000000' : null;
  const indexed = attr(attrs, 'indexed');
  if (indexed === '1' || indexed === '9') return 'FFFFFF';
  if (indexed === '0' || indexed === '8') return '000000';
  return null;
}

const near = (a: string, b: string): boolean => {
  for (let i = 0; i < 6; i += 2) if (Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) > 0x10) return false;
  return true;
};
const nearWhite = (c: string): boolean => near(c, 'FFFFFF') && parseInt(c.slice(0, 2), 16) >= 0xf0 && parseInt(c.slice(2, 4), 16) >= 0xf0 && parseInt(c.slice(4, 6), 16) >= 0xf0;

/**
 * Per cellXfs index, what the style hides (only the styles that hide something are listed): a
 * number format whose section for the value is empty (`;;;`, `0;;;` for text, `;;` for numbers),
 * a font white or near-white with no solid fill behind it, or a font of its solid fill's colour
 * (each channel within 0x10). Theme colours are taken from the workbook's theme part (themeColours), tint applied;
 * without it only the default theme's lt1/dk1 are known, and colours not known are never judged.
 */
export function cellLooks(stylesXml: string, themes: ThemeColours | null = null): Map<number, CellLook> {
  // One linear sweep (xml-scan.ts): the lists' items in order, each font's first colour, each
  // fill's pattern and foreground; a hostile styles part costs time in proportion to its size.
  const custom = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const fills: (string | null | 'none')[] = [];
  const xfs: string[] = [];
  let list: string | null = null;
  let font: { colour: string | null; seen: boolean } | null = null;
  let fill: { type: string | null; fg: string | null; gradient: boolean } | null = null;
  for (const tok of scanXml(stylesXml)) {
    if (tok.type === 'text') continue;
    const name = tok.name;
    if (tok.type === 'close') {
      if (name === list) list = null;
      else if (name === 'font' && font) {
        fonts.push(font.colour);
        font = null;
      } else if (name === 'fill' && fill) {
        fills.push(fill.gradient ? null : fill.type === null || fill.type === 'none' ? 'none' : fill.type === 'solid' ? fill.fg : null);
        fill = null;
      }
      continue;
    }
    switch (name) {
      case 'numFmt': {
        const id = attrOf(tok.attrs, 'numFmtId');
        const code = attrOf(tok.attrs, 'formatCode');
        if (id !== null && code !== null) custom.set(Number(id), code);
        break;
      }
      case 'fonts':
      case 'fills':
      case 'cellXfs':
      case 'cellStyleXfs':
      case 'dxfs':
        if (!tok.selfClosing) list = name;
        break;
      case 'font':
        if (list !== 'fonts') break;
        if (tok.selfClosing) fonts.push(null);
        else font = { colour: null, seen: false };
        break;
      case 'color':
        if (font && !font.seen) {
          font.seen = true;
          font.colour = colourOf(tok.attrs, themes);
        }
        break;
      case 'fill':
        if (list !== 'fills') break;
        if (tok.selfClosing) fills.push('none');
        else fill = { type: null, fg: null, gradient: false };
        break;
      case 'patternFill':
        if (fill) fill.type = attrOf(tok.attrs, 'patternType') ?? 'none';
        break;
      case 'gradientFill':
        if (fill) fill.gradient = true;
        break;
      case 'fgColor':
        if (fill) fill.fg = colourOf(tok.attrs, themes);
        break;
      case 'xf':
        if (list === 'cellXfs') xfs.push(tok.attrs);
        break;
    }
  }
  const out = new Map<number, CellLook>();
  xfs.forEach((attrs, i) => {
    const fmt = Number(attrOf(attrs, 'numFmtId') ?? '0');
    const fontColour = fonts[Number(attrOf(attrs, 'fontId') ?? '0')] ?? null;
    // A fill whose colour is not known (null) is no bare cell: white text on it may be seen (hostile20: `?? 'none'`
    // took it for no fill, and white text on a theme-coloured band was cut).
    const fill = fills[Number(attrOf(attrs, 'fillId') ?? '0')];
    const fillColour = fill === undefined ? 'none' : fill;
    const colour: CellHidden | null =
      fontColour === null ? null : fillColour === 'none' ? (nearWhite(fontColour) ? 'white' : null) : fillColour !== null && near(fontColour, fillColour) ? 'same-colour' : null;
    const code = custom.get(fmt);
    const empty = code === undefined ? null : formatSections(code).map(showsNothing);
    if (!colour && !empty?.some(Boolean)) return;
    const text: CellHidden | null = colour ?? (empty && empty.length >= 4 && empty[3] ? 'format' : null);
    const number = (n: number): CellHidden | null => {
      if (colour) return colour;
      if (!empty) return null;
      const k = n > 0 ? 0 : n < 0 ? (empty.length >= 2 ? 1 : 0) : empty.length >= 3 ? 2 : 0;
      return empty[k] ? 'format' : null;
    };
    out.set(i, { text, number });
  });
  return out;
}
