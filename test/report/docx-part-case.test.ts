/**
 * Office part names are case-insensitive (ECMA-376 Part 2 §9.1.1.1): a package whose
 * relationships name /Word/Document.xml while the zip stores word/document.xml (or whose styles
 * part is named in another case) opens in Word. hostile22 found it read as "not a Word document".
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDocx, partName } from '../../src/extract/docx.js';
import { ZipArchive } from '../../src/extract/zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const rels = (rs: [string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rs
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${R}${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
const body = (paras: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paras}</w:body></w:document>`;
const para = (t: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${t}</w:t></w:r></w:p>`;
const SECRET = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;

async function pack(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const texts = async (data: Buffer) => (await parseDocx(data)).paragraphs.map((p) => p.text).filter(Boolean);

describe('.docx part names in another letter case', () => {
  it('the main document named /x/main.xml is X/Main.xml (no word/document.xml to fall back on)', async () => {
    const data = await pack({
      '_rels/.rels': rels([['officeDocument', '/x/main.xml']]),
      'X/Main.xml': body(para('我局开展文明交通劝导活动十二场')),
    });
    expect(await texts(data)).toEqual(['我局开展文明交通劝导活动十二场']);
  });

  it('the package relationships stored as _RELS/.RELS are still read', async () => {
    const data = await pack({
      '_RELS/.RELS': rels([['officeDocument', 'x/main.xml']]),
      'x/main.xml': body(para('主文')),
      'word/document.xml': body(para('诱饵')),
    });
    expect(await texts(data)).toEqual(['主文']);
  });

  it('a styles part named in another case still hides its paragraphs', async () => {
    const data = await pack({
      '_rels/.rels': rels([['officeDocument', 'word/document.xml']]),
      'word/_rels/document.xml.rels': rels([['styles', '../S/styles.XML']]),
      's/Styles.xml': SECRET,
      'word/document.xml': body(para('看得见') + para('看不见', '<w:pStyle w:val="Secret"/>')),
    });
    expect(await texts(data)).toEqual(['看得见']);
  });

  it('partName: the exact name first, then the case-folded one; a name in no case is null', async () => {
    const zip = new ZipArchive(await pack({ 'word/document.xml': body(''), 'Word2/A.xml': body('') }));
    expect(partName(zip, 'word/document.xml')).toBe('word/document.xml');
    expect(partName(zip, 'WORD/DOCUMENT.XML')).toBe('word/document.xml');
    expect(partName(zip, '/word2/a.xml')).toBe('Word2/A.xml');
    expect(partName(zip, 'word/Docu%6Dent.XML')).toBe('word/document.xml');
    expect(partName(zip, 'word/document.xm')).toBeNull();
    expect(partName(zip, '../WORD/document.xml')).toBeNull();
  });
});
