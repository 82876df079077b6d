/**
 * Text for a terminal: control characters made visible (a file name cannot clear the screen,
 * retitle the window or hide what follows), display width of CJK text, and line wrapping that
 * never breaks inside a word (rule ids, paths) while CJK text may break between characters.
 */
import stringWidth from 'string-width';

/**
 * The bidirectional marks, overrides and isolates, and the characters that take no room at all (soft
 * hyphen, zero-width space, non-joiner and joiner, word joiner, invisible operators, the byte-order
 * mark, the Mongolian vowel separator), as a character-class body: every writer that shows or strips
 * them (screen, JSON, XML, HTML, workbook names) builds its class from this one. A unit folder named
 * 县\u200b教\u200d育局 was shown as 县教育局 beside the real 县教育局 (one unassigned, the other with
 * nothing submitted), and --split-units wrote two workbooks whose names looked the same (hostile21).
 */
export const BIDI_CHARS = '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';

/**
 * C0 controls (tab and newline included: in a name they are as suspicious as ESC), DEL, C1
 * controls, the bidirectional overrides/isolates that reorder what follows on screen, and the
 * characters that show nothing (BIDI_CHARS).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI_CHARS}]`, 'g');

/** Every control character as `\xHH` (`\u{HHHH}` above 0xff); everything else unchanged. */
export function visible(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const c = ch.codePointAt(0)!;
    return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u{${c.toString(16)}}`;
  });
}

/**
 * What JSON prints as it is but a terminal or viewer acts on: C1 controls (U+009B is CSI), the
 * bidirectional marks, overrides and isolates (a name `\u202e gpj.exe` shows as `exe.jpg`), and
 * the line and paragraph separators. JSON.stringify escapes C0 controls only.
 */
export const SCREEN_UNSAFE = new RegExp(`[\\u0080-\\u009f\\u2028\\u2029${BIDI_CHARS}]`, 'g');
/**
 * JSON text with those characters as \uXXXX escapes: the same JSON value (they can only stand
 * inside a string), nothing raw for whoever prints or opens it.
 */
export const jsonSafe = (json: string): string => json.replace(SCREEN_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Columns a string takes on a terminal (CJK wide characters count 2, escape codes 0). */
export const displayWidth = (s: string): number => stringWidth(s);

/** Pad to a display width (String.padEnd counts code units, which misaligns CJK columns). */
export function padDisplay(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** A run of text with one style (colour); the style is applied after wrapping. */
export interface Segment {
  text: string;
  style?: (s: string) => string;
  /** Keep the whole segment on one line (a rule id, a location). */
  keep?: boolean;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;
/** Characters a line must not begin with (closing punctuation, a path's slash): they stay with what precedes. */
const NO_START = /^[，。、；：？！）》」』】〕”’,.;:?!)\]}%/]/;
/** Characters a line must not end with (opening punctuation): they stay with what follows. */
const NO_END = /[（《「『【〔“‘(\[{]/;

/**
 * Break opportunities: after a space, and before or after a wide (CJK) character, except before
 * closing punctuation. Latin words, numbers, paths and rule ids are never split.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    cur += ch;
    const breakAfter =
      next !== undefined &&
      !NO_START.test(next) &&
      !NO_END.test(ch) &&
      (ch === ' ' || WIDE.test(ch) || (WIDE.test(next) && !/[\s（《「『【〔“‘(]/.test(ch)));
    if (breakAfter) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Lay segments out in lines of at most `width` columns (no limit when width is 0 or undefined):
 * the first line starts with `indent`, the following ones with `hang`. A token longer than a line
 * stays whole (it overflows rather than being cut in the middle).
 */
export function wrapSegments(segs: Segment[], width: number | undefined, indent: string, hang: string): string[] {
  const pieces: { text: string; style?: (s: string) => string }[] = [];
  for (const s of segs) {
    if (s.keep) pieces.push({ text: s.text, style: s.style });
    else for (const t of tokens(s.text)) pieces.push({ text: t, style: s.style });
  }
  const render = (ps: typeof pieces) => ps.map((p) => (p.style ? p.style(p.text) : p.text)).join('');
  if (!width || width <= 0) return [indent + render(pieces)];
  const lines: string[] = [];
  let line: typeof pieces = [];
  let used = displayWidth(indent);
  let prefix = indent;
  for (const p of pieces) {
    const w = displayWidth(p.text);
    const trimmed = p.text.replace(/\s+$/, '');
    if (line.length && used + displayWidth(trimmed) > width) {
      lines.push(prefix + render(trimEnd(line)));
      prefix = hang;
      line = [];
      used = displayWidth(hang);
      const lead = p.text.replace(/^\s+/, '');
      if (lead) {
        line.push({ ...p, text: lead });
        used += displayWidth(lead);
      }
      continue;
    }
    line.push(p);
    used += w;
  }
  if (line.length) lines.push(prefix + render(trimEnd(line)));
  return lines;
}

function trimEnd<T extends { text: string }>(ps: T[]): T[] {
  const out = [...ps];
  while (out.length && !out[out.length - 1]!.text.trim()) out.pop();
  if (out.length) out[out.length - 1] = { ...out[out.length - 1]!, text: out[out.length - 1]!.text.replace(/\s+$/, '') };
  return out;
}

/** visible() line by line: a message's own line breaks stay, everything else is shown as \xHH. */
export const visibleLines = (s: string): string => s.split('\n').map(visible).join('\n');
