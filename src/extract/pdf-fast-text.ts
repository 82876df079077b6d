/**
 * A page's text items for the fast path (pdf-fast.ts): pdf.js's PartialEvaluator.getTextContent
 * (pdfjs-dist 5.4.296, with the reader's patches: no bidi reordering for text without a
 * right-to-left character) for the operators office suites write, step for step and in the same
 * floating-point order, so the items — strings, positions, widths, line ends — are the ones pdf.js
 * returns. Operators it cannot be sure of decline: form XObjects, inline images, a font set
 * through an ExtGState, Type3 glyph operators, unknown operators, operand counts pdf.js would
 * repair, right-to-left text.
 */
import { EM_BOX_BOTTOM, EM_BOX_TOP, clippedGlyph, tinyGlyphs, type TextItemLike } from './pdf-text.js';
import { Cmd, Dict, EOF, Lexer, Name, Ref, Stream, decline, type Obj } from './pdf-fast-syntax.js';
import type { FastDoc } from './pdf-fast-doc.js';
import { loadFont, type FastFont, type FastGlyph } from './pdf-fast-font.js';

/** Operators one page may run (a full report page runs a few thousand). */
export const MAX_PAGE_OPS = 2_000_000;
/** Glyphs one page may show (a dense page shows ~3,000; each may become a text item). */
export const MAX_PAGE_GLYPHS = 500_000;
/** Depth of q … Q nesting kept (pdf.js keeps any; beyond this the page declines). */
export const MAX_SAVE_DEPTH = 256;
/** Glyphs and operators one document may run in all its pages (pages may share one content
 * stream: a 65 KB file of 400 pages showing 400,000 off-page glyphs each ran 190 s before its
 * decoded bytes declined it; a 300-page dense report shows ~1 million). */
export const MAX_DOC_GLYPHS = 4_000_000;
export const MAX_DOC_OPS = 10_000_000;
/**
 * Tests of a fill's or image's box against the strings shown before it (overInk) one page, and one document, may
 * spend (hostile20): a page of many strings and many fills or images beside them cost strings × fills (20,000 of
 * each: 4 s; a page may run 2,000,000 operators). Past it the page declines: pdf.js's reader judges covers within
 * its own bound (pdf-text.ts COVER_WORK).
 */
export const MAX_PAGE_INK_TESTS = 20_000_000;
export const MAX_DOC_INK_TESTS = 100_000_000;
const spentBy = new WeakMap<FastDoc, { glyphs: number; ops: number; ink: number }>();

type M = number[];
const IDENTITY: M = [1, 0, 0, 1, 0, 0];
const FONT_IDENTITY: M = [0.001, 0, 0, 0.001, 0, 0];

const transform = (m1: M, m2: M): M => [
  m1[0]! * m2[0]! + m1[2]! * m2[1]!,
  m1[1]! * m2[0]! + m1[3]! * m2[1]!,
  m1[0]! * m2[2]! + m1[2]! * m2[3]!,
  m1[1]! * m2[2]! + m1[3]! * m2[3]!,
  m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
  m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
];

class TextState {
  fontName: string | null = null;
  fontSize = 0;
  font: FastFont | null = null;
  fontMatrix: M = FONT_IDENTITY;
  /** ctm is replaced, never changed in place (cm makes a new one): a clone may share it. */
  constructor(
    public ctm: M = IDENTITY.slice(),
    public textMatrix: M = IDENTITY.slice(),
    public textLineMatrix: M = IDENTITY.slice(),
  ) {}
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;
  /** Text render mode (Tr) and whether the fill colour is near-white: text a reader may not see. */
  renderMode = 0;
  whiteFill = false;
  /** The fill is fully transparent (an ExtGState's /ca 0). */
  clearFill = false;
  /** The fill's alpha (an ExtGState's /ca): a fill of 0.94 or more may paint text over. */
  fillAlpha = 1;
  /** The fill is a pattern (scn with a name): the reader decides whether text in it shows. */
  patternFill = false;
  /** The fill colour space is a Separation or DeviceN (tints: 0 is no ink, white). */
  inkFill = false;
  /** A box holding the clipping region in page space (null: none set); replaced, never changed in place. */
  clip: number[] | null = null;
  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }
  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }
  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }
  clone(): TextState {
    const c = new TextState(this.ctm, this.textMatrix.slice(), this.textLineMatrix.slice());
    c.fontName = this.fontName;
    c.fontSize = this.fontSize;
    c.font = this.font;
    c.fontMatrix = this.fontMatrix; // never changed in place
    c.charSpacing = this.charSpacing;
    c.wordSpacing = this.wordSpacing;
    c.leading = this.leading;
    c.textHScale = this.textHScale;
    c.textRise = this.textRise;
    c.renderMode = this.renderMode;
    c.whiteFill = this.whiteFill;
    c.clearFill = this.clearFill;
    c.fillAlpha = this.fillAlpha;
    c.patternFill = this.patternFill;
    c.inkFill = this.inkFill;
    c.clip = this.clip;
    return c;
  }
}

const num = (o: Obj | undefined): number => (typeof o === 'number' ? o : decline('operand not a number'));

/** Any character of a right-to-left script (what the reader's bidi fast path looks for). */
function hasRtl(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x0590 && (c <= 0x08ac || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))) return true;
  }
  return false;
}

/** pdf.js's normalizeUnicode (the same expression). */
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
const normalizeUnicode = (s: string): string => (mayNormalize(s) ? normalizeAll(s) : s);
/** Whether s has a character NORMALIZE could match (a superset of its classes; none is astral). */
function mayNormalize(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0xa0 || (c >= 0x3000 && c < 0xfb00)) continue;
    if (c === 0xa0 || c === 0xb5 || c === 0x37e || c === 0xeb3 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x2126 || (c >= 0xfb00 && c <= 0xfdfb) || (c >= 0xfe71 && c <= 0xfe7d)) return true;
  }
  return false;
}
const normalizeAll = (s: string): string => s.replaceAll(NORMALIZE, (_m, p1: string | undefined, p2: string | undefined) => (p1 ? p1.normalize('NFKC') : p2 === '\ufb05' ? 'ſt' : 'undefined'));

export interface PageInput {
  content: Uint8Array;
  resources: Dict | null;
  viewBox: M;
}

/** The text items of one page (marked content not included), as pdf.js returns them. */
export function pageItems(doc: FastDoc, page: PageInput, fonts: Map<number, FastFont>): TextItemLike[] {
  return new PageReader(doc, page, fonts).read();
}

/** A text item being built (pdf.js's textContentItem). */
interface ItemInProgress {
  initialized: boolean;
  str: string[];
  totalWidth: number;
  totalHeight: number;
  width: number;
  height: number;
  prevTransform: M | null;
  textAdvanceScale: number;
  spaceInFlowMin: number;
  spaceInFlowMax: number;
  trackingSpaceMin: number;
  negativeSpaceMax: number;
  notASpace: number;
  transform: M | null;
  hasEOL: boolean;
}

/**
 * One page's reading: getTextContent's state and its helper functions. A class rather than
 * closures made anew for every page: V8 then optimises each method once for all pages and
 * documents of the thread (closures re-created per page were optimised again, and in one piece
 * with everything they call: most of a fresh thread's first reports went to that).
 */
class PageReader {
  readonly items: TextItemLike[] = [];
  private readonly spent: { glyphs: number; ops: number; ink: number };
  private readonly viewBox: M;
  private readonly fontRes: Obj | undefined;
  private readonly extGState: Obj | undefined;
  /** Fill colour spaces by resource name: a Separation or DeviceN (its tint 0 is no ink). */
  private readonly inkSpaces = new Map<string, boolean>();
  private readonly xobjects: Obj | undefined;
  private readonly item: ItemInProgress = {
    initialized: false,
    str: [],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    prevTransform: null,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null,
    hasEOL: false,
  };
  private readonly twoLastChars = [' ', ' '];
  private twoLastCharsPos = 0;
  private ts = new TextState();
  private readonly stack: TextState[] = [];
  /** compareWithLastPosition's transform: read there and never kept, so one array serves every glyph. */
  private readonly scratch: M = [0, 0, 0, 0, 0, 0];
  private glyphCount = 0;
  /** The current path's box in page space, and whether it becomes a clip when it ends (W / W*). */
  private pathBox: number[] | null = null;
  private clipNext = false;
  /** Boxes (x0 y0 x1 y1 …, page space) holding the em boxes of the strings shown on the page so far. */
  private readonly inkBoxes: number[] = [];
  /** Box tests overInk spent on this page. */
  private inkTests = 0;
  /** The glyphs of the string being shown (reused; entries past its count are stale). */
  private readonly glyphs: FastGlyph[] = [];

  constructor(
    private readonly doc: FastDoc,
    private readonly page: PageInput,
    private readonly fonts: Map<number, FastFont>,
  ) {
    let spent = spentBy.get(doc);
    if (!spent) spentBy.set(doc, (spent = { glyphs: 0, ops: 0, ink: 0 }));
    this.spent = spent;
    this.viewBox = page.viewBox;
    this.fontRes = page.resources ? doc.val(page.resources, 'Font') : undefined;
    this.extGState = page.resources ? page.resources.map.get('ExtGState') : undefined;
    this.xobjects = page.resources ? page.resources.map.get('XObject') : undefined;
  }

  /** A point of the path being built, in page space (the reader's `clip` patch: ledgerPathPoint). */
  private pathPoint(x: number, y: number): void {
    const m = this.ts.ctm;
    const px = m[0]! * x + m[2]! * y + m[4]!;
    const py = m[1]! * x + m[3]! * y + m[5]!;
    const b = (this.pathBox ??= [Infinity, Infinity, -Infinity, -Infinity]);
    b[0] = Math.min(b[0]!, px);
    b[1] = Math.min(b[1]!, py);
    b[2] = Math.max(b[2]!, px);
    b[3] = Math.max(b[3]!, py);
  }

  private saveLastChar(char: string): boolean {
    const twoLastChars = this.twoLastChars;
    const nextPos = (this.twoLastCharsPos + 1) % 2;
    const ret = twoLastChars[this.twoLastCharsPos] !== ' ' && twoLastChars[nextPos] === ' ';
    twoLastChars[this.twoLastCharsPos] = char;
    this.twoLastCharsPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[(this.twoLastCharsPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.twoLastChars[0] = this.twoLastChars[1] = ' ';
    this.twoLastCharsPos = 0;
  }

  private pushWhitespace(width: number, height: number, tr: M | null): void {
    this.items.push({ str: ' ', width, height, transform: tr as M, hasEOL: false });
  }

  private currentTransform(): M {
    return this.currentTransformInto([0, 0, 0, 0, 0, 0]);
  }

  // transform(ts.ctm, transform(ts.textMatrix, [fontSize * textHScale, 0, 0, fontSize, 0, textRise])),
  // written out: the same operations in the same order (the zero terms too), without the two
  // intermediate arrays (this runs twice per glyph).
  private currentTransformInto(out: M): M {
    const ts = this.ts;
    const t0 = ts.fontSize * ts.textHScale;
    const t3 = ts.fontSize;
    const t5 = ts.textRise;
    const m = ts.textMatrix;
    const i0 = m[0]! * t0 + m[2]! * 0;
    const i1 = m[1]! * t0 + m[3]! * 0;
    const i2 = m[0]! * 0 + m[2]! * t3;
    const i3 = m[1]! * 0 + m[3]! * t3;
    const i4 = m[0]! * 0 + m[2]! * t5 + m[4]!;
    const i5 = m[1]! * 0 + m[3]! * t5 + m[5]!;
    const c = ts.ctm;
    out[0] = c[0]! * i0 + c[2]! * i1;
    out[1] = c[1]! * i0 + c[3]! * i1;
    out[2] = c[0]! * i2 + c[2]! * i3;
    out[3] = c[1]! * i2 + c[3]! * i3;
    out[4] = c[0]! * i4 + c[2]! * i5 + c[4]!;
    out[5] = c[1]! * i4 + c[3]! * i5 + c[5]!;
    return out;
  }

  private ensureItem(): void {
    const item = this.item;
    if (item.initialized) return;
    const ts = this.ts;
    const trm = (item.transform = this.currentTransform());
    item.width = item.totalWidth = 0;
    item.height = item.totalHeight = Math.hypot(trm[2]!, trm[3]!);
    const scaleLineX = Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    const scaleCtmX = Math.hypot(ts.ctm[0]!, ts.ctm[1]!);
    item.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = ts;
    item.trackingSpaceMin = fontSize * 0.102;
    item.notASpace = fontSize * 0.03;
    item.negativeSpaceMax = fontSize * -0.2;
    item.spaceInFlowMin = fontSize * 0.102;
    item.spaceInFlowMax = fontSize * 0.6;
    item.hasEOL = false;
    item.initialized = true;
  }

  private updateAdvanceScale(): void {
    const item = this.item;
    if (!item.initialized) return;
    const ts = this.ts;
    const scaleLineX = Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    const scaleCtmX = Math.hypot(ts.ctm[0]!, ts.ctm[1]!);
    const scaleFactor = scaleCtmX * scaleLineX;
    if (scaleFactor === item.textAdvanceScale) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    item.width = 0;
    item.textAdvanceScale = scaleFactor;
  }

  private flush(): void {
    const item = this.item;
    if (!item.initialized) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    const text = normalizeUnicode(item.str.join(''));
    if (hasRtl(text)) decline('right-to-left text');
    this.items.push({ str: text, width: Math.abs(item.totalWidth), height: Math.abs(item.totalHeight), transform: item.transform!, hasEOL: item.hasEOL });
    item.initialized = false;
    item.str = [];
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.item.initialized) {
      this.item.hasEOL = true;
      this.flush();
    } else {
      this.items.push({ str: '', width: 0, height: 0, transform: this.currentTransform(), hasEOL: true });
    }
  }

  private addFakeSpaces(width: number, transf: M | null, textOrientation: number): boolean {
    const item = this.item;
    if (textOrientation * item.spaceInFlowMin <= width && width <= textOrientation * item.spaceInFlowMax) {
      if (item.initialized) {
        this.resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(width), 0, transf || this.currentTransform());
    return true;
  }

  private compareWithLastPosition(glyphWidth: number): boolean {
    const cur = this.currentTransformInto(this.scratch);
    const viewBox = this.viewBox;
    const item = this.item;
    let posX = cur[4]!;
    let posY = cur[5]!;
    if (posX + glyphWidth < viewBox[0]! || posX > viewBox[2]! || posY < viewBox[1]! || posY > viewBox[3]!) return false;
    if (!this.ts.font || !item.prevTransform) return true;
    let lastPosX = item.prevTransform[4]!;
    let lastPosY = item.prevTransform[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (cur[0] && cur[1] === 0 && cur[2] === 0) rotate = cur[0] > 0 ? 0 : 180;
    else if (cur[1] && cur[0] === 0 && cur[3] === 0) rotate = cur[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default: {
        [posX, posY] = inverseRotate(posX, posY, cur);
        [lastPosX, lastPosY] = inverseRotate(lastPosX, lastPosY, item.prevTransform);
      }
    }
    const advanceX = (posX - lastPosX) / item.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const textOrientation = Math.sign(item.width);
    if (advanceX < textOrientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    if (Math.abs(advanceY) > item.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= textOrientation * item.notASpace) this.resetLastChars();
    if (advanceX <= textOrientation * item.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), 0, item.prevTransform);
      } else {
        item.width += advanceX;
      }
    } else if (!this.addFakeSpaces(advanceX, item.prevTransform, textOrientation)) {
      if (item.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), 0, item.prevTransform);
      } else {
        item.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > item.height * 0.25) this.flush();
    return true;
  }

  private buildItem(chars: string, extraSpacing: number): void {
    const ts = this.ts;
    const font = ts.font!;
    if (!chars) {
      const charSpacing = ts.charSpacing + extraSpacing;
      if (charSpacing) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
      return;
    }
    // Text drawn invisible or near-white: pdf.js's reader marks it and the page's painting
    // (pdfjs-text-worker.ts, hidden-text), so that reader decides what can be seen.
    if (ts.renderMode === 3 || ts.renderMode === 7 || ts.clearFill || ((ts.renderMode === 0 || ts.renderMode === 4) && ts.whiteFill)) decline('text that may be hidden');
    if (ts.patternFill) decline('text that may be hidden (pattern)');
    const start = this.currentTransform();
    const glyphs = this.glyphs;
    const item = this.item;
    const ii = font.glyphsOf(chars, glyphs);
    this.glyphCount += ii;
    if (this.glyphCount > MAX_PAGE_GLYPHS) decline('too many glyphs');
    if ((this.spent.glyphs += ii) > MAX_DOC_GLYPHS) decline('too many glyphs in the document');
    const scale = ts.fontMatrix[0]! * ts.fontSize;
    let tiny: boolean | null = null;
    for (let i = 0; i < ii; i++) {
      const glyph = glyphs[i]!;
      const { category, originalCharCode } = glyph;
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = ts.charSpacing + (i + 1 === ii ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (originalCharCode === 0x20) charSpacing += ts.wordSpacing;
      if (category.isWhitespace) {
        charSpacing += scaledDim;
        ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
        this.saveLastChar(' ');
        continue;
      }
      // A glyph of 1 pt or less (font size, text matrix and CTM together): pdf-text.ts decides
      // whether it can be seen (not over an image), with what the page paints.
      if ((tiny ??= tinyGlyphs(this.currentTransform()))) decline('text that may be hidden');
      // A glyph outside the clipping path: the reader marks it (pdf-text.ts clippedGlyph).
      if (ts.clip && clippedGlyph(this.currentTransform(), glyph.width * ts.fontMatrix[0]!, ts.clip)) decline('text that may be clipped');
      if (!category.isZeroWidthDiacritic && !this.compareWithLastPosition(scaledDim)) {
        ts.translateTextMatrix(scaledDim * ts.textHScale, 0);
        continue;
      }
      this.ensureItem();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      scaledDim *= ts.textHScale;
      ts.translateTextMatrix(scaledDim, 0);
      item.width += scaledDim;
      if (scaledDim) item.prevTransform = this.currentTransform();
      const glyphUnicode = glyph.unicode;
      if (this.saveLastChar(glyphUnicode)) item.str.push(' ');
      item.str.push(glyphUnicode);
      if (charSpacing) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
    }
    this.noteInk(start, this.currentTransform());
  }

  /** The box holding the em boxes (pdf-text.ts EM_BOX_*) of a string shown from `a` to `b` (text rendering matrices). */
  private noteInk(a: M, b: M): void {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const t of [a, b]) {
      for (const v of [EM_BOX_BOTTOM, EM_BOX_TOP]) {
        const x = t[4]! + v * a[2]!;
        const y = t[5]! + v * a[3]!;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
    this.inkBoxes.push(x0, y0, x1, y1);
  }

  /** The path ends (painted or not): a clip (W / W*) takes its box. */
  private endPath(ts: TextState): void {
    if (this.clipNext && this.pathBox) {
      const b = this.pathBox;
      const c = ts.clip;
      ts.clip = c ? [Math.max(c[0]!, b[0]!), Math.max(c[1]!, b[1]!), Math.min(c[2]!, b[2]!), Math.min(c[3]!, b[3]!)] : b;
    }
    this.pathBox = null;
    this.clipNext = false;
  }

  /** Whether a box (page space) overlaps a string shown before on the page: a fill there may paint it over. */
  private overInk(b: number[]): boolean {
    const k = this.inkBoxes;
    const tests = k.length >> 2;
    this.inkTests += tests;
    this.spent.ink += tests;
    if (this.inkTests > MAX_PAGE_INK_TESTS || this.spent.ink > MAX_DOC_INK_TESTS) decline('too many cover tests');
    for (let i = 0; i < k.length; i += 4) {
      if (Math.min(b[2]!, k[i + 2]!) - Math.max(b[0]!, k[i]!) > 0 && Math.min(b[3]!, k[i + 3]!) - Math.max(b[1]!, k[i + 1]!) > 0) return true;
    }
    return false;
  }

  private setFont(name: string): void {
    const fontRes = this.fontRes;
    if (!(fontRes instanceof Dict)) return decline('no font resources');
    const ref = fontRes.map.get(name);
    if (!(ref instanceof Ref)) return decline('font not by reference');
    let font = this.fonts.get(ref.num);
    if (!font) {
      font = loadFont(this.doc, ref);
      this.fonts.set(ref.num, font);
    }
    this.ts.font = font;
    this.ts.fontMatrix = FONT_IDENTITY;
  }

  private showText(chars: Obj | undefined): void {
    if (!this.ts.font) decline('text before a font');
    if (typeof chars !== 'string') decline('shown text not a string');
    this.buildItem(chars as string, 0);
  }

  /** Runs the page's content stream. */
  read(): TextItemLike[] {
    const { doc, page, spent, stack, xobjects, extGState } = this;
    let ts = this.ts;
    const lx = new Lexer(page.content, 0, page.content.length, true);
    // Operands of the operator being read: args[0 … argc-1] (entries past argc are stale).
    const args: Obj[] = [];
    let argc = 0;
    let ops = 0;
    for (;;) {
      const o = lx.object();
      if (o === EOF) break;
      if (!(o instanceof Cmd)) {
        // pdf.js's preprocessor drops a null operand (its parser's "nothing here").
        if (o === null) continue;
        if (argc >= 33) decline('too many operands');
        args[argc++] = o;
        continue;
      }
      if (++ops > MAX_PAGE_OPS) decline('too many operators');
      if (++spent.ops > MAX_DOC_OPS) decline('too many operators in the document');
      const op = o.cmd;
      const n = o.arity;
      if (n === undefined || n === null) return decline(`operator ${op}`);
      if (n >= 0 ? argc !== n : argc > -n) return decline(`operand count of ${op}`);
      const prev = ts;
      // The preprocessor's q, Q and cm (the state stack holds the whole text state, as in pdf.js).
      if (op === 'q') {
        if (stack.length >= MAX_SAVE_DEPTH) decline('save depth');
        stack.push(ts);
        ts = this.ts = ts.clone();
      } else if (op === 'Q') {
        const back = stack.pop();
        if (back) ts = this.ts = back;
      } else if (op === 'cm') {
        ts.ctm = transform(ts.ctm, [num(args[0]), num(args[1]), num(args[2]), num(args[3]), num(args[4]), num(args[5])]);
      }
      switch (op) {
        case 'Tf': {
          const name = args[0];
          const size = args[1];
          if (!(name instanceof Name) || typeof size !== 'number') return decline('bad Tf');
          if (ts.font && name.name === ts.fontName && size === ts.fontSize) break;
          this.flush();
          ts.fontName = name.name;
          ts.fontSize = size;
          this.setFont(name.name);
          break;
        }
        case 'Ts':
          ts.textRise = num(args[0]);
          break;
        case 'Tr':
          ts.renderMode = typeof args[0] === 'number' ? args[0] : 0;
          break;
        case 'g':
        case 'rg':
        case 'k':
          ts.inkFill = false;
          ts.patternFill = false;
          ts.whiteFill = nearWhiteFill(args, argc, false);
          break;
        case 'sc':
        case 'scn':
          ts.whiteFill = nearWhiteFill(args, argc, ts.inkFill);
          ts.patternFill = argc > 0 && args[argc - 1] instanceof Name;
          break;
        case 'cs': {
          ts.whiteFill = false;
          ts.patternFill = false;
          const cs = args[0];
          if (!(cs instanceof Name)) {
            ts.inkFill = false;
            break;
          }
          // Office PDFs set the space before each run of text (/CS0 cs): looked up once a page.
          let ink = this.inkSpaces.get(cs.name);
          if (ink === undefined) {
            const res = page.resources ? doc.val(page.resources, 'ColorSpace') : undefined;
            const def = res instanceof Dict ? doc.val(res, cs.name) : undefined;
            const family = Array.isArray(def) ? doc.get(def[0] as Obj) : undefined;
            ink = family instanceof Name && (family.name === 'Separation' || family.name === 'DeviceN');
            this.inkSpaces.set(cs.name, ink);
          }
          ts.inkFill = ink;
          break;
        }
        case 'Tz':
          ts.textHScale = num(args[0]) / 100;
          break;
        case 'TL':
          ts.leading = num(args[0]);
          break;
        case 'Td':
          ts.translateTextLineMatrix(num(args[0]), num(args[1]));
          ts.textMatrix = ts.textLineMatrix.slice();
          break;
        case 'TD':
          ts.leading = -num(args[1]);
          ts.translateTextLineMatrix(num(args[0]), num(args[1]));
          ts.textMatrix = ts.textLineMatrix.slice();
          break;
        case 'T*':
          ts.carriageReturn();
          break;
        case 'Tm': {
          const m = [num(args[0]), num(args[1]), num(args[2]), num(args[3]), num(args[4]), num(args[5])];
          ts.textMatrix = m;
          ts.textLineMatrix = m.slice();
          this.updateAdvanceScale();
          break;
        }
        case 'Tc':
          ts.charSpacing = num(args[0]);
          break;
        case 'Tw':
          ts.wordSpacing = num(args[0]);
          break;
        case 'BT':
          ts.textMatrix = IDENTITY.slice();
          ts.textLineMatrix = IDENTITY.slice();
          break;
        case 'TJ': {
          if (!ts.font) decline('text before a font');
          const elements = args[0];
          if (!Array.isArray(elements)) return decline('TJ operand');
          const spaceFactor = (-1 * ts.fontSize) / 1000;
          let buffer: string[] = [];
          for (const el of elements) {
            if (typeof el === 'string') buffer.push(el);
            else if (typeof el === 'number') {
              if (el !== 0) {
                this.buildItem(buffer.join(''), el * spaceFactor);
                buffer = [];
              }
            } else return decline('TJ element');
          }
          if (buffer.length > 0) this.buildItem(buffer.join(''), 0);
          break;
        }
        case 'Tj':
          this.showText(args[0]);
          break;
        case "'":
          if (!ts.font) decline('text before a font');
          ts.carriageReturn();
          this.showText(args[0]);
          break;
        case '"':
          if (!ts.font) decline('text before a font');
          ts.wordSpacing = num(args[0]);
          ts.charSpacing = num(args[1]);
          ts.carriageReturn();
          this.showText(args[2]);
          break;
        case 'Do': {
          this.flush();
          const name = args[0];
          if (!(name instanceof Name)) return decline('Do operand');
          const xo = xobjects === undefined ? undefined : doc.get(xobjects);
          if (!(xo instanceof Dict)) return decline('no XObject resources');
          const x = doc.val(xo, name.name);
          if (!(x instanceof Stream)) return decline('XObject not a stream');
          const sub = doc.val(x.dict, 'Subtype');
          if (!(sub instanceof Name) || sub.name === 'Form') return decline('form XObject');
          // An opaque image over text shown before it may paint it over: the reader decides (hostile20, pdf-text.ts).
          if (sub.name === 'Image' && ts.fillAlpha >= 0.94) {
            const m = ts.ctm;
            const xs = [m[4]!, m[0]! + m[4]!, m[2]! + m[4]!, m[0]! + m[2]! + m[4]!];
            const ys = [m[5]!, m[1]! + m[5]!, m[3]! + m[5]!, m[1]! + m[3]! + m[5]!];
            if (this.overInk([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)])) decline('text that may be painted over (image)');
          }
          break;
        }
        case 'gs': {
          const name = args[0];
          if (!(name instanceof Name)) return decline('gs operand');
          const eg = extGState === undefined ? undefined : doc.get(extGState);
          if (!(eg instanceof Dict)) return decline('no ExtGState resources');
          const g = doc.val(eg, name.name);
          if (!(g instanceof Dict)) return decline('ExtGState not a dictionary');
          if (g.map.has('Font')) decline('font set by an ExtGState');
          // A blend mode other than Normal may hide text on a white page: the reader decides.
          if (g.map.has('BM')) {
            const bm = doc.val(g, 'BM');
            if (!(bm instanceof Name && (bm.name === 'Normal' || bm.name === 'Compatible'))) decline('text that may be hidden (blend mode)');
          }
          if (g.map.has('ca')) {
            const ca = doc.val(g, 'ca');
            ts.clearFill = typeof ca === 'number' && ca <= 0.01;
            ts.fillAlpha = typeof ca === 'number' ? ca : 1;
          }
          // A soft mask may show nothing of what is drawn under it: the reader decides.
          if (g.map.has('SMask')) {
            const sm = doc.val(g, 'SMask');
            if (!(sm instanceof Name && sm.name === 'None')) decline('text that may be hidden (soft mask)');
          }
          break;
        }
        case 'm':
        case 'l':
        case 'c':
        case 'v':
        case 'y':
          for (let k = 0; k + 1 < argc; k += 2) this.pathPoint(num(args[k]), num(args[k + 1]));
          break;
        case 're': {
          const x = num(args[0]);
          const y = num(args[1]);
          const w = num(args[2]);
          const h = num(args[3]);
          this.pathPoint(x, y);
          this.pathPoint(x + w, y);
          this.pathPoint(x, y + h);
          this.pathPoint(x + w, y + h);
          break;
        }
        case 'W':
        case 'W*':
          this.clipNext = true;
          break;
        case 'f':
        case 'F':
        case 'f*':
        case 'B':
        case 'B*':
        case 'b':
        case 'b*':
          // An opaque fill over text shown before it may paint it over: the reader decides (pdf-text.ts coversBox).
          // A pattern too: a shading pattern may paint all its path (hostile19).
          if (this.pathBox && ts.fillAlpha >= 0.94 && this.overInk(this.pathBox)) decline('text that may be painted over');
          this.endPath(ts);
          break;
        case 'n':
        case 'S':
        case 's':
          this.endPath(ts);
          break;
        case 'sh':
          // A shading paints the whole clip (or all the page): over text shown before it, the reader decides (hostile19).
          if (ts.fillAlpha >= 0.94 && this.overInk(ts.clip ?? [-Infinity, -Infinity, Infinity, Infinity])) decline('text that may be painted over (shading)');
          break;
        case 'BDC':
          // Optional content (a layer that may be switched off): the reader decides (its `layer` patch).
          if (args[0] instanceof Name && args[0].name === 'OC') decline('optional content');
          this.flush();
          break;
        case 'BMC':
        case 'EMC':
          this.flush();
          break;
        case 'Q':
          if (prev.font !== ts.font || prev.fontSize !== ts.fontSize || prev.fontName !== ts.fontName) this.flush();
          break;
        case 'BI':
        case 'ID':
        case 'EI':
        case 'd0':
        case 'd1':
          return decline(`operator ${op}`);
      }
      argc = 0;
    }
    this.flush();
    return this.items;
  }
}

/**
 * A fill colour of near-white (gray or each of RGB ≥ 0.94; CMYK each ≤ 0.06; in a Separation or
 * DeviceN space every tint ≤ 0.06, no ink), as the reader's hidden-text patch tells it.
 */
function nearWhiteFill(args: Obj[], argc: number, ink: boolean): boolean {
  if (argc < 1 || (!ink && argc !== 1 && argc !== 3 && argc !== 4)) return false;
  for (let k = 0; k < argc; k++) {
    const v = args[k];
    if (typeof v !== 'number') return false;
    if (ink || argc === 4 ? v > 0.06 : v < 0.94) return false;
  }
  return true;
}

/** pdf.js's inverse rotation of a position by a transform's scale (compareWithLastPosition, other angles). */
function inverseRotate(x: number, y: number, m: M): [number, number] {
  const scale = Math.hypot(m[0]!, m[1]!);
  return [(m[0]! * x + m[1]! * y) / scale, (m[2]! * x + m[3]! * y) / scale];
}
