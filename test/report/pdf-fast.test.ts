/**
 * The fast text path (src/extract/pdf-fast*.ts) reads office-suite PDFs without pdf.js and must
 * return exactly what the reader returns through pdf.js; everything it is not sure of goes to
 * pdf.js unchanged. Each case is read both ways (LEDGER_CHECK_PDF_FAST=0 forces pdf.js) and the
 * results compared whole; `took` says whether the fast path read it. Hostile files (built here)
 * must decline or read the same, never throw or hang.
 */
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { assemble, officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { rawPdf } from '../../fixtures/build/pdf-text-cases.js';
import iconv from 'iconv-lite';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type RawPdf } from '../../src/extract/pdf.js';
import { __readDoc, readFast } from '../../src/extract/pdf-fast.js';
import { MAX_SAVE_DEPTH } from '../../src/extract/pdf-fast-text.js';
import { readToUnicode } from '../../src/extract/pdf-fast-font.js';
import { both } from './pdf-fast-both.js';

const CJK: OfficeFont = { kind: 'simple', chars: [...'县教育局关于我们的节日工作情况说明报告一二三四五六七八九十年月日，。：、（）“”！？ ABCabc0123456789-'] };
const WIDE: OfficeFont = { kind: 'type0', chars: [...'县教育局关于志愿服务活动开展情况的说明报告第一二三批次组织名深入社区村宣传发放资料份受益群众人照片张，。：（）% 0123456789abcdefghijklmnopqrstuvwxyz'] };

/** Read both ways: the same result, and read by the fast path (or not, `expectFast` false). */
async function same(pdf: Buffer, expectFast = true): Promise<RawPdf> {
  const { fast, slow, took } = await both(pdf);
  expect(fast).toEqual(slow);
  expect(took).toBe(expectFast);
  return fast;
}

/** Why the fast path declines a file (null when it reads it). */
function why(pdf: Buffer): string | null {
  try {
    __readDoc(pdf);
    return null;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

const u16 = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex');
/** A Type0 font (F2) with a predefined CMap over descendant 9 0 R. */
const type0 = (encoding: string, extra = '') => `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [9 0 R]${extra} >>`;
/** Its descendant (9 0 R): ordering `ordering`, descriptor 7 0 R (STSong-Light, not embedded) unless given. */
const cid = (ordering: string, descriptor = '7 0 R') =>
  `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 4 >> /FontDescriptor ${descriptor} /DW 1000 /W [1 95 500 814 [250 300]] >>`;

const line = (f: OfficeFont, name: string, x: number, y: number, text: string, size = 10.5) => `q 0 0 0 rg\nBT\n${x} ${y} Td /${name} ${size} Tf${show(f, text)}Tj\nET\nQ\n`;

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

describe('the fast path reads office-suite PDFs as pdf.js does', () => {
  it('a LibreOffice-like report: one line a run, several pages, Info in UTF-16 and dates', async () => {
    const body = (p: number) =>
      [
        line(CJK, 'F1', 72.1, 707.9, '县教育局关于我们的节日工作情况说明报告'),
        line(CJK, 'F1', 72.1, 692.8, `一、工作情况：${p}月${p + 1}日`),
        line(CJK, 'F1', 429.1, 692.8, '（二）'),
        line(CJK, 'F1', 72.1, 677.7, 'ABC abc 0123-456'),
        line(CJK, 'F1', 300, 677.6, '“说明”！'),
      ].join('');
    const pdf = officePdf({
      fonts: { F1: CJK },
      pages: [{ content: body(1) }, { content: body(2) }, { content: body(3) }],
      info: '/Title <FEFF53bf655980b2> /CreationDate (D:20260630090000+08\'00\') /ModDate (D:20260701)',
    });
    const r = await same(pdf);
    expect(r.pages).toBe(3);
    expect(r.title).toBe('县教育');
    expect(r.created).toBe('2026-06-30T09:00:00+08:00');
    expect(r.pageTexts![0]).toContain('县教育局关于我们的节日工作情况说明报告');
  });

  it('a Word-like report: Type0 Identity-H with /W, TJ kerning, spacing, leading and rise', async () => {
    const f = WIDE;
    const content = [
      'BT /F2 12 Tf 1 0 0 1 72 760 Tm 14 TL',
      `[${show(f, '县教育局')} -250 ${show(f, '关于')} 120 ${show(f, '志愿服务')} -3000 ${show(f, '活动')}] TJ`,
      `T* ${show(f, '第一批次 组织 20 名')} Tj`,
      `0.5 Tc 2 Tw ${show(f, 'abc def ghi')} Tj 0 Tc 0 Tw`,
      `80 Tz ${show(f, '深入社区')} Tj 100 Tz`,
      `3 Ts ${show(f, '照片')} Tj 0 Ts`,
      `0 -14 TD ${show(f, '宣传')} Tj`,
      `${show(f, '资料')} '`,
      `1 0.2 ${show(f, '受益群众')} "`,
      `[${show(f, 'a')} -100 ${show(f, 'b')} 0 ${show(f, 'c')} 600 ${show(f, 'd')} -600 ${show(f, 'e')}] TJ`,
      'ET',
    ].join('\n');
    await same(officePdf({ fonts: { F2: f }, pages: [{ content }] }));
  });

  it('matrices, saved states, marked content, images and graphics states', async () => {
    const f = CJK;
    const im = { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', stream: Buffer.from([0x80]) };
    const content = [
      '/P <</MCID 0>> BDC q 1 0 0 1 10 20 cm BT /F1 10.5 Tf 72 700 Td',
      `${show(f, '县教育局')} Tj ET Q EMC`,
      'q 0.5 0 0 0.5 0 0 cm BT /F1 20 Tf 2 0 0 2 100 1200 Tm',
      `${show(f, '工作情况')} Tj ET Q`,
      `BT /F1 12 Tf 0 1 -1 0 300 300 Tm ${show(f, '说明报告')} Tj ET`,
      `BT /F1 12 Tf 0.7071 0.7071 -0.7071 0.7071 300 100 Tm ${show(f, '一二三')} Tj ET`,
      `BT /F1 12 Tf -1 0 0 -1 400 400 Tm ${show(f, '四五六')} Tj ET`,
      `BT /F1 12 Tf 0 -1 1 0 500 500 Tm ${show(f, '七八九')} Tj ET`,
      `q /GS1 gs /Im1 Do Q BT /F1 12 Tf 72 650 Td ${show(f, '节日')} Tj q /F1 9 Tf ${show(f, '十')} Tj Q ${show(f, '年')} Tj ET`,
      '/Artifact BMC BT /F1 8 Tf 72 40 Td (\\001\\002) Tj ET EMC',
    ].join('\n');
    await same(officePdf({ fonts: { F1: f }, pages: [{ content }], resources: '/XObject<</Im1 1000 0 R>>/ExtGState<</GS1 1001 0 R>>', objects: [im, '<</Type/ExtGState/CA 1>>'] }));
  });

  it('rotated pages, a crop box, a user unit, text off the page, several content streams', async () => {
    const f = CJK;
    const content = `BT /F1 12 Tf 72 700 Td ${show(f, '县教育局')} Tj -200 0 Td ${show(f, '关于')} Tj 0 -900 Td ${show(f, '节日')} Tj ET\nBT /F1 12 Tf 72 600 Td ${show(f, '说明报告')} Tj ET\n`;
    const pages = [0, 90, 180, 270, 450, -90].map((rotate) => ({ content, rotate }));
    await same(officePdf({ fonts: { F1: f }, pages: [...pages, { content, cropBox: '[50 500 400 800]' }, { content, mediaBox: '[595 842 0 0]' }, { content, extra: '/UserUnit 2' }, { content, splitAt: [5, 30, 31] }] }));
  });

  it('spaces, no-break spaces, ligatures, combining marks, format marks and multi-character entries', async () => {
    const f: OfficeFont = { kind: 'simple', chars: [...'ab ', '\u00a0', '\ufb01', '\u0301', '\u200b', 'ffi', '\u3000', '县', '\ufb05'] };
    const shown = show(f, ['a', ' ', 'b', '\u00a0', '\ufb01', 'a', '\u0301', 'b', '\u200b', 'ffi', '\u3000', '县', ' ', '\ufb05', '\ufb05']);
    const content = `BT /F1 12 Tf 72 700 Td ${shown} Tj ET BT /F1 12 Tf 72 680 Td (\\001\\001\\003\\003\\003\\001) Tj ET`;
    await same(officePdf({ fonts: { F1: f }, pages: [{ content }] }));
  });

  it('a code without a ToUnicode entry: read when the font has no /Encoding, declined when it has one', async () => {
    const base: OfficeFont = { kind: 'simple', chars: [...'县教育局'], unmapped: [2] };
    const content = (f: OfficeFont) => `BT /F1 12 Tf 72 700 Td ${show(f, '县教育局')} Tj ET`;
    await same(officePdf({ fonts: { F1: base }, pages: [{ content: content(base) }] }), true);
    const enc = { ...base, extra: '/Encoding/WinAnsiEncoding' };
    await same(officePdf({ fonts: { F1: enc }, pages: [{ content: content(enc) }] }), false);
  });

  it('the fixture writer: STSong-Light, not embedded, UniGB-UTF16-H through Adobe-GB1-UCS2', async () => {
    await same(makePdf({ pages: [['县教育局关于“我们的节日”工作情况的说明报告', 'ABC abc 123 县教育局 2026年6月30日'], '第二页 with  spaces   end'] }));
  });

  it('UniGB-UTF16-H: four-byte codes (U+20000), half-width CIDs, a code outside the CMap', async () => {
    const content = `BT /F1 12 Tf 72 700 Td <${u16('县𠀀教A b')}> Tj <${u16('育')}D800> Tj <FFFF${u16('局')}> Tj ET`;
    await same(rawPdf(content));
  });

  it('GBK-EUC-H: one-byte and two-byte codes', async () => {
    const gbk = iconv.encode('县教育局 ABC 工作情况（一）', 'gbk').toString('hex');
    await same(rawPdf(`BT /F2 12 Tf 72 700 Td <${gbk}> Tj ET`, type0('GBK-EUC-H'), [cid('GB1')]));
  });

  it('a predefined CMap with its own ToUnicode map (that map wins)', async () => {
    const tu = '1 beginbfrange <0000> <FFFF> <4E00> endbfrange';
    const r = await same(rawPdf(`BT /F2 12 Tf 72 700 Td <${u16('县教')}> Tj ET`, type0('UniGB-UTF16-H', ' /ToUnicode 10 0 R'), [cid('GB1'), { dict: '<< >>', stream: Buffer.from(tu) }]));
    expect(r.pageTexts![0]).not.toContain('县');
  });

  it('a compressed content stream with bytes after its end (zlib and pdf.js ignore them)', async () => {
    const content = `BT /F1 12 Tf 72 700 Td <${u16('县教育局')}> Tj ET`;
    await same(rawPdf({ dict: '<< /Filter /FlateDecode >>', stream: Buffer.concat([deflateSync(Buffer.from(content, 'latin1')), Buffer.from('garbage after the checksum')]) }));
  });

  it('pdf.js knows exactly the predefined CMaps whose files the fast path reads', () => {
    const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const worker = readFileSync(path.join(dir, 'build', 'pdf.worker.mjs'), 'utf8');
    const list = JSON.parse(/const BUILT_IN_CMAPS = (\[[^\]]*\])/.exec(worker)![1]!) as string[];
    const files = readdirSync(path.join(dir, 'cmaps')).filter((f) => f.endsWith('.bcmap')).map((f) => f.slice(0, -'.bcmap'.length));
    expect(files.sort()).toEqual(list.sort());
  });

  it('a null operand (pdf.js drops it) and operators glued together (ETQ, Tjq)', async () => {
    const content = `q BT /F1 12 Tf null 72 700 Td ${show(CJK, '县教育')}Tj null ETQ q BT /F1 12 Tf 72 680 Td${show(CJK, '局')}Tjq Q Q ET`;
    await same(officePdf({ fonts: { F1: CJK }, pages: [{ content }] }));
  });

  it('an uncompressed page and an empty one', async () => {
    await same(officePdf({ fonts: { F1: CJK }, pages: [{ content: line(CJK, 'F1', 72, 700, '县教育局') }, { content: '' }], plain: true }));
  });
});

describe('the fast path declines what it is not sure of, and pdf.js reads it as before', () => {
  const f = CJK;
  const text = `BT /F1 12 Tf 72 700 Td ${show(f, '县教育局')} Tj ET`;
  const cases: [string, () => Buffer, RegExp][] = [
    ['right-to-left text', () => {
      const h: OfficeFont = { kind: 'simple', chars: [...'\u05d0\u05d1ab'] };
      return officePdf({ fonts: { F1: h }, pages: [{ content: `BT /F1 12 Tf 72 700 Td ${show(h, 'ab\u05d0\u05d1')} Tj ET` }] });
    }, /right-to-left/],
    ['a form XObject', () => officePdf({ fonts: { F1: f }, pages: [{ content: `${text} /Fm1 Do` }], resources: '/XObject<</Fm1 1000 0 R>>', objects: [{ dict: '<</Type/XObject/Subtype/Form/BBox[0 0 100 100]>>', stream: Buffer.from(text) }] }), /form XObject/],
    ['a font set by an ExtGState', () => officePdf({ fonts: { F1: f }, pages: [{ content: `/GS1 gs ${text}` }], resources: '/ExtGState<</GS1 1000 0 R>>', objects: ['<</Type/ExtGState/Font[10 0 R 12]>>'] }), /ExtGState/],
    ['an empty font program', () => officePdf({ fonts: { F1: { ...f, emptyProgram: true } }, pages: [{ content: text }] }), /empty font program/],
    ['an odd byte count in a two-byte font', () => officePdf({ fonts: { F2: WIDE }, pages: [{ content: 'BT /F2 12 Tf 72 700 Td <00010002ff> Tj ET' }] }), /odd byte count/],
    ['an inline image', () => officePdf({ fonts: { F1: f }, pages: [{ content: `${text} BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI` }] }), /operator BI/],
    ['an unknown operator', () => officePdf({ fonts: { F1: f }, pages: [{ content: `${text} 1 2 xyz` }] }), /operator xyz/],
    ['an operand count pdf.js would repair', () => officePdf({ fonts: { F1: f }, pages: [{ content: `BT /F1 12 Tf 72 Td ${show(f, '县')} Tj ET` }] }), /operand count of Td/],
    ['a number with an exponent', () => officePdf({ fonts: { F1: f }, pages: [{ content: `BT /F1 12 Tf 72 7e2 Td ${show(f, '县')} Tj ET` }] }), /exponent/],
    ['encryption', () => makePdf({ pages: [['县教育局']], encrypt: { userPassword: '' } }), /encrypted|Type0 encoding/],
    ['a vertical predefined CMap', () => rawPdf(`BT /F2 12 Tf 72 700 Td <${u16('县教育局')}> Tj ET`, type0('UniGB-UTF16-V')), /vertical CMap/],
    ['a predefined CMap with an Identity ordering and no ToUnicode', () => rawPdf(`BT /F2 12 Tf 72 700 Td <${u16('县')}> Tj ET`, type0('UniGB-UTF16-H'), [cid('Identity')]), /CID system/],
    ['a predefined CMap, an embedded program and no ToUnicode', () => rawPdf(`BT /F2 12 Tf 72 700 Td <${u16('县')}> Tj ET`, type0('UniGB-UTF16-H'), [cid('GB1', '10 0 R'), '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 /FontFile3 11 0 R >>', { dict: '<< /Subtype /CIDFontType0C >>', stream: Buffer.from('program') }]), /embedded program without ToUnicode/],
    ['an embedded CMap stream', () => rawPdf(`BT /F2 12 Tf 72 700 Td <0001> Tj ET`, '<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding 10 0 R /DescendantFonts [9 0 R] >>', [cid('GB1'), { dict: '<< /Type /CMap >>', stream: Buffer.from('begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange endcmap') }]), /predefined CMap/],
  ];
  for (const [name, make, reason] of cases) {
    it(name, async () => {
      const pdf = make();
      expect(why(pdf)).toMatch(reason);
      await same(pdf, false);
    });
  }
});

describe('hostile files: the fast path declines within its bounds, never throws or hangs', () => {
  const f = CJK;
  const text = `BT /F1 12 Tf 72 700 Td ${show(f, '县教育局')} Tj ET`;
  const good = officePdf({ fonts: { F1: f }, pages: [{ content: text }] });
  const objs = (over: Record<number, string | { dict: string; stream: Buffer }>) => {
    const m = new Map<number, string | { dict: string; stream: Buffer }>([
      [1, '<</Type/Catalog/Pages 2 0 R>>'],
      [2, '<</Type/Pages/Kids[3 0 R]/Count 1>>'],
      [3, '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>'],
      [4, { dict: '<<>>', stream: Buffer.from('BT ET') }],
    ]);
    for (const [k, v] of Object.entries(over)) m.set(Number(k), v);
    return assemble(m);
  };
  const hostile: [string, () => Buffer | string, RegExp][] = [
    ['a /Length that refers to an object that refers to itself', () => objs({ 4: { dict: '<</Length 5 0 R>>', stream: Buffer.from('BT ET') }, 5: '5 0 R' }), /bad \/Length/],
    ['a page tree that contains itself', () => objs({ 2: '<</Type/Pages/Kids[2 0 R]/Count 1>>' }), /page tree/],
    ['a page count the tree does not hold', () => objs({ 2: '<</Type/Pages/Kids[3 0 R]/Count 2>>' }), /page (tree )?count/],
    ['a page count beyond the reading limit', () => objs({ 2: '<</Type/Pages/Kids[3 0 R]/Count 100000>>' }), /page count/],
    ['100,000 nested arrays in a content stream', () => objs({ 4: { dict: '<<>>', stream: Buffer.from(`${'['.repeat(100_000)}`) } }), /nesting/],
    ['100,000 nested dictionaries in an object', () => objs({ 3: `<</Type/Page/Parent 2 0 R/X ${'<</A '.repeat(100_000)}>>` }), /nesting/],
    ['a content stream that inflates past the stream bound', () => objs({ 4: { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.alloc(70 * 1024 * 1024)) } }), /inflate failed/],
    ['an XMP metadata stream that inflates past the stream bound', () => objs({ 1: '<</Type/Catalog/Pages 2 0 R/Metadata 5 0 R>>', 5: { dict: '<</Type/Metadata/Subtype/XML/Filter/FlateDecode>>', stream: deflateSync(Buffer.alloc(70 * 1024 * 1024)) } }), /inflate failed/],
    ['a trailer /ID that refers to a missing object', () => Buffer.from(good.toString('latin1').replace(/trailer\n<</, 'trailer\n<</ID 999 0 R'), 'latin1'), /missing or free object/],
    ['a content stream cut short', () => objs({ 4: { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from(text)).subarray(0, 12) } }), /inflate failed/],
    ['a ToUnicode range over the whole 32-bit code space', () => officePdf({ fonts: { F1: { ...f, cmap: '1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange' } }, pages: [{ content: text }] }), /bfrange too wide/],
    ['a /W range of four billion codes', () => officePdf({ fonts: { F2: { ...WIDE, wPrefix: '0 4294967295 500 ' } }, pages: [{ content: 'BT /F2 12 Tf 72 700 Td <0001> Tj ET' }] }), /width range/],
    ['a startxref past the end', () => Buffer.from(good.toString('latin1').replace(/startxref\n\d+/, 'startxref\n99999999'), 'latin1'), /bad startxref/],
    // Found by mutating office-like PDFs byte by byte and reading each both ways:
    ['a Type0 font whose CIDSystemInfo lacks /Ordering (pdf.js drops the font\'s text)', () => officePdf({ fonts: { F2: WIDE }, pages: [{ content: `BT /F2 12 Tf 72 700 Td ${show(WIDE, '县教育局')} Tj ET` }] }).toString('latin1').replace('/Ordering(Identity)', '/Orderin.(Identity)'), /CIDSystemInfo/],
    ['a token pdf.js cannot lex just after an object (.ndobj after a ToUnicode stream)', () => officePdf({ fonts: { F1: f }, pages: [{ content: text }], plain: true }).toString('latin1').replace(/(endcmap[\s\S]*?endstream\n)endobj/, '$1.ndobj'), /not a number/],
    ['a comment between startxref and its offset (pdf.js reads 0 and repairs)', () => Buffer.from(good.toString('latin1').replace(/startxref\n/, 'startxref\n%x\n'), 'latin1'), /bad startxref/],
    ['object 0 in use', () => Buffer.from(good.toString('latin1').replace('0000000000 65535 f', '0000000000 65535 n'), 'latin1'), /object 0 in use/],
    ['cross-reference offsets off by one', () => Buffer.from(good.toString('latin1').replace(/(\d{10}) 00000 n/g, (_m, o: string) => `${String(Number(o) + 1).padStart(10, '0')} 00000 n`), 'latin1'), /xref offset not at its object|bad object|not a number/],
    ['a file cut at 60%', () => good.subarray(0, Math.floor(good.length * 0.6)), /startxref/],
    ['a /Prev chain that loops', () => Buffer.from(good.toString('latin1').replace(/trailer\n<</, (m) => `${m}/Prev ${good.toString('latin1').lastIndexOf('\nxref\n') + 1}`), 'latin1'), /xref chain/],
    ['an unterminated string in a content stream', () => objs({ 4: { dict: '<<>>', stream: Buffer.from('BT (abc') } }), /unterminated string/],
    ['more than 33 operands', () => objs({ 4: { dict: '<<>>', stream: Buffer.from(`${'1 '.repeat(34)}sc`) } }), /too many operands/],
  ];
  for (const [name, make, reason] of hostile) {
    it(name, async () => {
      const made = make();
      const pdf = typeof made === 'string' ? Buffer.from(made, 'latin1') : made;
      expect(why(pdf)).toMatch(reason);
      expect(readFast(pdf)).toBeNull();
      const { fast, slow } = await both(pdf);
      expect(fast).toEqual(slow);
    });
  }

  it(`q … Q nesting: ${MAX_SAVE_DEPTH} levels read, one more declines`, async () => {
    const nest = (n: number) => officePdf({ fonts: { F1: f }, pages: [{ content: `${'q '.repeat(n)}${text}${' Q'.repeat(n)}` }] });
    expect(why(nest(MAX_SAVE_DEPTH - 1))).toBeNull();
    expect(why(nest(MAX_SAVE_DEPTH))).toBeNull();
    expect(why(nest(MAX_SAVE_DEPTH + 1))).toMatch(/save depth/);
    await same(nest(MAX_SAVE_DEPTH));
    await same(nest(MAX_SAVE_DEPTH + 1), false);
  });

  it('ToUnicode ranges: 65,536 codes read, 65,537 decline', () => {
    const cmap = (hi: string) => Buffer.from(`1 beginbfrange <000000> <${hi}> <4E00> endbfrange`, 'latin1');
    expect(readToUnicode(cmap('00FFFF')).size).toBe(0x10000);
    expect(() => readToUnicode(cmap('00FFFE'))).not.toThrow();
    expect(() => readToUnicode(cmap('010000'))).toThrow(/bfrange too wide/);
  });

  it('the same ToUnicode range written again and again stops at the bound on entries written', () => {
    const range = '<0000> <FFFF> <4E00>\n';
    expect(readToUnicode(Buffer.from(`16 beginbfrange\n${range.repeat(16)}endbfrange`, 'latin1')).size).toBe(0x10000);
    expect(() => readToUnicode(Buffer.from(`17 beginbfrange\n${range.repeat(17)}endbfrange`, 'latin1'))).toThrow(/ToUnicode too large/);
  });

  it('a ToUnicode target past U+FFFF, a carry into the next byte, and an odd-length target', () => {
    const m = readToUnicode(Buffer.from('2 beginbfchar <01> <D83DDE00> <02> <41> endbfchar 1 beginbfrange <03> <04> <00FF> endbfrange', 'latin1'));
    expect(m.get(1)).toBe('😀');
    expect(m.get(2)).toBe('A');
    expect([m.get(3), m.get(4)]).toEqual(['\u00ff', '\u0100']);
  });
});
