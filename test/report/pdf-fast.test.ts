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
import { parsePdf, type RawPdf } from '../../src/extract/pdf.js';
import { __readDoc, readFast } from '../../src/extract/pdf-fast.js';
import { MAX_SAVE_DEPTH } from '../../src/extract/pdf-fast-text.js';
import { readToUnicode } from '../../src/extract/pdf-fast-font.js';

const CJK: OfficeFont = { kind: 'simple', chars: [...'县教育局关于我们的节日工作情况说明报告一二三四五六七八九十年月日，。：、（）“”！？ ABCabc0123456789-'] };
const WIDE: OfficeFont = { kind: 'type0', chars: [...'县教育局关于志愿服务活动开展情况的说明报告第一二三批次组织名深入社区村宣传发放资料份受益群众人照片张，。：（）% 0123456789abcdefghijklmnopqrstuvwxyz'] };

async function both(pdf: Buffer): Promise<{ fast: RawPdf; slow: RawPdf; took: boolean }> {
  process.env.LEDGER_CHECK_PDF_FAST = '0';
  const slow = await parsePdf(pdf);
  delete process.env.LEDGER_CHECK_PDF_FAST;
  const fast = await parsePdf(pdf);
  return { fast, slow, took: readFast(pdf) !== null };
}

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
    ['a predefined CMap without ToUnicode (the fixture writer)', () => makePdf({ pages: [['县教育局']] }), /Type0 encoding other than Identity-H/],
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
  const hostile: [string, () => Buffer, RegExp][] = [
    ['a /Length that refers to an object that refers to itself', () => objs({ 4: { dict: '<</Length 5 0 R>>', stream: Buffer.from('BT ET') }, 5: '5 0 R' }), /bad \/Length/],
    ['a page tree that contains itself', () => objs({ 2: '<</Type/Pages/Kids[2 0 R]/Count 1>>' }), /page tree/],
    ['a page count the tree does not hold', () => objs({ 2: '<</Type/Pages/Kids[3 0 R]/Count 2>>' }), /page (tree )?count/],
    ['a page count beyond the reading limit', () => objs({ 2: '<</Type/Pages/Kids[3 0 R]/Count 100000>>' }), /page count/],
    ['100,000 nested arrays in a content stream', () => objs({ 4: { dict: '<<>>', stream: Buffer.from(`${'['.repeat(100_000)}`) } }), /nesting/],
    ['100,000 nested dictionaries in an object', () => objs({ 3: `<</Type/Page/Parent 2 0 R/X ${'<</A '.repeat(100_000)}>>` }), /nesting/],
    ['a content stream that inflates past the stream bound', () => objs({ 4: { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.alloc(70 * 1024 * 1024)) } }), /inflate failed/],
    ['a content stream cut short', () => objs({ 4: { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from(text)).subarray(0, 12) } }), /inflate failed/],
    ['a ToUnicode range over the whole 32-bit code space', () => officePdf({ fonts: { F1: { ...f, cmap: '1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange' } }, pages: [{ content: text }] }), /bfrange too wide/],
    ['a /W range of four billion codes', () => officePdf({ fonts: { F2: { ...WIDE, wPrefix: '0 4294967295 500 ' } }, pages: [{ content: 'BT /F2 12 Tf 72 700 Td <0001> Tj ET' }] }), /width range/],
    ['a startxref past the end', () => Buffer.from(good.toString('latin1').replace(/startxref\n\d+/, 'startxref\n99999999'), 'latin1'), /bad startxref/],
    ['cross-reference offsets off by one', () => Buffer.from(good.toString('latin1').replace(/(\d{10}) 00000 n/g, (_m, o: string) => `${String(Number(o) + 1).padStart(10, '0')} 00000 n`), 'latin1'), /xref offset not at its object|bad object|not a number/],
    ['a file cut at 60%', () => good.subarray(0, Math.floor(good.length * 0.6)), /startxref/],
    ['a /Prev chain that loops', () => Buffer.from(good.toString('latin1').replace(/trailer\n<</, (m) => `${m}/Prev ${good.toString('latin1').lastIndexOf('\nxref\n') + 1}`), 'latin1'), /xref chain/],
    ['an unterminated string in a content stream', () => objs({ 4: { dict: '<<>>', stream: Buffer.from('BT (abc') } }), /unterminated string/],
    ['more than 33 operands', () => objs({ 4: { dict: '<<>>', stream: Buffer.from(`${'1 '.repeat(34)}sc`) } }), /too many operands/],
  ];
  for (const [name, make, reason] of hostile) {
    it(name, async () => {
      const pdf = make();
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

  it('a ToUnicode target past U+FFFF, a carry into the next byte, and an odd-length target', () => {
    const m = readToUnicode(Buffer.from('2 beginbfchar <01> <D83DDE00> <02> <41> endbfchar 1 beginbfrange <03> <04> <00FF> endbfrange', 'latin1'));
    expect(m.get(1)).toBe('😀');
    expect(m.get(2)).toBe('A');
    expect([m.get(3), m.get(4)]).toEqual(['\u00ff', '\u0100']);
  });
});
