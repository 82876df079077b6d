/**
 * Text made safe for an XML 1.0 document (JUnit, the parts of an .xlsx): names and text from the
 * checked folder can hold characters XML forbids even as character references — C0 controls but
 * tab, newline and carriage return; U+FFFE and U+FFFF; a lone UTF-16 surrogate (from a PDF's
 * ToUnicode map or a .docx's &#xD800;). One of them in a name made the whole JUnit file unparsable
 * and the workbook "unreadable content" in Excel. Controls are shown escaped (below); the others
 * become U+FFFD, so the reader still sees that something was there.
 */
import { BIDI_CHARS } from './terminal.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI = new RegExp(`[${BIDI_CHARS}]`, 'g');
const NON_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Controls (C0 but tab and line breaks, DEL, C1: U+009B is CSI) are shown as `\xHH` and the
 * bidirectional marks, overrides and isolates as `\u{HHHH}`, as on the screen: a CI page showing
 * JUnit, or Excel, showed a name `\u202e gpj.exe` as `exe.jpg` (C1 and bidi were written raw, C0
 * dropped: `\x1b[31m` read `[31m`).
 */
export function xmlText(s: string): string {
  return shownControls(s.replace(NON_XML, '\ufffd'));
}

/** Controls (but tab and line breaks) as `\xHH`, bidirectional marks as `\u{HHHH}`: XML text and the HTML page alike. */
export function shownControls(s: string): string {
  return s
    .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Most characters an Excel cell holds; a longer text is cut there (Excel repairs the file otherwise). */
export const EXCEL_CELL_CHARS = 32_767;

/** Text for a workbook cell: XML-safe and at most EXCEL_CELL_CHARS long (cut with '…', never inside a surrogate pair). */
export function cellText(s: string): string {
  const t = xmlText(s);
  if (t.length <= EXCEL_CELL_CHARS) return t;
  let end = EXCEL_CELL_CHARS - 1;
  if (/[\ud800-\udbff]/.test(t[end - 1]!)) end--;
  return `${t.slice(0, end)}…`;
}
