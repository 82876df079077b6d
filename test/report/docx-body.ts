/**
 * A .docx whose word/document.xml is the report's title paragraph and then the given body XML, and what the
 * extractor reads of it (text without whitespace, and facts.hiddenText). Shared by the hidden-text tests of .docx
 * (docx-hidden-shapes: text boxes and shapes; docx-hidden-cells: shading, simple fields).
 */
import { makeDocx } from '../../fixtures/build/docx.js';
import { repack } from '../../fixtures/build/zip.js';
import { extracted } from './helpers.js';

/** Every namespace the bodies use (WordprocessingML, DrawingML, VML, markup compatibility). */
export const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
export const TITLE = '县教育局关于志愿服务工作情况的说明报告';
export const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const doc = (body: string) =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body><w:p><w:r><w:t>${TITLE}</w:t></w:r></w:p>${body}<w:sectPr/></w:body></w:document>`, 'utf8');

let base: Buffer | null = null;
/** The extractor's reading of a .docx holding the title and `body`. */
export async function readDocxBody(body: string) {
  base ??= await makeDocx({ paragraphs: [{ text: 'x' }] });
  const f = await extracted(repack(base, { 'word/document.xml': { data: doc(body) } }), '说明报告.docx', 'zip');
  if (f.facts.type !== 'document') throw new Error('not a document');
  return { text: f.facts.text.replace(/\s/g, ''), hidden: f.facts.hiddenText };
}
