/**
 * Shared by the fast-path tests: read a PDF both ways (pdf.js with the fast path switched off, then
 * the fast path) and say whether the fast path took it; why() is the fast path's reason to decline.
 */
import { parsePdf, type RawPdf } from '../../src/extract/pdf.js';
import { __readDoc, readFast } from '../../src/extract/pdf-fast.js';

export async function both(pdf: Buffer): Promise<{ fast: RawPdf; slow: RawPdf; took: boolean }> {
  process.env.LEDGER_CHECK_PDF_FAST = '0';
  const slow = await parsePdf(pdf);
  delete process.env.LEDGER_CHECK_PDF_FAST;
  const fast = await parsePdf(pdf);
  return { fast, slow, took: readFast(pdf) !== null };
}

export function why(pdf: Buffer): string | null {
  try {
    __readDoc(pdf);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
