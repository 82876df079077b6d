/** The note "read by OCR, confidence n%" is added once to findings judged from OCR text, never to the OCR's own findings. */
import { describe, expect, it } from 'vitest';
import { finishFindings, makeFinding } from '../../src/evaluate.js';
import type { Finding } from '../../src/types.js';

const opts = { rules: { severity: {} }, lang: 'zh' as const };
const file = { path: '县卫健委/移交签单.jpg', unit: '县卫健委', indicator: null, error: null, ocr: 73 };
const at = (ruleId: Parameters<typeof makeFinding>[0], args: Record<string, string | number>) =>
  makeFinding(ruleId, '县卫健委', null, { file: file.path, args }, opts as never)!;

describe('OCR note on findings', () => {
  it('is added to a finding judged from OCR text, and not to ocr.* findings that state the confidence themselves', () => {
    const judged = at('signoff.manual-review', { format: 'jpeg' });
    const page = at('ocr.page-unreadable', { page: 1, confidence: 55, min: 60 });
    const out: Finding[] = finishFindings([file], [judged, page], opts as never);
    const m = (id: string) => out.find((f) => f.ruleId === id)!;
    expect(m('signoff.manual-review').message).toMatch(/（据扫描件 OCR 识别，置信度 73%，请对照原件）$/);
    expect(m('ocr.page-unreadable').message).toBe('第 1 页 OCR 识别置信度只有 55%（至少 60%），内容未检查');
    expect(m('ocr.page-unreadable').message.match(/置信度/g)).toHaveLength(1);
    // Both still say where their text came from, for JSON and SARIF.
    expect([m('signoff.manual-review').source, m('ocr.page-unreadable').source]).toEqual(['ocr', 'ocr']);
    expect(m('ocr.page-unreadable').confidence).toBe(73);
  });
  it('is not added when no OCR text was used (every page under the floor of 40: the file was not judged from it)', () => {
    const judged = (c: number) => finishFindings([{ ...file, ocr: c }], [at('signoff.manual-review', { format: 'jpeg' })], opts as never)[0]!;
    expect(judged(39).message).not.toContain('据扫描件 OCR 识别');
    expect(judged(39).source).toBe('ocr');
    expect(judged(40).message).toContain('（据扫描件 OCR 识别，置信度 40%，请对照原件）');
  });
  it('is not added where no text could be read at all (doc.scanned: "无法检查内容", then "据 OCR 识别" would contradict it)', () => {
    const scanned = at('doc.scanned', { seen: 'jpeg', code: 'scanned' });
    const out = finishFindings([{ ...file, path: file.path }], [scanned], opts as never);
    expect(out[0]!.message).not.toContain('据扫描件 OCR 识别');
    expect(out[0]!.source).toBe('ocr');
  });
});
