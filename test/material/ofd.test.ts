/** OFD (GB/T 33190): recognised by content, its text read from the pages' TextCode, checked like a PDF. */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { makeOfd } from '../../fixtures/build/ofd.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { reportParas, evaluationParas, toPdfPages } from '../../fixtures/build/texts.js';
import { OfdTooManyPages, parseOfd, pageText, resolveLoc } from '../../src/extract/ofd.js';
import { MAX_PDF_PAGES } from '../../src/extract/limits.js';
import { renderMessage } from '../../src/messages/index.js';
import { sniffContainer } from '../../src/formats/sniff.js';
import { repeatedDeflate, writeZip } from '../../fixtures/build/zip.js';
import { extracted } from '../report/helpers.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('lc-ofd-');

const report = reportParas({ unit: '县教育局', indicator: '我们的节日', date: '2025-06-12' }).map((p) => p.text);

describe('reading an OFD', () => {
  it('text by page, a line per baseline, TextCodes of one line run together', () => {
    const ofd = makeOfd({ pages: [report.slice(0, 3), report.slice(3)], title: '说明报告', created: '2025-06-12', chunk: 7 });
    const raw = parseOfd(ofd);
    expect(raw.pages).toEqual([report.slice(0, 3).join('\n'), report.slice(3).join('\n')]);
    expect(raw.title).toBe('说明报告');
    expect(raw.created).toBe('2025-06-12');
  });
  it('locations relative to the document, absolute, with ..', () => {
    expect(resolveLoc('Doc_0/', 'Pages/Page_0/Content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolveLoc('Doc_0/', '/Doc_0/Pages/P.xml')).toBe('Doc_0/Pages/P.xml');
    expect(resolveLoc('Doc_0/Pages/', '../Res/a.xml')).toBe('Doc_0/Res/a.xml');
  });
  it('entities and a TextObject without Boundary', () => {
    expect(pageText('<ofd:TextObject><ofd:TextCode>A&amp;B&#x4E2D;</ofd:TextCode></ofd:TextObject><ofd:TextObject><ofd:TextCode>c</ofd:TextCode></ofd:TextObject>')).toBe('A&B中\nc');
  });
  it('is recognised by its content, whatever its name', () => {
    const ofd = makeOfd({ pages: [['x']] });
    expect(sniffContainer(ofd.subarray(0, 8192), ofd.length)).toBe('ofd');
  });
});

describe('an OFD is checked like a PDF', () => {
  it('a 说明报告 as OFD gets the same verdicts as the same text as PDF', async () => {
    const ofd = await extracted(makeOfd({ pages: [report] }), '说明报告.ofd', 'ofd');
    const pdf = await extracted(makePdf({ pages: toPdfPages(reportParas({ unit: '县教育局', indicator: '我们的节日', date: '2025-06-12' })) }), '说明报告.pdf', 'pdf');
    expect(ofd.error).toBeNull();
    if (ofd.facts.type !== 'document' || pdf.facts.type !== 'document') throw new Error();
    expect(ofd.facts.format).toBe('ofd');
    // (The PDF builder wraps long lines; the words are the same.)
    expect(ofd.facts.text.replace(/\n/g, '')).toBe(pdf.facts.text.replace(/\n/g, ''));
    const verdicts = (d: typeof ofd.facts & { type: 'document' }) => judgeElements(d).map((v) => [v.element, v.status]);
    expect(verdicts(ofd.facts)).toEqual(verdicts(pdf.facts));
    expect(verdicts(ofd.facts).every(([, s]) => s === 'present')).toBe(true);
    expect(ofd.facts.citations).toEqual(pdf.facts.citations);
    expect(ofd.facts.signedDate).toBe('2025-06-12');
  });
  it('in a unit folder: a 部门评价 and a 正式发文 as OFD are read, an .ofd without text is a scan, a damaged one is corrupt', async () => {
    const ind = path.join(tmp, '县教育局', 'Ⅲ—12 我们的节日');
    fs.mkdirSync(ind, { recursive: true });
    // Dated inside the built-in rules' period.
    const report2026 = reportParas({ unit: '县教育局', indicator: '我们的节日', date: '2026-06-12' }).map((p) => p.text);
    fs.writeFileSync(path.join(ind, '说明报告.ofd'), makeOfd({ pages: [report2026] }));
    fs.writeFileSync(path.join(ind, '部门评价.ofd'), makeOfd({ pages: [evaluationParas({ unit: '县教育局', indicator: '我们的节日', issuer: '县文明办', date: '2026-06-20' }).map((p) => p.text)] }));
    fs.writeFileSync(path.join(ind, '实施方案.ofd'), makeOfd({ pages: [['关于印发《实施方案》的通知', '县教发〔2024〕15号']] }));
    fs.writeFileSync(path.join(ind, '空白说明报告.ofd'), makeOfd({ pages: [[''], ['']] }));
    fs.writeFileSync(path.join(ind, '损坏说明报告.ofd'), makeOfd({ pages: [report, report], dropPage: 1 }));
    const r = await check({ path: path.join(tmp, '县教育局'), asOf: '2026-10-20' });
    const file = (name: string) => r.files.find((f) => f.path.endsWith(name))!;
    const ids = (name: string) => r.findings.filter((f) => f.file?.endsWith(name)).map((f) => f.ruleId).sort();
    expect(file('说明报告.ofd').kind).toBe('report');
    expect(file('部门评价.ofd').kind).toBe('evaluation');
    expect(file('实施方案.ofd').kind).toBe('document');
    expect(ids('/说明报告.ofd').filter((id) => id.startsWith('doc.') || id.startsWith('file.') || id === 'report.element-missing')).toEqual([]);
    expect(r.findings.filter((f) => f.file?.endsWith('/说明报告.ofd'))).toEqual([]);
    expect(file('/说明报告.ofd').status).toBe('pass');
    expect(file('部门评价.ofd').status).toBe('pass');
    expect(file('实施方案.ofd').status).toBe('pass');
    // A text-less OFD is a scan, and (as for a PDF) a scan beside its text version is accepted as its copy.
    expect(ids('空白说明报告.ofd')).toEqual(['doc.scanned-copy']);
    expect(ids('损坏说明报告.ofd')).toEqual(['doc.corrupt']);
  });
  it('an OFD bomb is refused before inflating', async () => {
    const raw = repeatedDeflate(Buffer.from('<ofd:Page><ofd:Content>'), Buffer.alloc(1 << 20, 0x20), 200, Buffer.from('</ofd:Content></ofd:Page>'));
    const base = makeOfd({ pages: [['x']] });
    const { ZipArchive } = await import('../../src/extract/zip.js');
    const z = new ZipArchive(base);
    const bomb = writeZip(z.entries.map((e) => (e.name.endsWith('Content.xml') ? { name: e.name, raw } : { name: e.name, data: z.readEntry(e) })));
    const f = await extracted(bomb, '说明报告.ofd', 'ofd');
    expect(f.error).toMatchObject({ code: 'zip-bomb', args: { reason: 'entry-size', entry: 'Doc_0/Pages/Page_0/Content.xml' } });
  });
  it('a page part on the OFD limit is read, one byte more is refused', async () => {
    const { ZipArchive } = await import('../../src/extract/zip.js');
    const { MAX_OFD_PART } = await import('../../src/extract/limits.js');
    const z = new ZipArchive(makeOfd({ pages: [report] }));
    const page = z.text('Doc_0/Pages/Page_0/Content.xml')!;
    // Padding inside the page (a comment) that deflates about 2:1, so only the size limit applies.
    const padded = (n: number) => {
      const pad = n - Buffer.byteLength(page) - 7;
      return Buffer.from(page.replace('<ofd:Content>', `<ofd:Content><!--${randomBytes(pad).toString('base64').slice(0, pad)}-->`));
    };
    const build = (n: number) => writeZip(z.entries.map((e) => (e.name.endsWith('Content.xml') ? { name: e.name, data: padded(n) } : { name: e.name, data: z.readEntry(e) })));
    expect(padded(MAX_OFD_PART).length).toBe(MAX_OFD_PART);
    expect(parseOfd(build(MAX_OFD_PART)).pages[0]).toBe(report.join('\n'));
    expect(() => parseOfd(build(MAX_OFD_PART + 1))).toThrow(/entry-size/);
  });
  it('pages that all name one part: the markup read is counted each time, on the limit read, one character more refused', async () => {
    // A 72 KB OFD whose 20,000 pages all name one 650 KB Content.xml ran for minutes towards gigabytes of text.
    const { ZipArchive } = await import('../../src/extract/zip.js');
    const { MAX_OFD_MARKUP } = await import('../../src/extract/limits.js');
    const z = new ZipArchive(makeOfd({ pages: [['x']] }));
    const page = z.text('Doc_0/Pages/Page_0/Content.xml')!;
    const docXml = z.text('Doc_0/Document.xml')!;
    const pages = 4;
    const manyDoc = (pad: number) =>
      docXml.replace(/<ofd:Pages>.*<\/ofd:Pages>/, `<ofd:Pages>${Array.from({ length: pages }, (_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_0/Content.xml"/>`).join('')}</ofd:Pages><!--${'d'.repeat(pad)}-->`);
    const base = manyDoc(0).length; // with an empty comment
    const docPad = (MAX_OFD_MARKUP - base) % pages;
    const each = (MAX_OFD_MARKUP - base - docPad) / pages;
    const content = (n: number) => page.replace('<ofd:Content>', `<ofd:Content><!--${'c'.repeat(n - page.length - 7)}-->`);
    const build = (n: number) =>
      writeZip(z.entries.map((e) => ({ name: e.name, data: Buffer.from(e.name.endsWith('Content.xml') ? content(n) : e.name.endsWith('Document.xml') ? manyDoc(docPad) : z.text(e.name)!) })));
    expect(manyDoc(docPad).length + pages * content(each).length).toBe(MAX_OFD_MARKUP);
    expect(parseOfd(build(each - 1)).pages).toEqual(['x', 'x', 'x', 'x']); // inside
    expect(parseOfd(build(each)).pages).toHaveLength(4); // on
    expect(() => parseOfd(build(each + 1))).toThrow(/total-size/); // outside
    const flood = makeOfd({ pages: [report] });
    const fz = new ZipArchive(flood);
    const many = fz.text('Doc_0/Document.xml')!.replace(/<ofd:Pages>.*<\/ofd:Pages>/, `<ofd:Pages>${'<ofd:Page BaseLoc="Pages/Page_0/Content.xml"/>'.repeat(50_000)}</ofd:Pages>`);
    const f = await extracted(writeZip(fz.entries.map((e) => ({ name: e.name, data: e.name.endsWith('Document.xml') ? Buffer.from(many) : fz.readEntry(e) }))), '说明报告.ofd', 'ofd');
    // Refused by its page count now (below), before the markup bound is reached.
    expect(f.error).toMatchObject({ code: 'too-many-pages', args: { seen: 50_000, limit: MAX_PDF_PAGES } });
  });
  it('pages are counted before any is read: on the PDF page limit read, one more refused (hostile21)', async () => {
    // Pages naming an EMPTY part cost no markup: a 1 MB OFD of three document roots naming one
    // Document.xml of 180,000 such pages went on into the text analysis and held the run for minutes.
    const { ZipArchive } = await import('../../src/extract/zip.js');
    const z = new ZipArchive(makeOfd({ pages: [report] }));
    const docXml = z.text('Doc_0/Document.xml')!;
    const build = (n: number, target: string, roots = 1) =>
      writeZip([
        ...z.entries.map((e) => ({
          name: e.name,
          data: e.name === 'Doc_0/Document.xml'
            ? Buffer.from(docXml.replace(/<ofd:Pages>.*<\/ofd:Pages>/, `<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>${`<ofd:Page BaseLoc="${target}"/>`.repeat(n - 1)}</ofd:Pages>`))
            : e.name === 'OFD.xml'
              ? Buffer.from(z.text(e.name)!.replace(/<ofd:DocRoot>.*<\/ofd:DocRoot>/, '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'.repeat(roots)))
              : z.readEntry(e),
        })),
        { name: 'Doc_0/E', data: Buffer.alloc(0), stored: true },
      ]);
    const on = parseOfd(build(MAX_PDF_PAGES, 'E'));
    expect(on.pages).toHaveLength(MAX_PDF_PAGES);
    expect(on.pages[0]).toBe(report.join('\n'));
    expect(() => parseOfd(build(MAX_PDF_PAGES + 1, 'E'))).toThrow(OfdTooManyPages);
    // Counted over every document root, and before any page is read: past the limit, pages naming a
    // part that is not there are refused for their number, not read up to the missing one.
    expect(() => parseOfd(build(MAX_PDF_PAGES / 2 + 1, 'E', 2))).toThrow(/3002 pages, above the reading limit of 3000/);
    expect(() => parseOfd(build(MAX_PDF_PAGES / 2, 'E', 2))).not.toThrow();
    expect(() => parseOfd(build(MAX_PDF_PAGES + 1, 'nowhere'))).toThrow(OfdTooManyPages);
    expect(() => parseOfd(build(MAX_PDF_PAGES, 'nowhere'))).toThrow(/page Doc_0\/nowhere missing/);
    const f = await extracted(build(180_000, 'E', 3), '说明报告.ofd', 'ofd');
    expect(f.error).toMatchObject({ code: 'too-many-pages', args: { seen: 540_000, limit: MAX_PDF_PAGES } });
    expect(f.facts).toMatchObject({ type: 'document', format: 'ofd', pages: 540_000, textLength: 0 });
  });
  it('an OFD of too many pages in a unit folder: doc.too-many-pages, worded for an OFD, the run goes on', async () => {
    const { ZipArchive } = await import('../../src/extract/zip.js');
    const z = new ZipArchive(makeOfd({ pages: [report] }));
    const many = z.text('Doc_0/Document.xml')!.replace(/<ofd:Pages>.*<\/ofd:Pages>/, `<ofd:Pages>${'<ofd:Page BaseLoc="E"/>'.repeat(MAX_PDF_PAGES + 1)}</ofd:Pages>`);
    const dir = path.join(tmp, 'pages', '县教育局', 'Ⅲ—12 我们的节日');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '说明报告.ofd'), writeZip([...z.entries.map((e) => ({ name: e.name, data: e.name.endsWith('Document.xml') ? Buffer.from(many) : z.readEntry(e) })), { name: 'Doc_0/E', data: Buffer.alloc(0), stored: true }]));
    fs.writeFileSync(path.join(dir, '实施方案.ofd'), makeOfd({ pages: [['关于印发《实施方案》的通知', '县教发〔2024〕15号']] }));
    const r = await check({ path: path.join(tmp, 'pages', '县教育局'), asOf: '2026-10-20' });
    const f = r.findings.filter((x) => x.file === 'Ⅲ—12 我们的节日/说明报告.ofd');
    expect(f.map((x) => [x.ruleId, x.args])).toEqual([['doc.too-many-pages', { seen: MAX_PDF_PAGES + 1, limit: MAX_PDF_PAGES, code: 'too-many-pages', format: 'ofd' }]]);
    expect(renderMessage('doc.too-many-pages', 'zh', f[0]!.args)).toBe(`OFD 有 ${MAX_PDF_PAGES + 1} 页，超过读取上限 ${MAX_PDF_PAGES} 页；文件未检查`);
    expect(renderMessage('doc.too-many-pages', 'en', f[0]!.args)).toBe(`the OFD has ${MAX_PDF_PAGES + 1} pages, above the reading limit of ${MAX_PDF_PAGES}; the file was not checked`);
    expect(r.files.find((x) => x.path === 'Ⅲ—12 我们的节日/说明报告.ofd')!.status).not.toBe('pass');
    expect(r.files.find((x) => x.path === 'Ⅲ—12 我们的节日/实施方案.ofd')!.status).toBe('pass');
  });
});
