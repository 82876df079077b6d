/**
 * Text a Word reader cannot see, cut from a part's XML before mammoth reads it: a run (w:r) whose
 * properties hide it — w:vanish (its own, or from its character style, its paragraph's style or the
 * document's defaults), a font of 1 pt or less (w:sz ≤ 2 half-points), or a white or near-white
 * colour (each channel ≥ F0) with nothing coloured behind it (no shading or highlight on the run or
 * paragraph, not in a table that has a style or shading, not in a text box, no page background).
 * Word shows such a run as nothing (or as nothing readable), and mammoth reads it as any other text:
 * a report could hide five elements' evidence in white or 1-pt runs.
 *
 * One forward sweep over the tags (linear: each tag's scan stops at the next `<`), comments and
 * CDATA skipped; the styles part is swept once the same way, its basedOn chains followed at most
 * STYLE_DEPTH steps. What is cut is counted (non-blank characters inside w:t) with how it was hidden.
 */

/** How a run was hidden (facts.hiddenText.how). */
export type HiddenHow = 'vanish' | 'style' | 'white' | 'tiny' | 'shape' | 'same-colour';

export interface HiddenCut {
  xml: string;
  /** Non-blank characters of text in the runs cut. */
  chars: number;
  how: HiddenHow[];
}

interface RunProps {
  vanish?: boolean;
  /** Font size in half-points. */
  sz?: number;
  white?: boolean;
  /** Coloured shading or highlight behind the run. */
  backed?: boolean;
  /** The run's colour (RRGGBB, upper case; absent for auto or a theme colour), its highlight's and its shading's. */
  colour?: string;
  hl?: string;
  shdBack?: string;
}

interface StyleDef {
  based: string | null;
  props: RunProps;
  /** A paragraph style's own shading (pPr/w:shd). */
  shaded: boolean;
}

/** What the styles part says (styles.xml): resolved run properties by style id, and the defaults. */
export interface DocxStyles {
  defaults: RunProps;
  run(id: string | null): RunProps;
  paragraphShaded(id: string | null): boolean;
  /** Anything in the styles or defaults that could hide a run. */
  hides: boolean;
}

const STYLE_DEPTH = 16;
const WORD_NS = /xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)["']/g;
/**
 * A start, end or empty tag; the attributes never cross a `<`, so a failed match costs up to the next
 * one. The name takes all its characters ((?![\w.-])): otherwise a tag never closed (`<w:aaaa…` with
 * no `>` before the next `<`) was tried once for every split of its name, quadratic (a 4 MB part: hours).
 */
const TAG = /<(\/?)(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)(?![\w.-])([^<>]*)>/y;

/** The prefixes bound to WordprocessingML in the part (null: none declared, any prefix is taken). */
export function wordPrefixes(xml: string): Set<string> | null {
  const head = xml.slice(0, 65_536);
  const out = new Set<string>();
  WORD_NS.lastIndex = 0;
  // A default namespace (xmlns="…") makes unprefixed elements Word's too.
  for (let m = WORD_NS.exec(head); m; m = WORD_NS.exec(head)) out.add(m[1] ?? '');
  return out.size ? out : null;
}

export function attr(attrs: string, name: string): string | null {
  // Attribute names are short; the attribute string is one tag's (bounded by the part).
  const re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

const onOff = (attrs: string): boolean => !/^(?:false|0|off)$/i.test(attr(attrs, 'val') ?? 'true');

/** A colour a reader cannot see on white paper: FFFFFF and the near-whites (each channel ≥ F0). */
export const nearWhite = (hex: string | null): boolean => hex !== null && /^F[0-9A-F]F[0-9A-F]F[0-9A-F]$/i.test(hex.trim());

/** A fill or highlight that puts colour behind text (not none, auto, clear white). */
function colouredFill(local: string, attrs: string): boolean {
  if (local === 'highlight') {
    const v = (attr(attrs, 'val') ?? 'none').toLowerCase();
    return v !== 'none' && v !== 'white';
  }
  const fill = attr(attrs, 'fill');
  if (fill !== null && !/^(?:auto|)$/i.test(fill.trim()) && !nearWhite(fill)) return true;
  // A patterned shading paints its pattern colour (w:color) over the fill.
  const val = (attr(attrs, 'val') ?? 'clear').toLowerCase();
  const color = attr(attrs, 'color');
  return val !== 'clear' && val !== 'nil' && color !== null && !/^auto$/i.test(color) && !nearWhite(color);
}

/** One property tag inside a w:rPr, onto props. */
function runProp(local: string, attrs: string, props: RunProps): void {
  switch (local) {
    case 'vanish':
      props.vanish = onOff(attrs);
      break;
    case 'sz': {
      const v = Number(attr(attrs, 'val'));
      if (Number.isFinite(v)) props.sz = v;
      break;
    }
    case 'color': {
      // A theme colour wins over the value: background1 (bg1, light1) is the page's white, unless shaded darker.
      const theme = attr(attrs, 'themeColor');
      props.white = theme !== null && /^(?:background1|bg1|light1)$/i.test(theme.trim()) ? attr(attrs, 'themeShade') === null : nearWhite(attr(attrs, 'val'));
      const v = attr(attrs, 'val')?.trim().toUpperCase() ?? '';
      props.colour = theme === null && /^[0-9A-F]{6}$/.test(v) ? v : undefined;
      break;
    }
    case 'shd':
    case 'highlight':
      if (colouredFill(local, attrs)) props.backed = true;
      if (local === 'highlight') props.hl = backColour(local, attrs) ?? undefined;
      else props.shdBack = backColour(local, attrs) ?? undefined;
      break;
  }
}

/** Word's highlight colours (w:highlight w:val) as RRGGBB. */
const HIGHLIGHT: Record<string, string> = {
  black: '000000', blue: '0000FF', cyan: '00FFFF', green: '00FF00', magenta: 'FF00FF', red: 'FF0000', yellow: 'FFFF00',
  darkBlue: '000080', darkCyan: '008080', darkGreen: '008000', darkMagenta: '800080', darkRed: '800000', darkYellow: '808000',
  darkGray: '808080', lightGray: 'C0C0C0',
};

/** The solid colour a run's own shading (clear, a fill) or highlight paints behind it, or null. */
function backColour(local: string, attrs: string): string | null {
  if (local === 'highlight') return HIGHLIGHT[attr(attrs, 'val')?.trim() ?? ''] ?? null;
  const val = (attr(attrs, 'val') ?? 'clear').toLowerCase();
  if (val === 'solid') {
    const c = attr(attrs, 'color')?.trim().toUpperCase() ?? '';
    return /^[0-9A-F]{6}$/.test(c) ? c : null;
  }
  if (val !== 'clear') return null;
  const fill = attr(attrs, 'fill')?.trim().toUpperCase() ?? '';
  return /^[0-9A-F]{6}$/.test(fill) ? fill : null;
}

/** Two RRGGBB colours a reader cannot tell apart (each channel within 0x10). */
export function sameColour(a: string, b: string): boolean {
  for (let i = 0; i < 6; i += 2) if (Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) > 0x10) return false;
  return true;
}

const merged = (own: RunProps, below: RunProps): RunProps => ({
  vanish: own.vanish ?? below.vanish,
  sz: own.sz ?? below.sz,
  white: own.white ?? below.white,
  backed: own.backed ?? below.backed,
  colour: own.colour ?? below.colour,
  hl: own.hl ?? below.hl,
  shdBack: own.shdBack ?? below.shdBack,
});

const hidesAny = (p: RunProps): boolean => p.vanish === true || (p.sz !== undefined && p.sz <= 2) || p.white === true;

export const NO_STYLES: DocxStyles = { defaults: {}, run: () => ({}), paragraphShaded: () => false, hides: false };

/** Read the styles part (word/styles.xml): character and paragraph styles' run properties, defaults. */
export function readDocxStyles(xml: string | null): DocxStyles {
  if (!xml) return NO_STYLES;
  const prefixes = wordPrefixes(xml);
  const defs = new Map<string, StyleDef>();
  const defaults: RunProps = {};
  let style: StyleDef | null = null;
  let inDefaults = false;
  let inRPr = false;
  let inPPr = false;
  let change = 0; // inside w:rPrChange / w:pPrChange: the properties before a tracked change
  for (const t of tags(xml)) {
    if (prefixes && !prefixes.has(t.prefix)) continue;
    const { local, close, empty, attrs } = t;
    if (local === 'rPrChange' || local === 'pPrChange') {
      if (!empty) change = Math.max(0, change + (close ? -1 : 1));
      continue;
    }
    if (local === 'style' && !close) change = 0;
    if (change > 0) continue;
    if (local === 'style') {
      if (close) style = null;
      else if (!empty) {
        style = { based: null, props: {}, shaded: false };
        const id = attr(attrs, 'styleId');
        if (id !== null && !defs.has(id)) defs.set(id, style);
      }
      continue;
    }
    if (local === 'rPrDefault') {
      inDefaults = !close && !empty;
      continue;
    }
    if (local === 'rPr') {
      inRPr = !close && !empty;
      continue;
    }
    if (local === 'pPr') {
      inPPr = !close && !empty;
      continue;
    }
    if (close) continue;
    if (inRPr && inDefaults && !style) runProp(local, attrs, defaults);
    else if (inRPr && style && !inPPr) runProp(local, attrs, style.props);
    else if (style && inPPr && local === 'shd' && colouredFill(local, attrs)) style.shaded = true;
    else if (style && local === 'basedOn') style.based = attr(attrs, 'val');
  }
  const resolved = new Map<string, RunProps>();
  const run = (id: string | null): RunProps => {
    if (id === null) return {};
    const known = resolved.get(id);
    if (known) return known;
    let props: RunProps = {};
    const seen = new Set<string>();
    for (let at: string | null = id, n = 0; at !== null && n < STYLE_DEPTH && !seen.has(at); n++) {
      seen.add(at);
      const d = defs.get(at);
      if (!d) break;
      props = merged(props, d.props);
      at = d.based;
    }
    resolved.set(id, props);
    return props;
  };
  const paragraphShaded = (id: string | null): boolean => {
    const seen = new Set<string>();
    for (let at: string | null = id, n = 0; at !== null && n < STYLE_DEPTH && !seen.has(at); n++) {
      seen.add(at);
      const d = defs.get(at);
      if (!d) return false;
      if (d.shaded) return true;
      at = d.based;
    }
    return false;
  };
  let hides = hidesAny(defaults);
  for (const d of defs.values()) if (hidesAny(d.props)) hides = true;
  return { defaults, run, paragraphShaded, hides };
}

export interface Tag {
  start: number;
  end: number;
  close: boolean;
  empty: boolean;
  prefix: string;
  local: string;
  attrs: string;
}

/** The tags of an XML text in order (comments, CDATA, declarations and processing instructions skipped). */
export function* tags(xml: string): Generator<Tag> {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0) return;
    const c = xml.charCodeAt(i + 1);
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      const endMark = xml.startsWith('<!--', i) ? '-->' : xml.startsWith('<![CDATA[', i) ? ']]>' : '>';
      const e = xml.indexOf(endMark, i + 2);
      if (e < 0) return; // never closed: the rest is not markup a reader takes
      i = e + endMark.length;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(xml);
    if (!m) {
      i++;
      continue;
    }
    const rest = m[4]!;
    yield { start: i, end: TAG.lastIndex, close: m[1] === '/', empty: rest.endsWith('/'), prefix: m[2] ?? '', local: m[3]!, attrs: rest };
    i = TAG.lastIndex;
  }
}

/** Non-blank characters in xml[from, to) (text between two tags). */
function nonBlank(xml: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}

/** A run's content: its properties (w:rPr) have ended when one of these starts. */
const CONTENT = new Set(['t', 'r', 'p', 'tab', 'br', 'cr', 'sym', 'drawing', 'pict', 'object', 'fldChar', 'instrText', 'delText', 'noBreakHyphen', 'softHyphen']);

/** VML shapes (what mammoth reads of a text box: Word's fallback for its DrawingML shape). */
const VML_SHAPES = new Set(['shape', 'rect', 'roundrect', 'oval', 'line', 'polyline', 'curve', 'arc', 'group', 'image']);
/** Word's largest page side (22 in): a shape wholly beyond it off the page's edges is on no paper. */
export const OFF_PAGE_PT = 1584;
const PT: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75 };

/** A CSS length of a VML style in points (undefined: absent or in another unit). */
function cssPt(style: Map<string, string>, key: string): number | undefined {
  const m = /^(-?(?:\d+\.?\d*|\.\d+))(pt|in|cm|mm|pc|px)$/i.exec(style.get(key) ?? '');
  return m ? Number(m[1]) * PT[m[2]!.toLowerCase()]! : undefined;
}

/**
 * A VML shape Word does not show: visibility:hidden (a shape hidden in the Selection pane), or
 * placed wholly off any page (its box more than OFF_PAGE_PT before a page's edge, or starting two
 * such pages after it).
 */
export function hiddenShapeStyle(styleAttr: string | null): boolean {
  if (!styleAttr) return false;
  const style = new Map<string, string>();
  for (const part of styleAttr.split(';')) {
    const k = part.indexOf(':');
    if (k > 0) style.set(part.slice(0, k).trim().toLowerCase(), part.slice(k + 1).trim());
  }
  if (style.get('visibility')?.toLowerCase() === 'hidden') return true;
  const off = (pos: number | undefined, size: number | undefined) => pos !== undefined && (pos >= 2 * OFF_PAGE_PT || (size !== undefined && pos + size <= -OFF_PAGE_PT));
  const left = cssPt(style, 'margin-left') ?? cssPt(style, 'left');
  const top = cssPt(style, 'margin-top') ?? cssPt(style, 'top');
  return off(left, cssPt(style, 'width')) || off(top, cssPt(style, 'height'));
}

const HIDDEN_DOCPR = /<(?:[\w.-]+:)?docPr\b[^<>]*\shidden\s*=\s*["'](?:1|true|on)["']/i;

/** Cheap test on a part's bytes: could any run in it be hidden (given what the styles hide)? */
export function mayHide(bytes: Buffer, styles: DocxStyles): boolean {
  if (styles.hides || bytes.includes('vanish')) return true;
  const s = bytes.toString('latin1');
  if (/visibility\s*:\s*hidden|(?:^|[;"'\s-])(?:left|top)\s*:\s*-?[\d.]+\s*(?:pt|in|cm|mm|pc|px)/i.test(s) || HIDDEN_DOCPR.test(s)) return true;
  if (/<(?:[\w.-]+:)?color\s[^<>]*val\s*=\s*["'][0-9A-F]{6}["']/i.test(s) && /<(?:[\w.-]+:)?(?:shd|highlight)\s/.test(s)) return true;
  return /<(?:[\w.-]+:)?color\s[^<>]*(?:val\s*=\s*["']F[0-9A-F]F[0-9A-F]F[0-9A-F]["']|themeColor\s*=\s*["'](?:background1|bg1|light1)["'])/i.test(s) || /<(?:[\w.-]+:)?sz\s[^<>]*val\s*=\s*["'](?:-\d+|[0-2])["']/.test(s);
}

/** The properties before a tracked change, kept inside the current ones (not shown). */
const TRACKED_OLD = new Set(['rPrChange', 'pPrChange', 'tcPrChange', 'tblPrChange', 'trPrChange', 'tblPrExChange']);

/**
 * The XML without its hidden runs (each cut from its start to its own end tag, nested runs
 * counted), with the count of characters cut and how they were hidden.
 */
export function cutHiddenRuns(xml: string, styles: DocxStyles = NO_STYLES): HiddenCut {
  const prefixes = wordPrefixes(xml);
  const ours = (p: string) => (prefixes ? prefixes.has(p) : true);
  const background = /<(?:[\w.-]+:)?background\s[^<>]*color\s*=\s*["']([0-9A-Fa-f]{6})["']/.exec(xml.slice(0, 65_536));
  const pageColoured = background !== null && !nearWhite(background[1]!);
  const out: string[] = [];
  const how = new Set<HiddenHow>();
  let chars = 0;
  let from = 0;
  // Context.
  let txbx = 0;
  // fill / cellFill: the solid colour the table's own shading and the current cell's paint (RRGGBB).
  // txbx: the text-box depth the table was opened at (a text box inside a cell paints its own fill).
  type TableCtx = { coloured: boolean; cell: boolean; fill?: string; cellFill?: string; txbx: number };
  const tables: TableCtx[] = [];
  // Tables in the stack with colour behind their text (coloured, or the current cell shaded): kept as a
  // count so that a run's decision does not walk a deep stack of nested tables (quadratic).
  let backedTables = 0;
  const backs = (t: TableCtx) => t.coloured || t.cell;
  const setTop = (f: (t: TableCtx) => void) => {
    const top = tables[tables.length - 1]!;
    const was = backs(top);
    f(top);
    backedTables += (backs(top) ? 1 : 0) - (was ? 1 : 0);
  };
  let pStyle: string | null = null;
  let pShaded = false;
  // The solid colour the paragraph's own shading paints (pPr/w:shd), when it has one.
  let pFill: string | undefined;
  let inPPr = false;
  let inMarkRPr = false;
  let inTblPr = false;
  let change = 0;
  // The run being read: its start and own properties, until its rPr ends (or it has none).
  let run: { start: number; prefix: string; props: RunProps; rStyle: string | null; inRPr: boolean } | null = null;
  // A hidden run being cut: its prefix, depth of nested runs, and whether inside w:t.
  let cut: { start: number; prefix: string; depth: number; textFrom: number } | null = null;
  // A hidden shape (VML) or alternate content (its DrawingML shape hidden) being cut, whole.
  // Alternate content counts the text of its fallback only (what mammoth reads; its choice holds the same).
  let shape: { start: number; prefix: string; local: string; depth: number; textFrom: number; alt: boolean; fallback: number } | null = null;
  // Alternate content looked into up to here (nested ones end where the first does: looked at once).
  let scannedTo = 0;

  const decide = (r: NonNullable<typeof run>): HiddenHow | null => {
    const own = r.props;
    const rs = styles.run(r.rStyle);
    const ps = styles.run(pStyle);
    const p = merged(own, merged(rs, merged(ps, styles.defaults)));
    if (p.vanish) return own.vanish !== undefined ? 'vanish' : 'style';
    if (p.sz !== undefined && p.sz <= 2) return 'tiny';
    if (p.white && !p.backed && !pShaded && !styles.paragraphShaded(pStyle) && txbx === 0 && !pageColoured && backedTables === 0) return 'white';
    // Text of its own background's colour: a filled box, no text. What is behind a run, top first:
    // its highlight, its own shading, its paragraph's shading, its table cell's, its table's (the
    // innermost table only).
    const top = tables.length ? tables[tables.length - 1]! : undefined;
    // final-review19: a text box in a shaded cell is drawn with its own fill: the cell's is not behind it.
    const cellBack = top && top.txbx === txbx ? (top.cellFill ?? top.fill) : undefined;
    const back = p.hl ?? p.shdBack ?? pFill ?? cellBack;
    if (p.colour !== undefined && back !== undefined && sameColour(p.colour, back)) return 'same-colour';
    return null;
  };

  for (const t of tags(xml)) {
    const { local, close, empty, prefix, attrs } = t;
    if (shape) {
      if (shape.alt && local === 'Fallback' && !empty) shape.fallback += close ? -1 : 1;
      if (local === 't' && ours(prefix) && (!shape.alt || shape.fallback > 0)) {
        if (!close && !empty) shape.textFrom = t.end;
        else if (close && shape.textFrom >= 0) {
          chars += nonBlank(xml, shape.textFrom, t.start);
          shape.textFrom = -1;
        }
      } else if (local === shape.local && prefix === shape.prefix && !empty) {
        shape.depth += close ? -1 : 1;
        if (shape.depth === 0) {
          out.push(xml.slice(from, shape.start));
          from = t.end;
          shape = null;
        }
      }
      continue;
    }
    if (!cut && !close && !empty) {
      let hides = false;
      if (VML_SHAPES.has(local) && !ours(prefix)) hides = hiddenShapeStyle(attr(attrs, 'style'));
      else if (local === 'AlternateContent' && t.start >= scannedTo) {
        const end = xml.indexOf(`</${prefix ? `${prefix}:` : ''}AlternateContent`, t.end);
        scannedTo = end < 0 ? xml.length : end;
        hides = HIDDEN_DOCPR.test(xml.slice(t.end, scannedTo));
      }
      if (hides) {
        how.add('shape');
        shape = { start: t.start, prefix, local, depth: 1, textFrom: -1, alt: local === 'AlternateContent', fallback: 0 };
        continue;
      }
    }
    if (cut) {
      if (local === 't' && prefix === cut.prefix) {
        if (!close && !empty) cut.textFrom = t.end;
        else if (close && cut.textFrom >= 0) {
          chars += nonBlank(xml, cut.textFrom, t.start);
          cut.textFrom = -1;
        }
      } else if (local === 'r' && prefix === cut.prefix && !empty) {
        cut.depth += close ? -1 : 1;
        if (cut.depth === 0) {
          out.push(xml.slice(from, cut.start));
          from = t.end;
          cut = null;
        }
      }
      continue;
    }
    if (!ours(prefix)) continue;
    // final-review19: a cell's or table's properties before a tracked change (tcPrChange, tblPrChange,
    // …) are not what is shown: a header cell whose dark shading was taken off cut its text.
    if (TRACKED_OLD.has(local)) {
      if (!empty) change = Math.max(0, change + (close ? -1 : 1));
      continue;
    }
    // A run or paragraph starting ends any tracked change's old properties (one never closed too).
    if (!close && (local === 'r' || local === 'p')) change = 0;
    if (change > 0) continue;
    // Run properties never closed end where the run's content starts.
    if (run?.inRPr && CONTENT.has(local)) run.inRPr = false;
    if (run && !run.inRPr && !(local === 'rPr' && !close)) {
      // The run's properties are known: its rPr ended, or it has none.
      const hidden = decide(run);
      const r = run;
      run = null;
      if (hidden) {
        how.add(hidden);
        cut = { start: r.start, prefix: r.prefix, depth: 1, textFrom: -1 };
        // This tag is the run's first child (or its end): read it as part of the cut.
        if (local === 't' && !close && !empty) cut.textFrom = t.end;
        else if (local === 'r' && close) {
          out.push(xml.slice(from, cut.start));
          from = t.end;
          cut = null;
        } else if (local === 'r' && !empty) cut.depth++;
        continue;
      }
    }
    switch (local) {
      case 'r':
        if (!close && !empty) {
          run = { start: t.start, prefix, props: {}, rStyle: null, inRPr: false };
          inPPr = false; // no run inside paragraph properties (one never closed ends here)
        }
        break;
      case 'rPr':
        if (run && !inPPr) run.inRPr = !close && !empty;
        else if (inPPr) inMarkRPr = !close && !empty;
        break;
      case 'p':
        if (!close && !empty) {
          pStyle = null;
          pShaded = false;
          pFill = undefined;
          inPPr = false;
          run = null;
        }
        break;
      case 'pPr':
        inPPr = !close && !empty;
        inMarkRPr = false;
        break;
      case 'pStyle':
        if (inPPr) pStyle = attr(attrs, 'val');
        break;
      case 'rStyle':
        if (run?.inRPr) run.rStyle = attr(attrs, 'val');
        break;
      case 'tbl':
        if (close) {
          const t = tables.pop();
          if (t && backs(t)) backedTables--;
        } else if (!empty) tables.push({ coloured: false, cell: false, txbx });
        break;
      case 'tblPr':
        inTblPr = !close && !empty;
        break;
      case 'tblStyle':
        if (tables.length) setTop((t) => (t.coloured = true));
        break;
      case 'tc':
        if (tables.length && !empty)
          setTop((t) => {
            t.cell = false;
            t.cellFill = undefined;
          });
        break;
      case 'txbxContent':
        if (!empty) txbx = Math.max(0, txbx + (close ? -1 : 1));
        break;
      case 'shd':
        if (run?.inRPr) runProp(local, attrs, run.props);
        else if (inPPr) {
          pShaded ||= colouredFill(local, attrs);
          // The paragraph mark's own run properties (pPr/rPr) shade the mark only.
          if (!inMarkRPr) pFill = backColour(local, attrs) ?? pFill;
        } else if (tables.length) {
          // tblPr: the whole table; tcPr: this cell.
          const fill = backColour(local, attrs) ?? undefined;
          const coloured = colouredFill(local, attrs);
          if (inTblPr)
            setTop((t) => {
              t.coloured ||= coloured;
              t.fill = fill ?? t.fill;
            });
          else
            setTop((t) => {
              t.cell ||= coloured;
              t.cellFill = fill ?? t.cellFill;
            });
        }
        break;
      default:
        if (run?.inRPr && !close) runProp(local, attrs, run.props);
    }
  }
  if (cut || shape) {
    // A hidden run or shape never closed: cut to the end (a reader takes nothing after it either).
    out.push(xml.slice(from, (cut ?? shape)!.start));
    from = xml.length;
  }
  out.push(xml.slice(from));
  return { xml: how.size ? out.join('') : xml, chars, how: [...how].sort() };
}

/**
 * Containers of runs mammoth does not know and so drops whole (with "an unrecognised element was
 * ignored"), while Word shows their runs: a simple field (w:fldSimple — its runs are the field's
 * displayed result, as a complex field's runs between separate and end, which mammoth reads) and
 * the bidirectional embeddings w:dir / w:bdo. A report whose words sat in DOCPROPERTY or MERGEFIELD
 * fields read as empty (every element missing). Their start and end tags are taken out, the runs
 * inside kept (one linear sweep over the tags).
 */
export const RUN_CONTAINERS = new Set(['fldSimple', 'dir', 'bdo']);

/** Cheap test on a part's bytes: could it hold a container of runs mammoth drops? */
export const mayWrapRuns = (bytes: Buffer): boolean => bytes.includes('fldSimple') || bytes.includes(':dir') || bytes.includes(':bdo');

export function unwrapRunContainers(xml: string): string {
  const prefixes = wordPrefixes(xml);
  const out: string[] = [];
  let from = 0;
  for (const t of tags(xml)) {
    if (!RUN_CONTAINERS.has(t.local) || (prefixes ? !prefixes.has(t.prefix) : false)) continue;
    out.push(xml.slice(from, t.start));
    from = t.end;
  }
  if (!out.length) return xml;
  out.push(xml.slice(from));
  return out.join('');
}
