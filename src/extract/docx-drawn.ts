/**
 * Text Word shows that mammoth does not read, opened up in the body's XML before mammoth reads it
 * (hostile20). Three shapes, each written by ordinary writers:
 *
 * - A DrawingML text box (wps:txbx / w:txbxContent inside w:drawing, wp:anchor or wp:inline) with no
 *   VML fallback: WPS and newer Word write `mc:AlternateContent` with only its `mc:Choice`, or the
 *   bare w:drawing. mammoth reads alternate content from its `mc:Fallback` only, and a drawing for its
 *   pictures only: a report written in text boxes read as empty (every element "missing").
 * - Alternate content whose choice Word takes differs from its fallback: Word (and WPS, LibreOffice)
 *   shows the first `mc:Choice` whose `Requires` it understands, never the fallback; mammoth read the
 *   fallback, so text put only in a fallback was read though nobody sees it, and text only in the
 *   choice was not read though everybody does.
 * - Ruby (拼音指南, w:ruby): the base text (w:rubyBase) is the line's own words, the guide (w:rt)
 *   small letters above them; mammoth drops the whole w:ruby.
 *
 * What Word shows is made what mammoth reads: alternate content whose understood choice holds a
 * drawing, or that has no fallback, is replaced by that choice's content; a drawing holding text
 * boxes keeps its pictures and hands its boxes' content (w:txbxContent, in document order) to a
 * `w:pict` right after it — the shape of Word's own VML fallback, which mammoth reads as paragraphs
 * following the anchor's paragraph, once. The drawing's hiding (wp:docPr hidden, an anchor placed
 * wholly off the page) goes with the boxes as the VML style docx-hidden.ts judges (visibility:hidden,
 * margins and size in points), so the hidden-run cut cuts and counts it as it does Word's fallback.
 * Ruby keeps its base runs; its guide and properties are taken out.
 *
 * Three linear sweeps over the tags (docx-hidden.ts's tokenizer), only for a body holding any of it;
 * the output grows by at most a constant per drawing holding boxes (smaller than the drawing). An
 * element never closed leaves the part as it was (mammoth then reads it as before).
 */
import { attr, OFF_PAGE_PT, tags, wordPrefixes } from './docx-hidden.js';

const MCE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const VML = 'urn:schemas-microsoft-com:vml';
/** EMUs in a point (DrawingML lengths). */
const EMU_PT = 12_700;

/**
 * The namespaces whose alternate content Word takes (MS-DOCX, ECMA-376): a choice requiring only
 * these is what Word shows. A choice requiring anything else (a namespace Word does not know, or an
 * undeclared prefix) is passed over, as Word passes over it.
 */
const UNDERSTOOD = new Set([
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape', // wps
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup', // wpg
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas', // wpc
  'http://schemas.microsoft.com/office/word/2010/wordprocessingInk', // wpi
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing', // wp14
  'http://schemas.microsoft.com/office/word/2010/wordml', // w14
  'http://schemas.microsoft.com/office/word/2012/wordml', // w15
  'http://schemas.microsoft.com/office/drawing/2010/main', // a14
  'http://schemas.microsoft.com/office/drawing/2014/chartex', // cx
  // Word 2016 and later (every Word 365 document declares them; final-review20: a choice naming one was
  // passed over, so text only there was lost): chartex cx1…cx8, a16, oel, wne and the w16 family.
  'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex', // cx1
  'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex', // cx2
  'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex', // cx3
  'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex', // cx4
  'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex', // cx5
  'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex', // cx6
  'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex', // cx7
  'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex', // cx8
  'http://schemas.microsoft.com/office/drawing/2014/main', // a16
  'http://schemas.microsoft.com/office/2019/extlst', // oel
  'http://schemas.microsoft.com/office/word/2006/wordml', // wne
  'http://schemas.microsoft.com/office/word/2015/wordml/symex', // w16se
  'http://schemas.microsoft.com/office/word/2016/wordml/cid', // w16cid
  'http://schemas.microsoft.com/office/word/2018/wordml', // w16
  'http://schemas.microsoft.com/office/word/2018/wordml/cex', // w16cex
  'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash', // w16sdtdh
  'http://schemas.microsoft.com/office/word/2023/wordml/word16du', // w16du
  'http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock', // w16sdtfl
  'http://schemas.microsoft.com/office/drawing/2016/ink', // aink
  'http://schemas.microsoft.com/office/drawing/2017/model3d', // am3d
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  VML,
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:word',
]);

/** Cheap test on a part's bytes: could it hold alternate content, a text box or ruby? */
export const mayHoldDrawnText = (bytes: Buffer): boolean => bytes.includes('AlternateContent') || bytes.includes('txbxContent') || bytes.includes('ruby');

/** Every namespace prefix declared in the part, with the URIs it is bound to anywhere (one linear scan). */
function declarations(xml: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const re = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const uris = out.get(m[1]!) ?? new Set<string>();
    uris.add((m[2] ?? m[3] ?? '').trim());
    out.set(m[1]!, uris);
  }
  return out;
}

interface ChoiceSpan {
  contentFrom: number;
  contentTo: number;
  requires: string;
  drawing: boolean;
}
interface AltFrame {
  start: number;
  choices: ChoiceSpan[];
  fallback: boolean;
  child: ChoiceSpan | 'fallback' | null;
  childDepth: number;
  drawing: boolean;
}

/**
 * Alternate content as Word shows it: the ranges to take out so that what is left of each
 * `mc:AlternateContent` is its understood choice's content (when that choice holds a drawing, or
 * there is no fallback to read instead). Ranges sorted, none inside another.
 */
function alternateCuts(xml: string, ns: Map<string, Set<string>>, ours: (p: string) => boolean): Array<[number, number]> {
  const isMce = (p: string) => ns.get(p)?.has(MCE) === true;
  const understood = (requires: string) => {
    const need = requires.split(/\s+/).filter(Boolean);
    return need.length > 0 && need.every((p) => [...(ns.get(p) ?? [])].some((u) => UNDERSTOOD.has(u)));
  };
  const cuts: Array<[number, number]> = [];
  const stack: AltFrame[] = [];
  for (const t of tags(xml)) {
    const { local, close, empty, prefix } = t;
    if (local === 'AlternateContent' && isMce(prefix)) {
      if (empty) continue;
      if (!close) {
        stack.push({ start: t.start, choices: [], fallback: false, child: null, childDepth: 0, drawing: false });
        continue;
      }
      const f = stack.pop();
      if (!f) continue;
      const parent = stack[stack.length - 1];
      if (f.drawing && parent) {
        parent.drawing = true;
        if (parent.child && parent.child !== 'fallback') parent.child.drawing = true;
      }
      const chosen = f.choices.find((c) => c.contentTo >= 0 && understood(c.requires));
      if (chosen && (chosen.drawing || !f.fallback)) cuts.push([f.start, chosen.contentFrom], [chosen.contentTo, t.end]);
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) continue;
    if ((local === 'Choice' || local === 'Fallback') && isMce(prefix) && !empty) {
      if (!close) {
        if (top.childDepth === 0) {
          if (local === 'Choice') {
            const c: ChoiceSpan = { contentFrom: t.end, contentTo: -1, requires: attr(t.attrs, 'Requires') ?? '', drawing: false };
            top.choices.push(c);
            top.child = c;
          } else {
            top.fallback = true;
            top.child = 'fallback';
          }
        }
        top.childDepth++;
      } else if (top.childDepth > 0 && --top.childDepth === 0) {
        if (top.child && top.child !== 'fallback') top.child.contentTo = t.start;
        top.child = null;
      }
      continue;
    }
    if (local === 'drawing' && ours(prefix) && !close && !empty) {
      top.drawing = true;
      if (top.child && top.child !== 'fallback') top.child.drawing = true;
    }
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const kept: Array<[number, number]> = [];
  let to = 0;
  for (const c of cuts) {
    if (c[0] < to) continue; // inside a range already taken out
    kept.push(c);
    to = c[1];
  }
  return kept;
}

/** A drawing being read: its own XML (boxes taken out), its boxes' XML, and where it says it is. */
/** Output as a tree of pieces, joined once at the end (joining at every level of a nest was quadratic). */
type Pieces = Array<string | Pieces>;

function flatten(root: Pieces): string {
  const out: string[] = [];
  const stack: Array<[Pieces, number]> = [[root, 0]];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top[1] >= top[0].length) {
      stack.pop();
      continue;
    }
    const p = top[0][top[1]++]!;
    if (typeof p === 'string') out.push(p);
    else stack.push([p, 0]);
  }
  return out.join('');
}

interface DrawingFrame {
  kind: 'drawing';
  prefix: string;
  buf: Pieces;
  boxes: Pieces[];
  depth: number;
  hidden: boolean;
  pos: { H?: number; V?: number };
  axis: 'H' | 'V' | null;
  cx?: number;
  cy?: number;
}
interface BoxFrame {
  kind: 'box';
  buf: Pieces;
  depth: number;
}

/** DrawingML's placement and visibility of a drawing (wp: names, outside WordprocessingML). */
const DRAWING_PROPS = new Set(['docPr', 'positionH', 'positionV', 'posOffset', 'extent']);

const num = (s: string | null): number | undefined => {
  const v = Number(s);
  return s !== null && s.trim() !== '' && Number.isFinite(v) ? v : undefined;
};

/** The VML style a drawing's boxes are handed on with: hidden, or where the anchor puts them (points). */
function boxStyle(d: DrawingFrame): string {
  if (d.hidden) return 'visibility:hidden';
  const parts: string[] = [];
  const pt = (emu: number) => `${+(emu / EMU_PT).toFixed(2)}pt`;
  if (d.pos.H !== undefined) parts.push(`margin-left:${pt(d.pos.H)}`);
  if (d.pos.V !== undefined) parts.push(`margin-top:${pt(d.pos.V)}`);
  if (!parts.length) return '';
  if (d.cx !== undefined) parts.push(`width:${pt(d.cx)}`);
  if (d.cy !== undefined) parts.push(`height:${pt(d.cy)}`);
  return `position:absolute;${parts.join(';')}`;
}

/** Drawings' text boxes handed to a w:pict after each drawing; ruby read as its base. */
function openDrawings(xml: string, ours: (p: string) => boolean): string {
  const root: Pieces = [];
  const stack: Array<DrawingFrame | BoxFrame> = [];
  const buf = () => (stack.length ? stack[stack.length - 1]!.buf : root);
  let from = 0;
  let changed = false;
  let ruby = 0;
  // A ruby guide or its properties being taken out (its own start tag's local name, nested depth).
  let skip: { prefix: string; local: string; depth: number } | null = null;
  for (const t of tags(xml)) {
    const { local, close, empty, prefix } = t;
    if (skip) {
      if (local === skip.local && prefix === skip.prefix && !empty) {
        skip.depth += close ? -1 : 1;
        if (skip.depth === 0) {
          from = t.end;
          skip = null;
        }
      }
      continue;
    }
    const top = stack[stack.length - 1];
    // Where the drawing is and whether it is shown (wp:docPr, wp:positionH/V, wp:extent), outside its boxes.
    if (top?.kind === 'drawing' && DRAWING_PROPS.has(local)) {
      if (local === 'docPr' && !close && /^(?:1|true|on)$/i.test(attr(t.attrs, 'hidden') ?? '')) top.hidden = true;
      else if (local === 'positionH' || local === 'positionV') {
        if (!empty) top.axis = close ? null : local === 'positionH' ? 'H' : 'V';
      } else if (local === 'posOffset' && !close && !empty && top.axis) {
        const end = xml.indexOf('<', t.end);
        const v = num(xml.slice(t.end, end < 0 ? xml.length : end));
        if (v !== undefined && top.pos[top.axis] === undefined) top.pos[top.axis] = v;
      } else if (local === 'extent' && !close) {
        top.cx ??= num(attr(t.attrs, 'cx'));
        top.cy ??= num(attr(t.attrs, 'cy'));
      }
      continue;
    }
    if (!ours(prefix)) continue;
    switch (local) {
      case 'drawing':
        if (empty) break;
        if (!close) {
          if (top?.kind === 'drawing') top.depth++;
          else {
            buf().push(xml.slice(from, t.start));
            from = t.start;
            stack.push({ kind: 'drawing', prefix, buf: [], boxes: [], depth: 1, hidden: false, pos: {}, axis: null });
          }
        } else if (top?.kind === 'drawing' && --top.depth === 0) {
          top.buf.push(xml.slice(from, t.end));
          from = t.end;
          stack.pop();
          const out = buf();
          out.push(top.buf);
          if (top.boxes.length) {
            changed = true;
            const w = top.prefix ? `${top.prefix}:` : '';
            const style = boxStyle(top);
            if (style) out.push(`<${w}pict><lcv:shape xmlns:lcv="${VML}" style="${style}">`, top.boxes, `</lcv:shape></${w}pict>`);
            else out.push(`<${w}pict>`, top.boxes, `</${w}pict>`);
          }
        }
        break;
      case 'txbxContent':
        if (empty) break;
        if (!close) {
          if (top?.kind === 'drawing') {
            top.buf.push(xml.slice(from, t.start));
            from = t.start;
            stack.push({ kind: 'box', buf: [], depth: 1 });
          } else if (top?.kind === 'box') top.depth++;
        } else if (top?.kind === 'box' && --top.depth === 0) {
          top.buf.push(xml.slice(from, t.end));
          from = t.end;
          stack.pop();
          (stack[stack.length - 1] as DrawingFrame).boxes.push(top.buf);
        }
        break;
      case 'ruby':
      case 'rubyBase':
        if (local === 'ruby' && !empty) ruby = Math.max(0, ruby + (close ? -1 : 1));
        buf().push(xml.slice(from, t.start));
        from = t.end;
        changed = true;
        break;
      case 'rt':
      case 'rubyPr':
        if (!ruby || close) break;
        buf().push(xml.slice(from, t.start));
        from = t.end;
        changed = true;
        if (!empty) skip = { prefix, local, depth: 1 };
        break;
    }
  }
  // Something never closed: the part is left as it was.
  if (stack.length || skip || !changed) return xml;
  root.push(xml.slice(from));
  return flatten(root);
}

/** The body's XML with what Word shows of alternate content, text boxes and ruby where mammoth reads it. */
export function openDrawnText(xml: string): string {
  const prefixes = wordPrefixes(xml);
  const ours = (p: string) => (prefixes ? prefixes.has(p) : true);
  const ns = declarations(xml);
  const cuts = alternateCuts(xml, ns, ours);
  let chosen = xml;
  if (cuts.length) {
    const out: string[] = [];
    let from = 0;
    for (const [a, b] of cuts) {
      out.push(xml.slice(from, a));
      from = b;
    }
    out.push(xml.slice(from));
    chosen = out.join('');
  }
  return openDrawings(chosen, ours);
}
