/**
 * A package that names one entry twice, or whose local header names another entry than its
 * directory does, leaves it to the reader which bytes are the file. ledger-check read the first
 * `word/document.xml` of two (a decoy title while another reader shows the second, or the reverse),
 * `Word/Document.xml` beside `word/document.xml` (one part to Office: part names are
 * case-insensitive), and went by the central directory where a reader going by local headers finds
 * another file. Word refuses such packages; so does the zip reader now (doc.corrupt for a .docx,
 * register.unreadable for an .xlsx, the same for OFD), and the run goes on.
 */
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../src/extract/zip.js';
import { zipError } from './zip-error.js';
import { writeZip } from '../../fixtures/build/zip.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { extracted } from '../report/helpers.js';

const x = (s: string) => Buffer.from(s, 'utf8');

/** The package's entries as name and bytes. */
function entriesOf(buf: Buffer): { name: string; data: Buffer }[] {
  const z = new ZipArchive(buf);
  return z.entries.map((e) => ({ name: e.name, data: z.readEntry(e) }));
}

describe('a zip entry named twice, or named otherwise by its local header', () => {
  it('two entries of one name, or of names equal but for case, are refused; directories and distinct names are not', () => {
    expect(zipError(() => new ZipArchive(writeZip([{ name: 'a.xml', data: x('1') }, { name: 'a.xml', data: x('2') }])))).toMatch(/two entries named a\.xml/);
    expect(zipError(() => new ZipArchive(writeZip([{ name: 'word/document.xml', data: x('1') }, { name: 'Word/Document.xml', data: x('2') }])))).toMatch(/two entries/);
    expect(zipError(() => new ZipArchive(writeZip([{ name: 'word/', data: x('') }, { name: 'word/', data: x('') }, { name: 'word/a.xml', data: x('1') }])))).toBeNull();
    const ok = new ZipArchive(writeZip([{ name: 'a.xml', data: x('1') }, { name: 'a.xml.bak', data: x('2') }, { name: 'b/a.xml', data: x('3') }]));
    expect(ok.text('a.xml')).toBe('1');
  });

  it('a local header naming another entry than the directory is refused when read', () => {
    const good = writeZip([{ name: 'word/document.xml', data: x('<w/>') }]);
    expect(new ZipArchive(good).text('word/document.xml')).toBe('<w/>');
    const bad = Buffer.from(good);
    const at = bad.indexOf(x('word/document.xml'));
    bad.write('word/decoy123.xml', at, 'utf8'); // the local header's name, same length
    expect(zipError(() => new ZipArchive(bad).text('word/document.xml'))).toMatch(/local header names word\/decoy123\.xml/);
  });

  it('a .docx holding a decoy document.xml beside the report is doc.corrupt, in either order and either case', async () => {
    const report = await makeDocx({ paragraphs: [{ text: '县教育局关于志愿服务工作情况的说明报告' }, { text: '一、主体责任：成立由局长任组长的领导小组。' }] });
    const decoy = await makeDocx({ paragraphs: [{ text: '县教育局关于志愿服务工作情况的说明报告' }] });
    const parts = entriesOf(report);
    const body = parts.find((p) => p.name === 'word/document.xml')!.data;
    const other = entriesOf(decoy).find((p) => p.name === 'word/document.xml')!.data;
    const rest = parts.filter((p) => p.name !== 'word/document.xml');
    for (const [first, second, name] of [
      [other, body, 'word/document.xml'],
      [body, other, 'word/document.xml'],
      [body, other, 'Word/Document.xml'],
    ] as const) {
      const pkg = writeZip([...rest, { name: 'word/document.xml', data: first }, { name, data: second }]);
      const f = await extracted(pkg, '说明报告.docx', 'zip');
      expect(f.error?.code, name).toBe('corrupt');
    }
    expect((await extracted(report, '说明报告.docx', 'zip')).error ?? null).toBeNull();
  });
});
