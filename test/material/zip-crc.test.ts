/**
 * hostile18: a zip entry whose bytes do not match the CRC-32 or the size its directory gives was read
 * as it came out: a .docx whose stored body had a byte changed (领导小组 → 领导大组), or whose deflated body
 * inflated to other bytes than its CRC says, passed with that text, while Word, Excel and LibreOffice
 * call the file corrupt (offering at most a repair). Now refused: doc.corrupt for a .docx or OFD,
 * an error for an .xlsx register. Boundary rows: CRC exact / one bit off; inflated size one short /
 * exact (one over is size-lies, as before).
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../src/extract/zip.js';
import { zipError } from './zip-error.js';
import { writeZip, type ZipSpec } from '../../fixtures/build/zip.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { makeOfd } from '../../fixtures/build/ofd.js';
import { minimalXlsx, sheetXml } from '../../fixtures/build/xlsx-raw.js';
import { extractRegister } from '../../src/extract/register.js';
import { extracted } from '../report/helpers.js';
import { tempDir, writeFixture } from '../register/helpers.js'; // its afterAll removes the temp dirs


const BODY = '一、主体责任：成立由局长任组长的领导小组。';
const entriesOf = (buf: Buffer) => {
  const z = new ZipArchive(buf);
  return z.entries.map((e) => ({ name: e.name, data: z.readEntry(e) }));
};
/** The package again with one entry written by `spec` (its bytes given). */
const rewrite = (pkg: Buffer, name: string, spec: (data: Buffer) => Omit<ZipSpec, 'name'>) =>
  writeZip(entriesOf(pkg).map((e) => (e.name === name ? { name, ...spec(e.data) } : e)));
const deflated = (data: Buffer, crc: number, size = data.length): Omit<ZipSpec, 'name'> => ({ raw: { deflated: zlib.deflateRawSync(data), size, crc } });

describe('a zip entry that does not match its CRC-32 or its size', () => {
  it('the archive reader: CRC exact is read, one bit off refused; inflated one byte short refused, exact read', () => {
    const xml = Buffer.from('<a>领导小组</a>', 'utf8');
    const crc = zlib.crc32(xml);
    expect(new ZipArchive(writeZip([{ name: 'a.xml', ...deflated(xml, crc) }])).text('a.xml')).toBe('<a>领导小组</a>');
    expect(zipError(() => new ZipArchive(writeZip([{ name: 'a.xml', ...deflated(xml, crc ^ 1) }])).text('a.xml'))).toMatch(/CRC-32/);
    expect(zipError(() => new ZipArchive(writeZip([{ name: 'a.xml', ...deflated(xml, crc), declaredSize: xml.length + 1 }])).text('a.xml'))).toMatch(/holds 19 of its 20 bytes/);
    expect(zipError(() => new ZipArchive(writeZip([{ name: 'a.xml', ...deflated(xml, crc), declaredSize: xml.length }])).text('a.xml'))).toBeNull();
  });

  it('a .docx whose stored body had a byte changed is doc.corrupt (it was read as 领导大组)', async () => {
    const report = await makeDocx({ paragraphs: [{ text: '县教育局关于志愿服务工作情况的说明报告' }, { text: BODY }] });
    const stored = rewrite(report, 'word/document.xml', (data) => ({ data, stored: true }));
    expect((await extracted(stored, '说明报告.docx', 'zip')).error ?? null).toBeNull();
    const bad = Buffer.from(stored);
    const at = bad.indexOf(Buffer.from('领导小组', 'utf8'));
    expect(at).toBeGreaterThan(0);
    bad.write('领导大组', at, 'utf8');
    const f = await extracted(bad, '说明报告.docx', 'zip');
    expect(f.error?.code).toBe('corrupt');
  });

  it('a .docx whose deflated body inflates to other bytes than its CRC says, or fewer than its size, is doc.corrupt', async () => {
    const report = await makeDocx({ paragraphs: [{ text: '县教育局关于志愿服务工作情况的说明报告' }, { text: BODY }] });
    const crcOff = rewrite(report, 'word/document.xml', (data) => deflated(data, zlib.crc32(data) ^ 0x80000000));
    expect((await extracted(crcOff, '说明报告.docx', 'zip')).error?.code).toBe('corrupt');
    const short = rewrite(report, 'word/document.xml', (data) => ({ ...deflated(data, zlib.crc32(data)), declaredSize: data.length + 100 }));
    expect((await extracted(short, '说明报告.docx', 'zip')).error?.code).toBe('corrupt');
    expect((await extracted(rewrite(report, 'word/document.xml', (data) => deflated(data, zlib.crc32(data))), '说明报告.docx', 'zip')).error ?? null).toBeNull();
  });

  it('an OFD page with a CRC that does not match is doc.corrupt', async () => {
    const ofd = makeOfd({ pages: [['县教育局关于志愿服务工作情况的说明报告', BODY]] });
    const page = new ZipArchive(ofd).entries.find((e) => /Content\.xml$/.test(e.name))!.name;
    expect((await extracted(ofd, '说明报告.ofd', 'zip')).error ?? null).toBeNull();
    const bad = rewrite(ofd, page, (data) => deflated(data, zlib.crc32(data) ^ 1));
    expect((await extracted(bad, '说明报告.ofd', 'zip')).error?.code).toBe('corrupt');
  });

  it('an .xlsx register whose sheet does not match its CRC is not read', async () => {
    const dir = await tempDir();
    const good = minimalXlsx({ sheet: sheetXml([]) });
    expect((await extractRegister(await writeFixture(dir, 'good.xlsx', good))).error).toBeNull();
    const bad = rewrite(good, 'xl/worksheets/sheet1.xml', (data) => deflated(data, zlib.crc32(data) ^ 1));
    const r = await extractRegister(await writeFixture(dir, 'bad.xlsx', bad));
    expect(r.error).not.toBeNull();
    expect(r.error?.detail).toMatch(/CRC-32/);
  });
});
