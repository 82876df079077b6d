/**
 * The Chinese catalogue's spacing convention: a Latin word (PDF, Word, OCR, EXIF, GB/T …) stands
 * apart from the Chinese around it by a space ("提交 PDF 或 Word 版", "OCR 识别"), as the catalogue
 * writes it nearly everywhere. Examples of what to type (2025年6月12日, 50人, 〔2025〕15号) are
 * written as typed and not checked here. Messages are checked in their template text (the values
 * filled in come from the material).
 */
import { describe, expect, it } from 'vitest';
import { catalog, renderMessage } from '../../src/messages/index.js';

const TIGHT = /[A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]/g;
/** The literal text of a message function: every ${…} interpolation replaced by a marker. */
function literal(fn: unknown): string {
  let s = String(fn);
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\$\{[^{}]*\}/g, '\u0001');
  }
  return s;
}
const tight = (s: string) => [...s.matchAll(TIGHT)].map((m) => s.slice(Math.max(0, m.index! - 6), m.index! + 8));

describe('zh spacing between Latin words and Chinese', () => {
  it('titles, why and how to fix', () => {
    const bad = Object.entries(catalog).flatMap(([id, info]) => (['title', 'why', 'fix'] as const).flatMap((k) => tight(info[k].zh).map((t) => `${id}.${k}: ${t}`)));
    expect(bad).toEqual([]);
  });
  it('message templates', () => {
    const bad = Object.entries(catalog).flatMap(([id, info]) => tight(literal(info.message.zh)).map((t) => `${id}: ${t}`));
    expect(bad).toEqual([]);
  });
  it('messages filled with the catalog’s own words (a document’s format, a file’s kind)', () => {
    const bad: string[] = [];
    for (const format of ['pdf', 'docx', 'doc', 'ofd', 'text', undefined]) {
      const args = format ? { code: 'encrypted', format } : { code: 'encrypted' };
      bad.push(...tight(renderMessage('doc.encrypted', 'zh', args)).map((t) => `doc.encrypted ${format}: ${t}`));
    }
    for (const seen of ['xlsx', 'zip', 'jpeg', 'pdf', 'text', 'cfb']) {
      bad.push(...tight(renderMessage('doc.corrupt', 'zh', { code: 'corrupt', reason: 'not-word', seen })).map((t) => `doc.corrupt ${seen}: ${t}`));
      bad.push(...tight(renderMessage('doc.unsupported', 'zh', { code: 'unsupported', seen })).map((t) => `doc.unsupported ${seen}: ${t}`));
    }
    expect(bad).toEqual([]);
    expect(renderMessage('doc.encrypted', 'zh', { code: 'encrypted', format: 'docx' })).toBe('Word 文件设置了打开密码，无法检查，请去掉密码后重新提交');
    expect(renderMessage('doc.encrypted', 'en', { code: 'encrypted', format: 'docx' })).toBe('the Word file needs a password to open; remove the password and hand it in again');
  });
  it('the check itself finds a tight pair', () => {
    expect(tight('请提供可复制文字的PDF或Word版').length).toBeGreaterThan(0);
    expect(tight('请提供可复制文字的 PDF 或 Word 版')).toEqual([]);
    expect(tight(literal((a: { x: string }) => `${a.x}中`))).toEqual([]);
  });
});
