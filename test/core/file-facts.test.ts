/** The kind decides which record a file is judged on (src/checks/file-facts.ts): the records never know the kind. */
import { describe, expect, it } from 'vitest';
import { judgedFacts, judgedFile } from '../../src/checks/file-facts.js';
import { factRecord } from '../../src/extract/record.js';
import type { Container, DiscoveredFile, ExtractError, FactRecord, Facts, FileKind } from '../../src/types.js';

const photoFacts = { type: 'photo', format: 'jpeg', width: 800, height: 600 } as unknown as Facts;
const docFacts = (format: 'pdf' | 'image', text = '') => ({ type: 'document', format, text, textLength: text.length }) as unknown as Facts;
const scanned: ExtractError = { code: 'scanned', detail: 'no text layer' };

const file = (kind: FileKind, container: Container): DiscoveredFile => ({
  path: `x/${kind}.${container}`, absPath: Buffer.from('/x'), name: `${kind}.${container}`, nameRepaired: false,
  size: 10, container, kind, unit: null, indicator: null, notes: [],
});
const rec = (extractor: FactRecord['extractor'], facts: Facts, error: ExtractError | null = null) => factRecord(extractor, { facts, error });
const photo = rec('photo', photoFacts);
const scanPdf = rec('document', docFacts('pdf'), scanned);
const textPdf = rec('document', docFacts('pdf', '正文'));
const ocrText = rec('ocr', docFacts('image', '识别出的正文'));
const ocrNothing = rec('ocr', docFacts('image'), { code: 'scanned', detail: 'OCR read no usable text' });

describe('judgedFacts', () => {
  it.each([
    // kind, container, first record, OCR record → facts judged, error code
    ['photo', 'jpeg', photo, null, 'photo', null],
    ['report', 'jpeg', photo, null, 'photo', 'scanned'], // a photographed report not read: a scan
    ['report', 'jpeg', photo, ocrText, 'document', null], // read by OCR: judged on its text
    ['evaluation', 'jpeg', photo, ocrNothing, 'document', 'scanned'], // OCR found nothing: still a scan
    ['report', 'pdf', scanPdf, null, 'document', 'scanned'],
    ['report', 'pdf', scanPdf, ocrText, 'document', null],
    ['evaluation', 'pdf', textPdf, null, 'document', null],
    ['signoff', 'jpeg', photo, null, 'photo', null], // a photographed sign-off sheet is a picture of one
    ['signoff', 'jpeg', photo, ocrText, 'document', null],
    ['document', 'pdf', scanPdf, null, 'document', null], // a scanned 正式发文 is no problem
    ['document', 'jpeg', photo, null, 'photo', 'scanned'],
    ['other', 'pdf', textPdf, null, 'none', null], // nothing judges it
  ] as const)('%s (%s)', (kind, container, first, ocr, type, code) => {
    const j = judgedFacts({ file: file(kind, container), facts: first, ocr });
    expect(j.facts.type).toBe(type);
    expect(j.error?.code ?? null).toBe(code);
  });

  it('keeps a document error other than a scan for a 正式发文', () => {
    const corrupt = rec('document', docFacts('pdf'), { code: 'corrupt', detail: 'x' });
    expect(judgedFacts({ file: file('document', 'pdf'), facts: corrupt, ocr: null }).error?.code).toBe('corrupt');
  });

  it('a path the walk could not read is that finding whatever its kind', () => {
    const link = rec('none', { type: 'none' }, { code: 'link', detail: 'link:/etc', args: { target: '/etc' } });
    for (const kind of ['photo', 'report', 'other'] as const) expect(judgedFacts({ file: file(kind, 'unknown'), facts: link, ocr: null }).error?.code).toBe('link');
  });

  it('the judged file carries the discovered fields and no record fields', () => {
    const f = judgedFile({ file: file('report', 'pdf'), facts: scanPdf, ocr: ocrText });
    expect(f).toMatchObject({ kind: 'report', container: 'pdf', error: null });
    expect(f).not.toHaveProperty('extractor');
    expect(f).not.toHaveProperty('version');
  });
});
