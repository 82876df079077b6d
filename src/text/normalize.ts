/**
 * Text normalisation applied before any matching: full-width digits/letters to half-width,
 * the spaces PDF extraction inserts between CJK characters and digits, and line breaks that a
 * PDF's layout puts inside sentences. Paragraph breaks stay as '\n'.
 */
import { isTitleLine } from './element-shared.js';
import { joinHardReturns } from './hard-returns.js';

/** CJK ideographs, CJK punctuation and full-width forms. */
export const CJK = '\\u2E80-\\u2FFF\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
const CJK_CLASS = `[${CJK}]`;

/** Full-width digits, letters, % and the ideographic space become half-width; Chinese punctuation stays. */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[．](?=\d)/g, '.')
    .replace(/(?<=\d)[，,](?=\d{3}(?!\d))/g, '') // 1，200 / 1,200 → 1200
    .replace(/[\u3000\u00A0\u2002-\u200B\uFEFF]/g, ' ');
}

/** Remove the spaces that extraction puts between CJK and CJK/digits (第 2 号 → 第2号). */
export function collapseCjkSpaces(s: string): string {
  const re = new RegExp(`(?<=${CJK_CLASS})[ \\t]+(?=${CJK_CLASS}|[0-9A-Za-z%(\\[])|(?<=${CJK_CLASS}|[0-9A-Za-z%)\\]])[ \\t]+(?=${CJK_CLASS})`, 'g');
  return s.replace(re, '');
}

/** A line that opens a numbered section: 一、 （一） 第一部分 1. ① … */
export const HEADING_START =
  /^(第[一二三四五六七八九十]+[章节部分条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/;

const SENTENCE_END = /[。！？；：!?;:]$/;

/** A list item opened by a bullet or a dash (——开展…, • 组织…, ■ …): a line of its own, never a wrapped tail. */
export const BULLET_START = /^(?:——|—|-|–|•|·|●|○|■|□|◆|◇|▪|▶|►|★|☆|√|✓|＊|\*)/;

/** Display width of a line: CJK counts 2, anything else 1. */
function width(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/**
 * A printed line leaving a 《title》 or a 〔year〕 of a 文号 open (session 18): the title runs on into the next line whatever the
 * line's width (a scan's OCR text with spaced characters collapses to a short line: 依据县政府办公室《清河县农村信用体系↵建设实施
 * 方案》推进…), as the .docx hard-return join already reads it (hard-returns.ts, session 16).
 */
function leavesTitleOpen(line: string): boolean {
  const open = (a: string, b: string) => line.split(a).length > line.split(b).length;
  return open('《', '》') || open('〔', '〕');
}

/**
 * Join lines that a page layout wrapped inside a sentence. Each line is judged on its own: it is
 * joined to the previous one only when the previous PRINTED line (not the paragraph built so far)
 * is nearly as wide as the widest line (it was wrapped) and does not end a sentence, and the line
 * itself does not open a section or list item. So once a short line
 * ends a paragraph, later short lines (a form's key:value lines, OCR lines without 。) stay apart.
 */
export function joinWrappedLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  // A loop, not Math.max(...): a text of more lines than a call takes arguments (~120,000) threw.
  const maxWidth = lines.reduce((m, l) => Math.max(m, width(l)), 0);
  const out: string[] = [];
  /** The last printed line of out's last paragraph: the evidence that it was wrapped. */
  let lastPrinted: string | undefined;
  for (const line of lines) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    const wrapped =
      prev !== undefined &&
      lastPrinted !== undefined &&
      lastPrinted !== '' &&
      line !== '' &&
      ((maxWidth >= 20 && width(lastPrinted) >= maxWidth * 0.75) || leavesTitleOpen(lastPrinted)) &&
      !SENTENCE_END.test(lastPrinted) &&
      // A line shaped as a title (……关于……的说明报告) ends its paragraph: the text under it is not its tail (session 13).
      !isTitleLine(lastPrinted, false) &&
      !HEADING_START.test(line) &&
      !BULLET_START.test(line);
    // Words of Latin text wrapped at a space get it back; a number a layout broke (4|12场) does not.
    // The paragraph ends as its last printed line does: that line is tested, never the paragraph
    // (a regular expression on the growing paragraph was quadratic in a text of many wide lines).
    if (wrapped) out[out.length - 1] = prev + (/[A-Za-z0-9]$/.test(lastPrinted!) && /^[A-Za-z0-9]/.test(line) && !(/\d$/.test(lastPrinted!) && /^\d/.test(line)) ? ' ' : '') + line;
    else out.push(line);
    lastPrinted = line;
  }
  return out.join('\n');
}

export interface NormalizeOptions {
  /** Join lines wrapped by a page layout (PDF, plain text). Off for .docx, whose paragraphs are real. */
  joinLines?: boolean;
  /** Paragraphs that may be printed lines typed with a hard return (.docx, .doc): joined back (hard-returns.ts). */
  hardReturns?: boolean;
  /** Styled headings (normalised), never joined. */
  styled?: Iterable<string>;
}

/** A page-number line a header or footer left in the text: — 2 —, -3-, 第 3 页 共 5 页, 共5页第3页, 3/5. */
const PAGE_NUMBER = /^\s*(?:[—–\-－─]{1,2}\s*\d{1,3}\s*[—–\-－─]{1,2}|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*[，,]?\s*第\s*\d{1,3}\s*页|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

/** Page-number lines are not text of the report: dropped, so a sentence a page break cut is joined across them. */
export function dropPageNumbers(s: string): string {
  return s
    .split('\n')
    .filter((l) => !PAGE_NUMBER.test(l))
    .join('\n');
}

/** The normalised form every matcher works on. Blank lines are dropped; each line is a paragraph. */
export function normalizeText(raw: string, opts: NormalizeOptions = {}): string {
  let s = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  s = halfWidth(s);
  s = collapseCjkSpaces(s);
  s = s.replace(/[ \t]+/g, ' ');
  s = dropPageNumbers(s);
  if (opts.joinLines) s = joinWrappedLines(s);
  let lines = s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (opts.hardReturns) lines = joinHardReturns(lines.join('\n'), opts.styled ?? []).split('\n');
  return lines.join('\n');
}

/** 字数: non-whitespace characters. */
export function countChars(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\s/.test(ch)) n++;
  return n;
}

/** Page texts joined with '\n', with a lookup from a character offset to its 1-based page. */
export class PagedText {
  readonly text: string;
  private readonly starts: number[];
  /** @param paged false for formats without pages (.docx, .doc, .txt): pageAt then gives undefined. */
  constructor(
    readonly pages: string[],
    private readonly paged = true,
  ) {
    this.starts = [];
    let at = 0;
    for (const p of pages) {
      this.starts.push(at);
      at += p.length + 1;
    }
    this.text = pages.join('\n');
  }
  /** 1-based page of an offset; undefined when the text has no pages. */
  pageAt(index: number): number | undefined {
    if (!this.paged || this.pages.length === 0) return undefined;
    let page = 1;
    for (let i = 0; i < this.starts.length; i++) if (this.starts[i] <= index) page = i + 1;
    return page;
  }
}

/** Up to `radius` characters each side of [start, end), on one line, for evidence. */
export function snippetAt(text: string, start: number, end: number, radius = 20): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const a = Math.max(lineStart, start - radius);
  const b = Math.min(lineEnd, end + radius);
  return (a > lineStart ? '…' : '') + text.slice(a, b) + (b < lineEnd ? '…' : '');
}
