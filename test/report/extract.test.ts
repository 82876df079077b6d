/** Extraction: formats, dates, headings and every kind of unreadable document. */
import { describe, expect, it } from 'vitest';
import { makePdf, makeScanJpeg, truncatePdf } from '../../fixtures/build/pdf.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makeEncryptedDoc, makeEncryptedOoxml } from '../../fixtures/build/cfb.js';
import { discovered, extracted, ids, runChecks } from './helpers.js';
import { extractDocument } from '../../src/extract/document.js';
import { cfbKind } from '../../src/extract/cfb.js';
import { pdfDate } from '../../src/extract/pdf.js';
import { coreDate, headingLevel } from '../../src/extract/docx.js';
import { repairLatin1Gbk } from '../../src/extract/text-quality.js';
import iconv from 'iconv-lite';

const BODY = ['县教育局关于节日活动的说明', '按照《实施方案》（县创文办〔2024〕12号）要求开展工作，全年开展活动36场，参与8000人次。', '清河县教育局', '2025年6月12日'];

describe('readable documents', () => {
  it('reads a multi-page Chinese PDF with pages, dates and per-page text', async () => {
    const pdf = makePdf({ pages: [BODY.slice(0, 2), BODY.slice(2)], info: { title: '说明报告', creationDate: '2025-06-12T09:30:00+08:00', modDate: "D:20250613100000+08'00'" } });
    const f = await extracted(pdf, 'a.pdf', 'pdf');
    expect(f.error).toBeNull();
    if (f.facts.type !== 'document') throw new Error();
    expect(f.facts.format).toBe('pdf');
    expect(f.facts.pages).toBe(2);
    expect(f.facts.encrypted).toBe(false);
    expect(f.facts.title).toBe('说明报告');
    expect(f.facts.created).toBe('2025-06-12T09:30:00+08:00');
    expect(f.facts.modified).toBe('2025-06-13T10:00:00+08:00');
    expect(f.facts.pageTexts?.[1]).toBe('清河县教育局\n2025年6月12日');
    expect(f.facts.citations[0]?.page).toBe(1);
    expect(f.facts.signedDate).toBe('2025-06-12');
  });

  it('makes identical bytes for identical input (deterministic builders)', async () => {
    expect(makePdf({ pages: [BODY] }).equals(makePdf({ pages: [BODY] }))).toBe(true);
    const a = await makeDocx({ paragraphs: BODY, created: '2025-06-12T01:00:00Z' });
    const b = await makeDocx({ paragraphs: BODY, created: '2025-06-12T01:00:00Z' });
    expect(a.equals(b)).toBe(true);
  });

  it('reads .docx headings by style name, English and Chinese, and core dates as China time', async () => {
    const docx = await makeDocx({
      paragraphs: [{ text: '一、主体责任', heading: 1 }, '县教育局成立领导小组。', { text: '二、部署文件', heading: 2, headingStyle: 'zh' }, '略。'],
      created: '2025-06-12T02:00:00Z',
      modified: '2025-06-13T02:00:00Z',
      title: '说明报告',
    });
    const f = await extracted(docx, 'b.docx', 'docx');
    if (f.facts.type !== 'document') throw new Error();
    expect(f.facts.headings).toEqual(['一、主体责任', '二、部署文件']);
    expect(f.facts.created).toBe('2025-06-12T10:00:00+08:00');
    expect(f.facts.modified).toBe('2025-06-13T10:00:00+08:00');
    expect(f.facts.pages).toBeNull();
    expect(f.facts.pageTexts).toBeUndefined();
  });

  it('reads a sign-off table in a .docx as one paragraph per cell', async () => {
    const docx = await makeDocx({ paragraphs: ['台账移交确认单'], table: [['移交单位', '县教育局'], ['主要领导签字', '王建国']] });
    const f = await extracted(docx, 'c.docx', 'docx');
    if (f.facts.type !== 'document') throw new Error();
    expect(f.facts.text).toBe('台账移交确认单\n移交单位\n县教育局\n主要领导签字\n王建国');
  });

  it('reads plain text in UTF-8 and in GBK', async () => {
    const text = '县教育局说明\n全年开展活动36场。';
    const u = await extracted(Buffer.from(text), 'd.txt', 'text');
    const g = await extracted(iconv.encode(text, 'gbk'), 'e.txt', 'text');
    for (const f of [u, g]) {
      if (f.facts.type !== 'document') throw new Error();
      expect(f.facts.text).toBe(text);
      expect(f.facts.dataPoints).toHaveLength(1);
    }
  });

  it('opens an owner-password PDF (no user password) and says it is encrypted', async () => {
    const f = await extracted(makePdf({ pages: [BODY], encrypt: { userPassword: '', ownerPassword: 'secret' }, info: { creationDate: '2025-06-12' } }), 'f.pdf', 'pdf');
    expect(f.error).toBeNull();
    if (f.facts.type !== 'document') throw new Error();
    expect(f.facts.encrypted).toBe(true);
    expect(f.facts.created).toBe('2025-06-12T00:00:00+08:00');
    expect(f.facts.text).toContain('县创文办〔2024〕12号');
  });
});

describe('unreadable documents are findings, never passes', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string, 'pdf' | 'docx' | 'cfb' | 'empty' | 'text', string][] = [
    ['scanned PDF (image only)', async () => makePdf({ pages: [{ image: await makeScanJpeg() }, { image: await makeScanJpeg(400, 566, 2) }] }), 's.pdf', 'pdf', 'scanned'],
    ['PDF without ToUnicode (garbage)', () => makePdf({ pages: [BODY], font: 'identity-no-tounicode' }), 'g.pdf', 'pdf', 'no-tounicode'],
    ['PDF with a user password', () => makePdf({ pages: [BODY], encrypt: { userPassword: 'abc' } }), 'e.pdf', 'pdf', 'encrypted'],
    ['truncated PDF', () => truncatePdf(makePdf({ pages: [BODY] }), 0.4), 't.pdf', 'pdf', 'corrupt'],
    ['zero-byte PDF', () => Buffer.alloc(0), 'z.pdf', 'empty', 'empty'],
    ['encrypted .docx (CFB container)', () => makeEncryptedOoxml(), 'x.docx', 'cfb', 'encrypted'],
    ['encrypted .doc', () => makeEncryptedDoc(), 'x.doc', 'cfb', 'encrypted'],
    // Cut short: the zip reader finds no central directory after a local header.
    ['corrupt .docx', async () => (await makeDocx({ paragraphs: BODY })).subarray(0, 300), 'c.docx', 'docx', 'truncated'],
    ['.docx holding only a pasted scan', async () => makeDocx({ paragraphs: [''], images: [await makeScanJpeg()] }), 'i.docx', 'docx', 'scanned'],
    ['.docx without any text', () => makeDocx({ paragraphs: [''] }), 'n.docx', 'docx', 'empty'],
    ['text file of whitespace', () => Buffer.from(' \n\t\n'), 'w.txt', 'text', 'empty'],
  ];
  const RULE: Record<string, string> = { scanned: 'doc.scanned', 'no-tounicode': 'doc.garbled-text', encrypted: 'doc.encrypted', corrupt: 'doc.corrupt', truncated: 'doc.corrupt', empty: 'doc.empty' };

  it.each(cases)('%s', async (_name, make, fileName, container, code) => {
    const f = await extracted(await make(), fileName, container);
    expect(f.error?.code).toBe(code);
    expect(f.facts.type).toBe('document');
    const hits = runChecks(f);
    expect(ids(hits)).toEqual([RULE[code]]);
    // The same file as a 部门评价 gets the same readability finding.
    expect(ids(runChecks({ ...f, kind: 'evaluation' }))).toEqual([RULE[code]]);
  });

  it('records a reason code and raw values the checks read (never the detail)', async () => {
    // A garbled PDF: the share of garbled characters as a number.
    const g = await extracted(makePdf({ pages: [BODY], font: 'identity-no-tounicode' }), 'g2.pdf', 'pdf');
    expect(g.error?.code).toBe('no-tounicode');
    expect(g.error?.args?.seen).toEqual(expect.any(Number));
    expect(runChecks(g)[0]!.at.args!.seen).toBe(g.error!.args!.seen);
    // A .docx holding another format: reason not-word.
    const w = await extracted(Buffer.from('GIF89a not a word file'), '说明报告.docx', 'unknown');
    expect(w.error).toMatchObject({ code: 'corrupt', reason: 'not-word' });
    expect(runChecks(w)[0]).toMatchObject({ ruleId: 'doc.corrupt', at: { args: { reason: 'not-word', seen: 'unknown' } } });
    // A file gone before it is read: io with the OS code as reason.
    const gone = await extractDocument({ ...discovered(Buffer.from('x'), 'gone.docx', 'docx', 'report', '县教育局'), absPath: Buffer.from('/nonexistent/ledger-check/gone.docx') });
    expect(gone.error).toMatchObject({ code: 'io', reason: 'ENOENT' });
  });

  it('keeps what was read: pages of a scan, the encrypted flag of a locked PDF', async () => {
    const s = await extracted(makePdf({ pages: [{ image: await makeScanJpeg() }] }), 's2.pdf', 'pdf');
    const e = await extracted(makePdf({ pages: [BODY], encrypt: { userPassword: 'abc' } }), 'e2.pdf', 'pdf');
    if (s.facts.type !== 'document' || e.facts.type !== 'document') throw new Error();
    expect(s.facts.pages).toBe(1);
    expect(e.facts.encrypted).toBe(true);
  });

  it('reports a photo handed in as a report as a scan', () => {
    const hits = runChecks({
      path: 'u/i/说明报告.jpg', absPath: Buffer.from('/x'), name: '说明报告.jpg', nameRepaired: false, size: 10, container: 'jpeg',
      kind: 'report', unit: '县教育局', indicator: 'III-12', notes: [], facts: { type: 'none' }, error: { code: 'scanned', detail: 'image (jpeg)' },
    });
    expect(ids(hits)).toEqual(['doc.scanned']);
  });
});

describe('extraction helpers', () => {
  it('tells encrypted OOXML from a legacy .doc', () => {
    expect(cfbKind(makeEncryptedOoxml())).toBe('encrypted-ooxml');
    expect(cfbKind(makeEncryptedDoc())).toBe('doc-encrypted');
  });
  it('parses PDF dates with and without zones', () => {
    expect(pdfDate("D:20240501093000+08'00'")).toBe('2024-05-01T09:30:00+08:00');
    expect(pdfDate('D:20160119123847')).toBe('2016-01-19T12:38:47');
    expect(pdfDate('D:20150722100404Z00\'00\'')).toBe('2015-07-22T10:04:04Z');
    expect(pdfDate('garbage')).toBeNull();
  });
  it('reads heading levels from English and Chinese style names', () => {
    expect(headingLevel('heading 1')).toBe(1);
    expect(headingLevel('Heading 2')).toBe(2);
    expect(headingLevel('标题 1')).toBe(1);
    expect(headingLevel('标题3')).toBe(3);
    expect(headingLevel('Normal')).toBeNull();
    expect(coreDate('2025-06-30T20:00:00Z')).toBe('2025-07-01T04:00:00+08:00');
  });
  it('re-decodes GBK shown as Latin-1, and refuses what is not GBK', () => {
    const mojibake = iconv.encode('全世界无产者，联合起来', 'gbk').toString('latin1');
    expect(repairLatin1Gbk(mojibake)).toBe('全世界无产者，联合起来');
    expect(repairLatin1Gbk('Ä¿¡-¡')).toBeNull();
  });
});
