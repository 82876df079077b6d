/**
 * Size and expansion bounds: a .docx/.xlsx whose parts expand too far, documents and registers
 * above the byte caps, and the findings they become (file not checked, run goes on).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makeEncryptedOoxml } from '../../fixtures/build/cfb.js';
import { makeRegisterXlsx } from '../../fixtures/build/xlsx.js';
import { minimalXlsx } from '../../fixtures/build/xlsx-raw.js';
import { repack, repeatedDeflate } from '../../fixtures/build/zip.js';
import { MAX_CSV_BYTES, MAX_DOCUMENT_BYTES } from '../../src/extract/limits.js';
import { DEFAULT_ZIP_LIMITS, ZipBombError } from '../../src/extract/zip.js';
import { MAX_DOCX_MARKUP, MAX_DOCX_PART } from '../../src/extract/limits.js';
import { parseDocx } from '../../src/extract/docx.js';
import crypto from 'node:crypto';
import { renderMessage } from '../../src/messages/index.js';
import { flateBombPdf, manyPagesPdf } from '../../fixtures/build/pdf-bomb.js';
import { MAX_PDF_PAGES } from '../../src/extract/limits.js';
import { PDF_STREAM_MAX_BYTES } from '../../src/extract/pdf-stream-cap.js';
import type { Report } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-bounds-');
const IND = 'Ⅲ—12 我们的节日';

/** word/document.xml of `mb` MB: a Word body of one paragraph repeated. */
function docXml(mb: number) {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  const para = '<w:p><w:r><w:t>全年开展活动36场。</w:t></w:r></w:p>';
  const unit = Buffer.from(para.repeat(Math.floor((1 << 20) / Buffer.byteLength(para))));
  return repeatedDeflate(head, unit, mb, Buffer.from('</w:body></w:document>'));
}

/** A file of `size` bytes holding only `head` (sparse: no disk space is used). */
function sparse(p: string, head: Buffer, size: number) {
  fs.writeFileSync(p, head);
  fs.truncateSync(p, size);
}

let report: Report;
const findings = (name: string) => report.findings.filter((f) => f.file === `${IND}/${name}`);
const file = (name: string) => report.files.find((f) => f.path === `${IND}/${name}`)!;

describe('bombs and oversized files in a unit folder', () => {
  it('are each a finding, and every other file is still checked', async () => {
    const unit = path.join(tmp, '县教育局');
    const ind = path.join(unit, IND);
    fs.mkdirSync(ind, { recursive: true });
    const docx = await makeDocx({ paragraphs: ['县教育局关于节日活动的说明报告', '全年开展活动36场。'] });
    const maxMb = DEFAULT_ZIP_LIMITS.maxEntry / (1 << 20);
    // A long report (1 MB of XML, compressed far below the ratio limit's floor): read. One MB over
    // the entry limit: refused. Far over (1 GB): refused without inflating. (The exact boundaries
    // of each limit are in zip.test.ts.)
    fs.writeFileSync(path.join(ind, '说明报告-长.docx'), repack(docx, { 'word/document.xml': { raw: docXml(1) } }));
    fs.writeFileSync(path.join(ind, '说明报告-超限.docx'), repack(docx, { 'word/document.xml': { raw: docXml(maxMb + 1) } }));
    fs.writeFileSync(path.join(ind, '说明报告-1GB.docx'), repack(docx, { 'word/document.xml': { raw: docXml(1024) } }));
    // A part that lies about its size: declares 1 KB, holds 100 MB.
    fs.writeFileSync(path.join(ind, '说明报告-说谎.docx'), repack(docx, { 'word/document.xml': { raw: docXml(100), declaredSize: 1024 } }));
    // An .xlsx whose sheet holds 300 MB of XML.
    const rowXml = Buffer.from('<row><c t="inlineStr"><is><t>端午</t></is></c></row>'.repeat(20000));
    const sheet = repeatedDeflate(Buffer.from('<worksheet><sheetData>'), rowXml, Math.ceil((300 << 20) / rowXml.length), Buffer.from('</sheetData></worksheet>'));
    fs.writeFileSync(path.join(ind, '活动登记表-炸弹.xlsx'), minimalXlsx({ sheet }));
    // Over the byte caps (sparse files: nothing is written to disk).
    sparse(path.join(ind, '正式发文-超大.pdf'), Buffer.from('%PDF-1.4\n'), MAX_DOCUMENT_BYTES + 1);
    sparse(path.join(ind, '活动登记表-超大.csv'), Buffer.from('活动名称,活动时间\n'), MAX_CSV_BYTES + 1);
    sparse(path.join(ind, '活动登记表-上限.csv'), Buffer.from('活动名称,活动时间\n端午,2026-06-19\n'), MAX_CSV_BYTES);
    // PDFs whose content stream inflates to 1 GB: one FlateDecode layer, and a chain of two (4 KB of file).
    fs.writeFileSync(path.join(ind, '说明报告-炸弹.pdf'), flateBombPdf(1024));
    fs.writeFileSync(path.join(ind, '正式发文-双层.pdf'), flateBombPdf(1024, 2));
    // 100,000 empty pages in 12 MB (each page's text would be read: past the parse time limit).
    fs.writeFileSync(path.join(ind, '正式发文-十万页.pdf'), manyPagesPdf(100_000));
    // An encrypted .docx: password-protected, and nothing else.
    fs.writeFileSync(path.join(ind, '部门评价-加密.docx'), makeEncryptedOoxml());
    fs.writeFileSync(path.join(ind, '活动登记表.xlsx'), await makeRegisterXlsx({ sheets: [{ name: '登记', header: ['活动名称', '活动时间'], rows: [['端午包粽子', { date: '2026-06-19' }]] }] }));
    report = await check({ path: unit, asOf: '2026-10-20' });
  }, 120_000);

  it('a long report is read; a part one MB over the entry limit, and 1 GB, are refused before inflating', () => {
    expect(findings('说明报告-长.docx').map((f) => f.ruleId)).not.toContain('file.expands-too-far');
    expect(file('说明报告-长.docx').kind).toBe('report');
    expect(findings('说明报告-长.docx').map((f) => f.ruleId)).not.toContain('doc.corrupt');
    expect(findings('说明报告-超限.docx').map((f) => [f.ruleId, f.args])).toEqual([
      ['file.expands-too-far', { reason: 'entry-size', entry: 'word/document.xml', seen: expect.any(Number), limit: DEFAULT_ZIP_LIMITS.maxEntry }],
    ]);
    // (Past the zip limits, before the tighter limits on what mammoth parses: see below.)
    expect(findings('说明报告-1GB.docx').map((f) => f.args.reason)).toEqual(['entry-size']);
    expect(findings('说明报告-1GB.docx')[0]!.args.seen).toBeGreaterThan(1_000_000_000);
  });
  it('a part that inflates beyond its declared size is caught at that size', () => {
    expect(findings('说明报告-说谎.docx').map((f) => [f.ruleId, f.args.reason])).toEqual([['file.expands-too-far', 'size-lies']]);
  });
  it('an .xlsx bomb is refused as a whole, not read as a register', () => {
    expect(findings('活动登记表-炸弹.xlsx').map((f) => [f.ruleId, f.args.reason])).toEqual([['file.expands-too-far', 'entry-size']]);
  });
  it('a PDF whose stream expands beyond the bound is refused whole, one layer or a chain of two', () => {
    for (const n of ['说明报告-炸弹.pdf', '正式发文-双层.pdf']) {
      expect(findings(n).map((f) => [f.ruleId, f.args])).toEqual([['file.expands-too-far', { reason: 'stream', entry: '', seen: 1, limit: PDF_STREAM_MAX_BYTES }]]);
    }
  });
  it('a PDF of 100,000 pages is refused with its page count, before any page is read', () => {
    expect(findings('正式发文-十万页.pdf').map((f) => [f.ruleId, f.args])).toEqual([['doc.too-many-pages', { seen: 100_000, limit: MAX_PDF_PAGES, code: 'too-many-pages', format: 'pdf' }]]);
    expect(file('正式发文-十万页.pdf').status).not.toBe('pass');
    expect(renderMessage('doc.too-many-pages', 'zh', { seen: 100_000, limit: MAX_PDF_PAGES })).toBe(`PDF 有 100000 页，超过读取上限 ${MAX_PDF_PAGES} 页；文件未检查`);
    expect(renderMessage('doc.too-many-pages', 'en', { seen: 3001, limit: 3000 })).toBe('the PDF has 3001 pages, above the reading limit of 3000; the file was not checked');
  });
  it('files over the byte caps are refused unread: one byte over, not on the cap', () => {
    expect(findings('正式发文-超大.pdf').map((f) => [f.ruleId, f.args])).toEqual([['file.too-large', { seen: MAX_DOCUMENT_BYTES + 1, limit: MAX_DOCUMENT_BYTES }]]);
    expect(findings('活动登记表-超大.csv').map((f) => [f.ruleId, f.args])).toEqual([['file.too-large', { seen: MAX_CSV_BYTES + 1, limit: MAX_CSV_BYTES }]]);
    expect(findings('活动登记表-上限.csv').map((f) => f.ruleId)).not.toContain('file.too-large');
  });
  it('none of them passes; the good register still does', () => {
    for (const n of ['说明报告-超限.docx', '说明报告-1GB.docx', '说明报告-说谎.docx', '活动登记表-炸弹.xlsx', '正式发文-超大.pdf', '活动登记表-超大.csv', '说明报告-炸弹.pdf', '正式发文-双层.pdf']) {
      expect(file(n).status).not.toBe('pass');
    }
    expect(file('活动登记表.xlsx').status).toBe('pass');
  });
  it('an encrypted .docx is password-protected only, not also "really a legacy Office file"', () => {
    expect(findings('部门评价-加密.docx').map((f) => f.ruleId)).toEqual(['doc.encrypted']);
  });
  it('the messages render in both languages from raw args', () => {
    const a = { reason: 'entry-size', entry: 'word/document.xml', seen: 1 << 30, limit: 64 << 20 };
    expect(renderMessage('file.expands-too-far', 'zh', a)).toBe('文件解压后过大：部件 word/document.xml 解压后有 1024.0 MB，超过上限 64.0 MB；文件未检查');
    expect(renderMessage('file.expands-too-far', 'en', { ...a, reason: 'ratio', seen: 1000, limit: 200 })).toContain('compressed 1000:1');
    expect(renderMessage('file.expands-too-far', 'zh', { reason: 'stream', entry: '', seen: 2, limit: 64 << 20 })).toBe('文件解压后过大：PDF 中有 2 个数据流解压后超过上限 64.0 MB；文件未检查');
    expect(renderMessage('file.expands-too-far', 'en', { reason: 'stream', entry: '', seen: 1, limit: 64 << 20 })).toBe('the file expands too far when decompressed: 1 stream(s) in the PDF expand beyond the limit of 64.0 MB; it was not checked');
    expect(renderMessage('file.too-large', 'zh', { seen: 2 * 2 ** 30, limit: 100 * 2 ** 20 })).toBe('文件有 2048.0 MB，超过读取上限 100.0 MB，未检查');
    expect(renderMessage('register.sheet-too-large', 'en', { sheet: 'S', cell: 'ZZ20000', reason: 'columns', limit: 256 })).toContain('beyond the reading limit (256 columns)');
  });
});

describe('the XML a .docx hands to mammoth is bounded more tightly', () => {
  /** `n` bytes of XML that deflate about 2:1 (random text), so that only the size limit applies. */
  const xmlOf = (n: number) => {
    const open = '<x>';
    const close = '</x>';
    return Buffer.concat([Buffer.from(open), Buffer.from(crypto.randomBytes(n).toString('base64').slice(0, n - open.length - close.length)), Buffer.from(close)]);
  };
  const refused = async (buf: Buffer) => {
    try {
      await parseDocx(buf);
      return null;
    } catch (e) {
      if (e instanceof ZipBombError) return e.info;
      throw e;
    }
  };
  it('a part on the limit is read; one byte more is refused before mammoth sees it', async () => {
    const docx = await makeDocx({ paragraphs: ['县教育局关于节日活动的说明报告'] });
    expect(await refused(repack(docx, { 'word/extra.xml': { data: xmlOf(MAX_DOCX_PART) } }))).toBeNull();
    expect(await refused(repack(docx, { 'word/extra.xml': { data: xmlOf(MAX_DOCX_PART + 1) } }))).toMatchObject({ reason: 'entry-size', entry: 'word/extra.xml', seen: MAX_DOCX_PART + 1, limit: MAX_DOCX_PART });
  });
  it('all parts together: on the limit read, one byte more refused; pictures do not count', async () => {
    const docx = await makeDocx({ paragraphs: ['县教育局关于节日活动的说明报告'] });
    const base = (await import('../../src/extract/zip.js')).readZipDirectory(docx).filter((e) => /\.(xml|rels)$/.test(e.name)).reduce((a, e) => a + e.size, 0);
    const half = Math.floor((MAX_DOCX_MARKUP - base) / 2);
    const rest = MAX_DOCX_MARKUP - base - half;
    const parts = (extra: number) => ({ 'word/a.xml': { data: xmlOf(half) }, 'word/b.xml': { data: xmlOf(rest + extra) }, 'word/media/big.jpeg': { data: crypto.randomBytes(MAX_DOCX_PART + 1) } });
    expect(await refused(repack(docx, parts(0)))).toBeNull();
    expect(await refused(repack(docx, parts(1)))).toMatchObject({ reason: 'total-size', seen: MAX_DOCX_MARKUP + 1, limit: MAX_DOCX_MARKUP });
  });
});
