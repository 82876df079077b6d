/**
 * The hidden-text cut follows the package's relationships, as Word does. It read the styles from
 * word/styles.xml and cut any word/*.xml not named like styles or settings, by name; mammoth reads
 * the parts the relationships name. So a styles part called word/custom.xml (or s/styles.xml, named
 * `../s/styles.xml` from word/) hid its paragraphs in Word and not in the facts, and a body at
 * x/main.xml or word/settings.xml (word/document.xml left as a decoy) was read whole, its hidden
 * text as evidence. Targets are names inside the zip (never a file), may not climb above the
 * package, and every part read counts against the markup bounds whatever its name.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDocx, partName } from '../../src/extract/docx.js';
import { ZipArchive, ZipBombError } from '../../src/extract/zip.js';
import { extracted } from './helpers.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const rels = (rs: [string, string, string?][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rs
    .map(([type, target, mode], i) => `<Relationship Id="rId${i + 1}" Type="${R}${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`)
    .join('')}</Relationships>`;
const body = (xml: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${xml}</w:body></w:document>`;
const para = (t: string, rPr = '', pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${t}</w:t></w:r></w:p>`;
const SECRET_STYLE = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
const SHOWN = '我局成立志愿服务工作领导小组';
const HIDDEN = '全年开展志愿服务活动三十六场';

async function pack(files: Record<string, string | Buffer>, store = false): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: store ? 'STORE' : 'DEFLATE' });
}
const texts = async (data: Buffer) => (await parseDocx(data)).paragraphs.map((p) => p.text).filter(Boolean);
const styled = (p: string) => body(para(SHOWN) + para(HIDDEN, '', `<w:pStyle w:val="${p}"/>`));

describe('the .docx hidden-text cut follows the relationships', () => {
  it('a styles part with another name, or in another folder, hides its paragraphs', async () => {
    for (const [target, at] of [
      ['custom.xml', 'word/custom.xml'],
      ['../s/styles.xml', 's/styles.xml'],
      ['/s/styles.xml', 's/styles.xml'],
      ['my%20styles.xml', 'word/my styles.xml'],
    ] as const) {
      const data = await pack({
        '_rels/.rels': rels([['officeDocument', 'word/document.xml']]),
        'word/_rels/document.xml.rels': rels([['styles', target]]),
        [at]: SECRET_STYLE,
        'word/document.xml': styled('Secret'),
      });
      expect(await texts(data), target).toEqual([SHOWN]);
      expect((await parseDocx(data)).hidden).toEqual({ chars: HIDDEN.length, how: ['style'] });
    }
  });

  it('a body the package names elsewhere (word/document.xml a decoy) is the one cut and counted', async () => {
    for (const main of ['x/main.xml', 'word/settings.xml', 'word/styles.xml', 'x/../main.xml']) {
      const data = await pack({
        '_rels/.rels': rels([['officeDocument', main]]),
        [main.replace('x/../', '')]: body(para(SHOWN) + para(HIDDEN, '<w:vanish/>') + '<w:p><w:r><w:drawing></w:drawing></w:r></w:p>'),
        'word/document.xml': body(para('诱饵')),
      });
      const r = await parseDocx(data);
      expect(r.paragraphs.map((p) => p.text).filter(Boolean), main).toEqual([SHOWN]);
      expect(r.hidden).toEqual({ chars: HIDDEN.length, how: ['vanish'] });
      // Pictures are counted in the body read, not the decoy.
      expect(r.images).toBe(1);
    }
    // The extractor's facts and finding say it too.
    const f = await extracted(
      await pack({ '_rels/.rels': rels([['officeDocument', 'x/main.xml']]), 'x/main.xml': body(para(SHOWN) + para(HIDDEN, '<w:vanish/>')), 'word/document.xml': body(para('诱饵')) }),
      '说明报告.docx',
      'docx',
    );
    expect(f.facts.type === 'document' && f.facts.text).toBe(SHOWN);
    expect(f.facts.type === 'document' && f.facts.hiddenText).toEqual({ chars: HIDDEN.length, how: ['vanish'] });
  });

  it('the styles of the body’s own relationships apply to a body elsewhere', async () => {
    const data = await pack({
      '_rels/.rels': rels([['officeDocument', 'x/main.xml']]),
      'x/_rels/main.xml.rels': rels([['styles', 'st.xml']]),
      'x/st.xml': SECRET_STYLE,
      'x/main.xml': styled('Secret'),
      'word/document.xml': body(para('诱饵')),
    });
    expect(await texts(data)).toEqual([SHOWN]);
  });

  it('targets outside the package, climbing above its root, or external are no part: the standard names are read', async () => {
    const data = await pack({
      '_rels/.rels': rels([['officeDocument', '../../../../etc/passwd'], ['officeDocument', 'file:///etc/passwd', 'External']]),
      'word/_rels/document.xml.rels': rels([['styles', '../../../styles.xml'], ['styles', 'C:\\Windows\\win.ini', 'External']]),
      'word/styles.xml': SECRET_STYLE,
      'word/document.xml': styled('Secret'),
    });
    expect(await texts(data)).toEqual([SHOWN]);
    const zip = new ZipArchive(data);
    expect(partName(zip, '../word/document.xml')).toBeNull();
    expect(partName(zip, 'word/../../word/document.xml')).toBeNull();
    expect(partName(zip, 'word/./../word/document.xml')).toBe('word/document.xml');
    expect(partName(zip, 'word/%E0%A4%A.xml')).toBeNull();
  });

  it('a relationships loop (each part naming the other) reads once and ends', async () => {
    const data = await pack({
      '_rels/.rels': rels([['officeDocument', 'word/document.xml'], ['officeDocument', '_rels/.rels']]),
      'word/_rels/document.xml.rels': rels([['styles', 'document.xml'], ['footnotes', '_rels/document.xml.rels']]),
      'word/document.xml': body(para(SHOWN) + para(HIDDEN, '<w:vanish/>')),
    });
    expect(await texts(data)).toEqual([SHOWN]);
  });

  it('a body part not named .xml counts against the markup bounds (4 MB a part): refused, not parsed', async () => {
    const big = body(para(SHOWN).repeat(200_000));
    expect(big.length).toBeGreaterThan(4 << 20);
    // Stored, not deflated: no expansion ratio to refuse it by.
    const data = await pack({ '_rels/.rels': rels([['officeDocument', 'x/main.bin']]), 'x/main.bin': big, 'word/document.xml': body(para('诱饵')) }, true);
    await expect(parseDocx(data)).rejects.toBeInstanceOf(ZipBombError);
    const f = await extracted(data, '说明报告.docx', 'docx');
    expect(f.error).toMatchObject({ code: 'zip-bomb' });
  });

  it('a package whose main document is named but missing, and no word/document.xml, is not a Word document', async () => {
    const data = await pack({ '_rels/.rels': rels([['officeDocument', 'word/nothing.xml']]), 'word/other.xml': body(para(SHOWN)) });
    await expect(parseDocx(data)).rejects.toThrow(/not a Word document/);
  });
});
