/**
 * Versions of the extractors' output. A fact record carries the version of the extractor that
 * made it, and the fact cache keys on it: bump an extractor's number whenever the facts it
 * returns for the same bytes can change (a new field, a fixed parser, a changed limit).
 */
import type { ExtractorName } from '../types.js';

export const EXTRACTOR_VERSIONS = {
  photo: 3, // 2: the declared size is recorded (no 'bomb' error); over the decode cap → pixelsUnavailable; 3: a parser's runtime error is recorded as an inconsistent structure
  document: 15, // 2: no `style` (the 总结式 verdict is the check's, with the indicator's cues); 3: as photo 3; 4: session 7's element detector and sections (element verdicts are facts); 5: a PDF with a stream beyond the bound is refused (zip-bomb); 6: session 8's element classes; 7: session 8, second round (the next registers); 8: review: complaints (不太方便、说好几次、不能) and invitations (欢迎…参与) are no outcome; 负责人：暂无 and 老人 are no one in charge; 乱贴、私自搭 are no measure; habits of disorder, a few still at it, 任务是 are no outcome; 9: 百分之百的热情 / 100%的干劲 is no data; 10: session 9's element classes (the seventh set, the next registers: half-width marks and inline list items in sentences, bullets never joined in PDF text); 11: session 9, second round (key:value lines told under their key, straight quotes, Arabic item numbers, <<…>> titles, 十几个, 获…通报表扬); 12: the learned second opinion may veto 主体责任、具体措施、取得成效 (facts.elementVetoes); 13: a .doc container word-extractor would loop in (chains that cycle, a directory sharing children, table sizes beyond the file) is corrupt; 14: review: 未出台、采取的…效果、the unit's own awards、第二批、提升5名干部、aims of satisfaction、功率为 are no outcome; 二单元、十倍的努力 no data; a contracted 社工机构、政协委员 and a leader of a group organised earlier in a run-on sentence no one in charge; 15: session 10's element classes (the eighth set and a wider sweep of grassroots registers: plain outcomes, counts in 卷/位/趟/对, address numbers, named teachers in charge, verbless 清单式 rows; 树立“…”理念、作出安排、…办 as subject、把…纳入年度重点工作 are no measure; the second opinion retrained)
  register: 3, // 2: as photo 3; 3: a .csv quote never closed is a plain character (the rows after it are read)
  video: 2, // 2: an mvhd time below the 1904→1970 offset is read as Unix seconds
  ocr: 17, // 2: as document 4 (a scan's OCR text carries element verdicts); 3: pages rendered with every stream bounded; 4: as document 6; 5: as document 7; 6: a JPEG whose frame (SOF) claims more than 64 MP is not drawn, whatever its dictionary says; 7: nor a JBIG2 page or region above 64 MP; 8: as document 8; 9: as document 9; 10: pages record the images the renderer left undrawn (refused), pdf.js's own maxImageSize removal counted too; 11: as document 10; 12: JPEG 2000 (JPXDecode) scans are drawn (they were blank), images pdf.js cannot decode are counted as refused; 13: as document 11; 14: as document 12; 15: as document 13, and the picture or scan is read bounded (MAX_DOCUMENT_BYTES), never through a FIFO swapped in; 16: as document 14; 17: as document 15
  none: 1,
} as const satisfies Record<ExtractorName, number>;

export type ExtractorId = keyof typeof EXTRACTOR_VERSIONS;
