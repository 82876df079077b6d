/**
 * A scan whose OCR text is incomplete is not checked, and nothing is judged from that text.
 * users21, on a county drive of real files: a scanned 说明报告 read at 51% (the county's minimum 60)
 * got ocr.page-unreadable "第 1 页 OCR 识别置信度只有 51%…，内容未检查" and, beside it, six findings on
 * the content it says was not checked (three elements missing, too few data points, no citation,
 * undated) — errors, so the file failed rather than being not checked, and the office reading the
 * page by eye as the advice says (review accept … ocr.page-unreadable) still left it failing.
 */
import { describe, expect, it } from 'vitest';
import { finishFindings, makeFinding } from '../../src/evaluate.js';
import { fileStatus } from '../../src/report/build.js';
import { LEAVES_TEXT_INCOMPLETE } from '../../src/checks/file-verdict.js';
import type { Finding } from '../../src/types.js';

const opts = { rules: { severity: {} }, lang: 'zh' as const };
const scan = { path: '县文旅局/Ⅳ—2 公共文化服务/说明报告（扫描件）.pdf', unit: '县文旅局', indicator: 'IV-2', error: null, ocr: 51 };
const other = { ...scan, path: '县文旅局/Ⅳ—2 公共文化服务/部门评价.pdf', ocr: 88 };
const at = (file: string, ruleId: Parameters<typeof makeFinding>[0], args: Record<string, string | number | boolean> = {}) =>
  makeFinding(ruleId, '县文旅局', 'IV-2', { file, args }, opts as never)!;
const content = (file: string) => [
  at(file, 'report.element-missing', { element: '主体责任' }),
  at(file, 'report.few-data-points', { seen: 2, expected: 3 }),
  at(file, 'report.no-citation', { seen: 0, expected: 1 }),
  at(file, 'report.undated'),
];

describe('OCR text with a page that could not be read', () => {
  it('the file keeps its ocr.page-unreadable and nothing judged from its text; it is not checked', () => {
    const out: Finding[] = finishFindings([scan], [...content(scan.path), at(scan.path, 'ocr.page-unreadable', { page: 1, confidence: 51, min: 60 })], opts as never);
    expect(out.map((x) => x.ruleId)).toEqual(['ocr.page-unreadable']);
    expect(fileStatus({ error: null, kind: 'report' }, out)).toBe('not-checked');
  });

  it('each way OCR text is incomplete withholds the content findings', () => {
    expect([...LEAVES_TEXT_INCOMPLETE].sort()).toEqual(['ocr.image-refused', 'ocr.page-unreadable', 'ocr.pages-skipped']);
    for (const id of LEAVES_TEXT_INCOMPLETE) {
      const out = finishFindings([scan], [...content(scan.path), at(scan.path, id, { page: 1, confidence: 51, min: 60, count: 1, read: 20, total: 25, max: 20 })], opts as never);
      expect(out.map((x) => x.ruleId), id).toEqual([id]);
    }
  });

  it('a sign-off sheet handed to a person keeps that finding; its unit and date are not judged from the text', () => {
    const sheet = { ...scan, path: '县卫健委/移交签单.jpg', indicator: null };
    const out = finishFindings(
      [sheet],
      [at(sheet.path, 'signoff.manual-review', { format: 'jpeg' }), at(sheet.path, 'signoff.unit-not-named', { unit: '县卫健委' }), at(sheet.path, 'ocr.page-unreadable', { page: 1, confidence: 45, min: 60, picture: true })],
      opts as never,
    );
    expect(out.map((x) => x.ruleId).sort()).toEqual(['ocr.page-unreadable', 'signoff.manual-review']);
  });

  it('another file, read whole, is judged as before', () => {
    const out = finishFindings([scan, other], [...content(other.path), at(scan.path, 'ocr.page-unreadable', { page: 1, confidence: 51, min: 60 })], opts as never);
    expect(out.filter((x) => x.file === other.path).map((x) => x.ruleId).sort()).toEqual(['report.element-missing', 'report.few-data-points', 'report.no-citation', 'report.undated']);
  });

  it('a scan OCR read nothing usable from is told by its pages, once: no doc.scanned beside them, and the office recording the page settles it', () => {
    const blank = { ...scan, error: { code: 'scanned', detail: 'OCR read no usable text from 1 page(s) (confidence 0)' }, ocr: 0 };
    const out = finishFindings([blank], [at(blank.path, 'doc.scanned', { seen: 'pdf', code: 'scanned' }), at(blank.path, 'ocr.page-unreadable', { page: 1, confidence: 0, min: 60 })], opts as never);
    expect(out.map((x) => x.ruleId)).toEqual(['ocr.page-unreadable']);
    expect(fileStatus({ error: blank.error, kind: 'report' } as never, out)).toBe('not-checked');
    // review accept … ocr.page-unreadable (its advice): the file is settled by the person.
    const reviewed = out.map((x) => ({ ...x, status: 'reviewed' as const }));
    expect(fileStatus({ error: blank.error, kind: 'report' } as never, reviewed)).toBe('reviewed');
  });

  it('a scan left unread without OCR (--no-ocr, or OCR failed: no page finding) keeps doc.scanned', () => {
    const noOcr = { ...scan, error: { code: 'scanned', detail: '1 page(s), 0 characters of text' }, ocr: undefined };
    const out = finishFindings([noOcr], [at(noOcr.path, 'doc.scanned', { seen: 'pdf', code: 'scanned' })], opts as never);
    expect(out.map((x) => x.ruleId)).toEqual(['doc.scanned']);
  });
});
