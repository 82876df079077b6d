/**
 * Text made safe for an XML 1.0 document (JUnit, the parts of an .xlsx): names and text from the
 * checked folder can hold characters XML forbids even as character references — C0 controls but
 * tab, newline and carriage return; U+FFFE and U+FFFF; a lone UTF-16 surrogate (from a PDF's
 * ToUnicode map or a .docx's &#xD800;). One of them in a name made the whole JUnit file unparsable
 * and the workbook "unreadable content" in Excel. C0 controls are dropped (exceljs drops them
 * too); the others become U+FFFD, so the reader still sees that something was there.
 */
// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const NON_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(s: string): string {
  return s.replace(C0, '').replace(NON_XML, '\ufffd');
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
