/**
 * Bounds on what one handed-in file may cost to read. Everything in a checked folder is untrusted:
 * a file beyond a bound is a finding (file.too-large, file.expands-too-far,
 * register.sheet-too-large) and is not checked, so the run stays within about 1 GB of memory
 * whatever the input. The zip bounds are in zip.ts (DEFAULT_ZIP_LIMITS).
 */
import { ByteBudget } from './byte-budget.js';

const MB = 1024 * 1024;

/**
 * Largest document read (PDF, .docx, .doc, OFD, text). A 40-page report with photos is 5–20 MB;
 * a stamped colour scan of a long 正式发文 can reach 50 MB. pdf.js peaks at about 6× the file
 * (measured: a 98 MB PDF, 680 MB RSS for the whole run), so 64 MB keeps one at ~450 MB.
 */
export const MAX_DOCUMENT_BYTES = 64 * MB;

/**
 * Pages of a PDF whose text is read. Every page's text is read (~1 ms for an empty page, a few ms
 * for a full one), so a 12 MB file of 100,000 empty pages would run into the parse time limit;
 * the longest real 台账 documents (a year's 正式发文 bound in one file) run to a few hundred pages.
 */
export const MAX_PDF_PAGES = 3000; // an OFD's pages too (ofd.ts: its pages may name one empty part, costing no markup)

/**
 * Largest XML part of a .docx that mammoth is given, and all its XML parts together. mammoth
 * builds a tree of the XML: measured, 8 MB of word/document.xml (87,000 paragraphs) took 12 s and
 * 536 MB, and the text analysis 11 s more. A 100-page Word file holds 2–4 MB; a 说明报告 well
 * under 1 MB.
 */
export const MAX_DOCX_PART = 4 * MB;
export const MAX_DOCX_MARKUP = 6 * MB;

/**
 * An OFD's XML: a page's Content.xml is 10–50 KB (every glyph run in its own element), so 4 MB a
 * part and 16 MB in all is some 300 pages; the text it yields is analysed like a PDF's.
 */
export const MAX_OFD_PART = 4 * MB;
export const MAX_OFD_MARKUP = 16 * MB;

/**
 * Largest .xlsx register read. A register of a few hundred activities is under 1 MB; one with
 * photos pasted into its cells can reach tens of MB (the pictures are never inflated).
 */
export const MAX_REGISTER_BYTES = 50 * MB;

/**
 * Largest file whose whole content is hashed: the fact cache's key (src/cache/run.ts) and the
 * exact-duplicate photo check (src/check.ts). Every other read of a large file is bounded (a
 * video's boxes, a photo's header), but a hash reads every byte: a sparse file claiming 100 GB
 * takes no disk and held a run for minutes per file (13 of them: over 10 minutes). A file above
 * it is extracted afresh each run (its reads are bounded) and is already a finding as a photo
 * (photo.file-too-large) or a document (file.too-large); a phone's 4K video of a few minutes is
 * 1–3 GB, so it is not cached either, at the cost of re-reading its boxes.
 */
export const MAX_HASHED_BYTES = 512 * MB;

/** Largest .csv register read: text only, so 16 MB is some 100,000 rows. */
export const MAX_CSV_BYTES = 16 * MB;

/**
 * Cells of a register sheet that are read: rows and columns beyond these are not, and say so.
 * Excel 97's own grid (65,536 × 256) is far more than any activity register uses.
 */
export const MAX_SHEET_ROWS = 65_536;
export const MAX_SHEET_COLUMNS = 256;
/**
 * Sheet XML read from one .xlsx, all its sheets together (a 60 MB sheet is read in ~7 s / 500 MB;
 * one sheet may be up to the zip reader's 64 MB entry bound). Beyond it the workbook is refused
 * (file.expands-too-far) rather than parsed: 120 sheets of 4 MB each fit the zip bounds.
 */
export const MAX_REGISTER_MARKUP = 96 * MB;

/** Cells with content per workbook, all sheets together (a full 65,536 × 256 grid would be 16.7 million; 500,000 is 2,000 rows of 250). */
export const MAX_SHEET_CELLS = 500_000;

/**
 * Bytes of documents and registers held at once across concurrent extractions: a folder of
 * large PDFs is read a few at a time instead of sixteen at once. One file larger than the whole
 * budget still goes through, alone.
 */
export const documentBudget = new ByteBudget(64 * MB);
