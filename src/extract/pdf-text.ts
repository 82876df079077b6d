/**
 * One page's text from pdf.js's text items, laid out as pdf-parse 2.4 did with its defaults
 * (the layout every stored fact and test was made with): an item that starts more than 4.6 units
 * lower or higher than the last one starts a new line (unless a line break is already there),
 * and on the same line a gap of more than 7 units between item origins becomes a tab (a cell).
 */
import type { PDFPageProxy } from 'pdfjs-dist';

/** Vertical distance (page units) beyond which the next item is on another line. */
export const LINE_THRESHOLD = 4.6;
/** Horizontal distance between an item's start and the previous item's end that makes a cell. */
export const CELL_THRESHOLD = 7;

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Lay out text items (in content order) with the viewport transform [a b c d e f]. */
export function layoutItems(items: readonly TextItemLike[], vt: readonly number[]): string {
  const [a, b, c, d, e, f] = vt as [number, number, number, number, number, number];
  const out: string[] = [];
  let lastX: number | undefined;
  let lastY: number | undefined;
  let lineHeight = 0;
  for (const item of items) {
    const tx = item.transform[4]!;
    const ty = item.transform[5]!;
    const x = a * tx + c * ty + e;
    const y = b * tx + d * ty + f;
    let str = item.str;
    if (lastY !== undefined && Math.abs(lastY - y) > LINE_THRESHOLD) {
      const last = out.length ? out[out.length - 1] : undefined;
      const startsLine = str.startsWith('\n') || (str.trim() === '' && item.hasEOL);
      if (last?.endsWith('\n') === false && !startsLine && Math.abs(lastY - y) - 1 > lineHeight) {
        out.push('\n');
        lineHeight = 0;
      }
    }
    if (lastY !== undefined && Math.abs(lastY - y) < LINE_THRESHOLD && lastX !== undefined && Math.abs(lastX - x) > CELL_THRESHOLD) {
      str = `\t${str}`;
    }
    out.push(str);
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) out.push('\n');
    if (item.hasEOL || str.endsWith('\n')) lineHeight = 0;
  }
  return out.join('');
}

/** The largest em, in points, of text nobody can read (as a .docx run of w:sz ≤ 2, 1 pt). */
export const TINY_TEXT_PT = 1;

/**
 * Whether a text rendering matrix (font size, text matrix and CTM together, on a page at scale 1)
 * draws glyphs of at most TINY_TEXT_PT in both directions: 0.1 pt is a speck on paper and on screen.
 */
export function tinyGlyphs(t: readonly number[]): boolean {
  return Math.max(Math.hypot(t[0]!, t[1]!), Math.hypot(t[2]!, t[3]!)) <= TINY_TEXT_PT;
}

/**
 * Whether a glyph lies wholly outside the clip (a box holding the clipping region, in page space):
 * its box (the em square under the text rendering matrix `t`, widened by a quarter em, to its advance
 * of `em` ems when wider) overlaps the clip's by less than half a point either way. The text reader's
 * `clip` patch (pdfjs-text-worker.ts) is this test in pdf.js's worker.
 */
export function clippedGlyph(t: readonly number[], em: number, clip: readonly number[], vertical = false): boolean {
  const a = Math.max(1, Math.abs(em));
  const gx = vertical ? [-1, 1] : [-0.25, a + 0.25];
  const gy = vertical ? [-a - 0.25, 1.25] : [-0.5, 1.25];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const u of gx) {
    for (const w of gy) {
      const x = t[0]! * u + t[2]! * w + t[4]!;
      const y = t[1]! * u + t[3]! * w + t[5]!;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return !(Math.min(x1, clip[2]!) - Math.max(x0, clip[0]!) >= 0.5 && Math.min(y1, clip[3]!) - Math.max(y0, clip[1]!) >= 0.5);
}

/**
 * The least share of the page that painted images must show, together, for invisible or tiny text
 * to be read as a scan's OCR layer over them (a scan's page image shows nearly all of it).
 */
export const IMAGE_PAGE_SHARE = 0.01;

/**
 * The least share of the page its painted images must show, together, for it to be a scan (hostile20): text under
 * an opaque image on such a page is the page image's OCR layer (a scanner's "text under the image" mode) and is read;
 * on any other page an opaque image drawn after text covers it as an opaque fill does.
 */
export const SCAN_PAGE_SHARE = 0.5;

/**
 * The em box of a CJK glyph about its baseline (Adobe's ideographic em box: −0.12 … 0.88 em): a run of
 * text is painted over when an opaque rectangle drawn after it holds the em boxes of all its glyphs.
 */
export const EM_BOX_BOTTOM = -0.12;
export const EM_BOX_TOP = 0.88;
/** Slack (page units) for a cover's edge: one lying on the em box's edge within it still covers. */
const COVER_SLACK = 0.01;
/**
 * Box tests (drawn runs × cover rectangles) one page may spend judging covers. Past it (a page built to
 * exhaust it: tens of thousands of runs and rectangles), every run still drawn under a later cover
 * is taken as painted over: such a page is read less, never more.
 */
export const COVER_WORK = 20_000_000;

/**
 * The box (page space) holding the em boxes of a horizontal text item's glyphs: from its origin
 * along its advance (`width`), EM_BOX_BOTTOM … EM_BOX_TOP of its font size up. Null for an item
 * with no direction (a degenerate matrix).
 */
export function itemEmBox(item: Pick<TextItemLike, 'transform' | 'width'>): number[] | null {
  const t = item.transform;
  const a = t[0]!;
  const b = t[1]!;
  const len = Math.hypot(a, b);
  if (!(len > 0) || !Number.isFinite(len)) return null;
  const dx = (a / len) * item.width;
  const dy = (b / len) * item.width;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const u of [0, 1]) {
    for (const v of [EM_BOX_BOTTOM, EM_BOX_TOP]) {
      xs.push(t[4]! + u * dx + v * t[2]!);
      ys.push(t[5]! + u * dy + v * t[3]!);
    }
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Whether a rectangle (page space) holds a box, its edges allowed COVER_SLACK inside the box's. */
export function coversBox(r: readonly number[], box: readonly number[]): boolean {
  return r[0]! <= box[0]! + COVER_SLACK && r[1]! <= box[1]! + COVER_SLACK && r[2]! >= box[2]! - COVER_SLACK && r[3]! >= box[3]! - COVER_SLACK;
}

/**
 * Uncovered pieces of a run tracked while covers each hide part of it. Past it (a dotted underline
 * or emphasis dots drawn after the line cut its box into a piece per dot; a grid built to exhaust
 * the judgement) only the COVER_PIECES / 2 largest pieces are kept: the smallest are dropped as if
 * painted over (read less, never more), and the run is painted over only when none is left showing.
 * Keeping half makes the sorting rare (a small cover adds a few pieces). final-review19: taking a
 * run cut into more pieces as painted over whole left out an ordinary line with a dotted underline
 * of 33 dots or more.
 */
export const COVER_PIECES = 64;

/** The COVER_PIECES / 2 largest of pieces, when there are more than COVER_PIECES (else all of them). */
export function largestPieces(pieces: number[][]): number[][] {
  if (pieces.length <= COVER_PIECES) return pieces;
  const area = (p: readonly number[]) => (p[2]! - p[0]!) * (p[3]! - p[1]!);
  return pieces.sort((a, b) => area(b) - area(a)).slice(0, COVER_PIECES / 2);
}

/**
 * What of a box is left showing once a rectangle is painted over it: the box's pieces (disjoint
 * rectangles) minus the rectangle, each cut into at most four; slivers no wider than COVER_SLACK
 * are nothing a reader sees (as a single cover's edge within COVER_SLACK of the box's still holds it).
 */
export function uncovered(pieces: readonly number[][], r: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const p of pieces) {
    const x0 = Math.max(p[0]!, r[0]!);
    const y0 = Math.max(p[1]!, r[1]!);
    const x1 = Math.min(p[2]!, r[2]!);
    const y1 = Math.min(p[3]!, r[3]!);
    if (!(x1 > x0 && y1 > y0)) {
      out.push(p as number[]);
      continue;
    }
    if (x0 > p[0]! + COVER_SLACK) out.push([p[0]!, p[1]!, x0, p[3]!]);
    if (x1 < p[2]! - COVER_SLACK) out.push([x1, p[1]!, p[2]!, p[3]!]);
    if (y0 > p[1]! + COVER_SLACK) out.push([x0, p[1]!, x1, y0]);
    if (y1 < p[3]! - COVER_SLACK) out.push([x0, y1, x1, p[3]!]);
  }
  return out;
}

/**
 * Whether a filled outline (a polygon in page space: lines and flattened curves) holds a box: the
 * box (its edges COVER_SLACK inside) has its corners inside the outline (nonzero winding, or
 * even-odd) and no edge of the outline passes through its inside.
 */
export function polygonCoversBox(poly: readonly (readonly number[])[], box: readonly number[], evenOdd = false): boolean {
  const x0 = box[0]! + COVER_SLACK;
  const y0 = box[1]! + COVER_SLACK;
  const x1 = Math.max(x0, box[2]! - COVER_SLACK);
  const y1 = Math.max(y0, box[3]! - COVER_SLACK);
  const n = poly.length;
  if (n < 3) return false;
  const inside = (x: number, y: number): boolean => {
    let wind = 0;
    let cross = 0;
    for (let i = 0; i < n; i++) {
      const a = poly[i]!;
      const b = poly[(i + 1) % n]!;
      if (a[1]! <= y !== b[1]! <= y) {
        const xi = a[0]! + ((y - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!);
        if (xi > x) {
          cross++;
          wind += b[1]! > a[1]! ? 1 : -1;
        }
      }
    }
    return evenOdd ? cross % 2 === 1 : wind !== 0;
  };
  if (!inside(x0, y0) || !inside(x1, y0) || !inside(x0, y1) || !inside(x1, y1)) return false;
  // An edge through the box's inside (Liang–Barsky: the part of the edge within the box, strictly inside).
  for (let i = 0; i < n; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % n]!;
    const dx = b[0]! - a[0]!;
    const dy = b[1]! - a[1]!;
    let t0 = 0;
    let t1 = 1;
    let ok = true;
    for (const [p, q] of [[-dx, a[0]! - x0], [dx, x1 - a[0]!], [-dy, a[1]! - y0], [dy, y1 - a[1]!]] as [number, number][]) {
      if (p === 0) {
        if (q <= 0) ok = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
      if (!ok || t0 >= t1) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const mx = a[0]! + ((t0 + t1) / 2) * dx;
      const my = a[1]! + ((t0 + t1) / 2) * dy;
      if (mx > x0 && mx < x1 && my > y0 && my < y1) return false;
    }
  }
  return true;
}

/** Text left out of a document because nobody can see it: non-blank characters, and how ('invisible', 'white', 'tiny'). */
export interface HiddenPdfText {
  chars: number;
  how: string[];
  /** Pages that paint an image (counted while reading; not a fact). */
  imagePages?: number;
}

const nonBlank = (s: string): number => s.replace(/[\s\u3000]/g, '').length;

/**
 * The items a reader of the page can see. The text reader marks (pdfjs-text-worker.ts, hidden-text)
 * glyphs drawn invisible (`ledgerHidden: 2`: render mode 3 or 7) and filled near-white
 * (`ledgerHidden: 1`), glyphs outside the clipping path (`ledgerHidden: 4`) or in optional content the
 * document's default configuration switches off (`ledgerHidden: 5`: both never drawn), glyphs in a blend
 * mode that leaves a white backdrop white (`ledgerHidden: 6`: Screen, Lighten, ColorDodge; judged as white ones), and what the
 * page paints (`{ type: 'ledgerPaint', image, share }`: share, the part of the page an image shows); glyphs of 1 pt or
 * less (tinyGlyphs) are judged as invisible ones. Invisible text is kept over an image (a scanned page's OCR layer: the image is what it says) and white text on a
 * page that paints an image or a coloured fill (a white title on a coloured band); on a bare page
 * neither can be seen and both are left out, counted in `hidden`. Glyphs under a soft mask showing
 * nothing (`ledgerHidden: 7`) are never seen; a run of drawn horizontal text whose em boxes an opaque
 * rectangle drawn after it holds (`{ type: 'ledgerCover', rects }`, coversBox) is painted over ('covered').
 * An opaque image drawn square to the page after text (`{ type: 'ledgerCover', rects, image: true }`) covers it as such a
 * rectangle does, except on a page whose images show SCAN_PAGE_SHARE of it or more: there the text under the page image is
 * read (a scan's OCR layer, drawn under its image by some OCR tools).
 */
export function visibleItems(all: readonly object[], hidden?: HiddenPdfText, vertical?: (fontName: unknown) => boolean): TextItemLike[] {
  let imageShare = 0;
  let painted = false;
  // Drawn text items (index into `all`) that a later opaque fill may paint over, and those it did.
  // rest: what of its box later covers left showing (absent: all of it).
  let drawn: { at: number; box: number[]; rest?: number[][] }[] = [];
  let covered: Set<number> | null = null;
  let work = 0;
  for (const i of all) {
    if ((i as { type?: unknown }).type === 'ledgerPaint') {
      painted = true;
      if ((i as { image?: unknown }).image === true) {
        const share = (i as { share?: unknown }).share;
        imageShare += typeof share === 'number' && Number.isFinite(share) ? share : 1;
      }
    }
  }
  // hostile20: an opaque image covers text drawn before it, except on a scan (its OCR layer under its page image).
  const scan = imageShare >= SCAN_PAGE_SHARE;
  all.forEach((i, at) => {
    const type = (i as { type?: unknown }).type;
    if (type === 'ledgerCover') {
      if (scan && (i as { image?: unknown }).image === true) return;
      const rects = (i as { rects?: unknown }).rects;
      const poly = (i as { poly?: unknown }).poly;
      if (Array.isArray(poly) && drawn.length > 0) {
        // One filled outline (a rounded or rotated rectangle, a polygon): a run (what earlier covers left of it) inside it is painted over.
        const pts = poly.filter((p): p is number[] => Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v)));
        const clip = (i as { clip?: unknown }).clip;
        const c = Array.isArray(clip) && clip.length === 4 && clip.every((v) => typeof v === 'number') ? (clip as number[]) : null;
        const evenOdd = (i as { evenOdd?: unknown }).evenOdd === true;
        work += drawn.length * (pts.length + 4);
        drawn = drawn.filter((d) => {
          const pieces = d.rest ?? [d.box];
          const hid = work > COVER_WORK || pieces.every((b) => (!c || coversBox(c, b)) && polygonCoversBox(pts, b, evenOdd));
          if (!hid) return true;
          (covered ??= new Set()).add(d.at);
          return false;
        });
        return;
      }
      if (!Array.isArray(rects) || drawn.length === 0) return;
      const rs = rects.filter((r): r is number[] => Array.isArray(r) && r.length === 4 && r.every((v) => typeof v === 'number'));
      work += drawn.length * rs.length;
      if (work > COVER_WORK) {
        for (const d of drawn) (covered ??= new Set()).add(d.at);
        drawn = [];
        return;
      }
      drawn = drawn.filter((d) => {
        let hid = rs.some((r) => coversBox(r, d.box));
        // Covers that each hide part of the run may hide it together (within this fill or over several).
        for (let k = 0; k < rs.length && !hid; k++) {
          const r = rs[k]!;
          const b = d.box;
          if (!(Math.min(r[2]!, b[2]!) > Math.max(r[0]!, b[0]!) && Math.min(r[3]!, b[3]!) > Math.max(r[1]!, b[1]!))) continue;
          work += d.rest?.length ?? 1;
          const pieces = uncovered(d.rest ?? [b], r);
          // Keeping the largest sorts the pieces: charged to the page's work too.
          if (pieces.length > COVER_PIECES) work += pieces.length;
          d.rest = largestPieces(pieces);
          // Past the page's work: taken as painted over (read less, never hung).
          hid = d.rest.length === 0 || work > COVER_WORK;
        }
        if (!hid) return true;
        (covered ??= new Set()).add(d.at);
        return false;
      });
      return;
    }
    if (!('str' in i)) return;
    const item = i as TextItemLike & { ledgerHidden?: number; fontName?: unknown };
    // Text drawn (not invisible, not clipped, not off) and horizontal, with something to see.
    const h = item.ledgerHidden ?? 0;
    if ((h === 0 || h === 1 || h === 6) && nonBlank(item.str) > 0 && !vertical?.(item.fontName)) {
      const box = itemEmBox(item);
      if (box) drawn.push({ at, box });
    }
  });
  // Images showing less than IMAGE_PAGE_SHARE of the page together (a speck, or drawn where a
  // clip or the page's edge hides them) are no scan for invisible text to be the OCR layer of.
  const image = imageShare >= IMAGE_PAGE_SHARE;
  if (image && hidden) hidden.imagePages = (hidden.imagePages ?? 0) + 1;
  const out: TextItemLike[] = [];
  for (const [at, i] of all.entries()) {
    if (!('str' in i)) continue;
    const item = i as TextItemLike & { ledgerHidden?: number };
    // Painted over by an opaque fill drawn after it (8), or under a soft mask showing nothing (7): never seen.
    if ((covered as Set<number> | null)?.has(at) || item.ledgerHidden === 7) {
      if (hidden) {
        const n = nonBlank(item.str);
        hidden.chars += n;
        const how = item.ledgerHidden === 7 ? 'masked' : 'covered';
        if (n > 0 && !hidden.how.includes(how)) hidden.how.push(how);
      }
      continue;
    }
    // Glyphs of 1 pt or less are as invisible (a scan's OCR layer over its image is still read).
    // Glyphs outside the clipping path (4) or in a layer switched off (5) are never drawn, whatever the page paints.
    const marked = item.ledgerHidden;
    const h = marked === 4 || marked === 5 ? marked : marked || (nonBlank(item.str) > 0 && tinyGlyphs(item.transform) ? 3 : 0);
    if (h === 4 || h === 5 || ((h === 2 || h === 3) && !image) || ((h === 1 || h === 6) && !painted)) {
      if (hidden) {
        const n = nonBlank(item.str);
        hidden.chars += n;
        const how = h === 6 ? 'blend' : h === 5 ? 'layer' : h === 4 ? 'clipped' : h === 2 ? 'invisible' : h === 3 ? 'tiny' : 'white';
        if (n > 0 && !hidden.how.includes(how)) hidden.how.push(how);
      }
      continue;
    }
    out.push(item);
  }
  return out;
}

/** The page's text (marked-content markers skipped), without text nobody can see (counted in `hidden`). */
export async function pageText(page: PDFPageProxy, hidden?: HiddenPdfText): Promise<string> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const styles = content.styles as Record<string, { vertical?: boolean } | undefined>;
  return layoutItems(visibleItems(content.items, hidden, (f) => typeof f === 'string' && styles[f]?.vertical === true), viewport.transform);
}
