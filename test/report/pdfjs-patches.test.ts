/**
 * Three of the text worker's changes to pdf.js (src/extract/pdfjs-text-worker.ts) tested on their own:
 * FlateDecode streams inflated by zlib (`native-inflate`), with pdf.js's own decoder for every
 * stream zlib refuses, and the ToUnicode map derived from a predefined CJK CMap, shared by every
 * font of the thread until one amends it (`tounicode-copy-on-amend`), and the AES-256 revision 6
 * password hash by node:crypto (`native-pdf20-hash`). Parsing runs on this thread
 * (vitest imports the sources), so the shared maps and zlib are this thread's.
 */
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { aes256Pdf } from '../../fixtures/build/pdf-aes256.js';
import { rawPdf } from '../../fixtures/build/pdf-text-cases.js';
import { parsePdf } from '../../src/extract/pdf.js';

const hex = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex');
const line = (y: number, s: string) => `BT /F1 12 Tf 72 ${y} Td <${hex(s)}> Tj ET`;
const content = [line(700, '县教育局关于我们的节日工作情况的说明报告'), line(680, '一、活动开展情况'), line(660, '二、存在问题及整改措施')].join('\n');
const flate = (bytes: Buffer) => rawPdf({ dict: '<< /Filter /FlateDecode >>', stream: bytes });

afterEach(() => vi.restoreAllMocks());
// These are pdf.js's patches: every document here goes to pdf.js (the fast text path, pdf-fast.ts,
// would read most of them itself).
beforeAll(() => {
  process.env.LEDGER_CHECK_PDF_FAST = '0';
});
afterAll(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

/** The same PDF read with zlib refusing every stream: what pdf.js's own decoder gives. */
async function withoutZlib(pdf: Buffer) {
  const spy = vi.spyOn(zlib, 'inflateRawSync').mockImplementation(() => {
    throw new Error('refused by the test');
  });
  const r = await parsePdf(pdf);
  expect(spy).toHaveBeenCalled();
  spy.mockRestore();
  return r;
}

describe('native-inflate: FlateDecode streams through zlib', () => {
  it('reads a compressed content stream with zlib, to the same text as the uncompressed stream', async () => {
    const spy = vi.spyOn(zlib, 'inflateRawSync');
    const r = await parsePdf(flate(zlib.deflateSync(Buffer.from(content, 'latin1'))));
    expect(spy).toHaveBeenCalled();
    expect(spy.mock.results.some((x) => x.type === 'return')).toBe(true);
    expect(r.error).toBeNull();
    expect(r.pageTexts).toEqual((await parsePdf(rawPdf(content))).pageTexts);
    expect(r.pageTexts![0]).toContain('二、存在问题及整改措施');
  });

  it('gives what pdf.js decoded before for a stream zlib refuses (cut short, damaged, bad block), partial text included', async () => {
    const whole = zlib.deflateSync(Buffer.from(content, 'latin1'), { level: 0 });
    const damaged = Buffer.from(whole);
    damaged[2] = 0x06; // block type 3: an error to zlib and to pdf.js
    const cases = [whole.subarray(0, Math.floor(whole.length * 0.6)), damaged];
    for (const bytes of cases) {
      const spy = vi.spyOn(zlib, 'inflateRawSync');
      const got = await parsePdf(flate(bytes));
      expect(spy.mock.results.every((x) => x.type === 'throw')).toBe(true); // zlib refused …
      spy.mockRestore();
      expect(got).toEqual(await withoutZlib(flate(bytes))); // … and pdf.js's own decoder read it
    }
    // A stream cut short still yields the text before the cut (pdf.js's decoder read it from its start).
    expect((await parsePdf(flate(cases[0]!))).pageTexts![0]).toContain('县教育局关于我们的节日工作情况的说明报告');
  });

  it('reads a stream that inflates past the bound (a decompression bomb) as empty, never inflating it whole', async () => {
    const { NATIVE_INFLATE_MAX_BYTES } = await import('../../src/extract/pdfjs-text-worker.js');
    const fill = (n: number) => Buffer.concat([Buffer.from(`${content}\n`, 'latin1'), Buffer.alloc(n, 0x20)]);
    // Just inside the bound: read by zlib, text kept.
    const inside = fill(NATIVE_INFLATE_MAX_BYTES - content.length - 1);
    expect((await parsePdf(flate(zlib.deflateSync(inside)))).pageTexts![0]).toContain('二、存在问题及整改措施');
    // Just outside: zlib stops at the bound and the stream is empty (pdf.js's decoder is not asked).
    const spy = vi.spyOn(zlib, 'inflateRawSync');
    const r = await parsePdf(flate(zlib.deflateSync(fill(NATIVE_INFLATE_MAX_BYTES - content.length))));
    expect(spy.mock.results.some((x) => x.type === 'throw' && (x.value as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')).toBe(true);
    expect(r.pageTexts?.[0] ?? '').not.toContain('县教育局');
  });

  it('ignores bytes after the end of the compressed data, as pdf.js does', async () => {
    const pdf = flate(Buffer.concat([zlib.deflateSync(Buffer.from(content, 'latin1')), Buffer.from('garbage after the checksum')]));
    const r = await parsePdf(pdf);
    expect(r.pageTexts![0]).toContain('一、活动开展情况');
    expect(r).toEqual(await withoutZlib(pdf));
  });
});

describe('tounicode-copy-on-amend: a derived CJK ToUnicode map is shared until a font amends it', () => {
  // F2: a CID font over UniGB-UTF16-H with an embedded Type1 program (pdf.js's FoxitSymbol) and
  // no ToUnicode map: pdf.js amends the map it derives from the CMap with the program's own
  // encoding (code 0xB7 → '•', 0xA4 → '⁄'). F1: STSong-Light over the same CMap, not embedded: its
  // map is the derived one (0xB7 → '·', 0xA4 → '¤'), the same shared array before the amendment.
  const program = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts', 'FoxitSymbol.pfb'));
  const plain = `BT /F1 12 Tf 72 650 Td <${hex('·¤县')}> Tj ET`;
  const amending = rawPdf(`BT /F2 12 Tf 72 700 Td <${hex('abc')}> Tj ET\n${plain}`, '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Symbolish /Encoding /UniGB-UTF16-H /DescendantFonts [9 0 R] >>', [
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /ABCDEF+Symbolish /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 10 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /ABCDEF+Symbolish /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile 11 0 R >>',
    { dict: '<< >>', stream: program },
  ]);

  it("an amending font does not change another font's map, in its document or in later ones", async () => {
    const before = await parsePdf(rawPdf(plain));
    expect(before.pageTexts).toEqual(['·¤县']);
    const both = await parsePdf(amending);
    expect(both.pageTexts![0]!.split('\n')[1]).toBe('·¤县');
    expect((await parsePdf(rawPdf(plain))).pageTexts).toEqual(['·¤县']);
    // The amending font itself is read as before, whether or not the map was shared first.
    expect((await parsePdf(amending)).pageTexts).toEqual(both.pageTexts);
  });
});

describe('native-pdf20-hash: the AES-256 (revision 6) password hash by node:crypto', () => {
  /** The same PDF read with node:crypto's AES refused: pdf.js's own JavaScript hash. */
  async function withoutNativeHash(pdf: Buffer) {
    const spy = vi.spyOn(crypto, 'createCipheriv').mockImplementation(() => {
      throw new Error('refused by the test');
    });
    const r = await parsePdf(pdf);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    return r;
  }

  it('opens a file with an empty user password to the same text, title and flags as pdf.js’s own hash', async () => {
    const pdf = aes256Pdf(content, { userPassword: '', ownerPassword: 'owner-secret', title: '县教育局说明报告' });
    const spy = vi.spyOn(crypto, 'createCipheriv');
    const r = await parsePdf(pdf);
    expect(spy.mock.results.filter((x) => x.type === 'return').length).toBeGreaterThanOrEqual(64); // every round by node:crypto
    spy.mockRestore();
    expect(r.error).toBeNull();
    expect(r.encrypted).toBe(true);
    expect(r.title).toBe('县教育局说明报告');
    expect(r.pageTexts![0]).toContain('二、存在问题及整改措施');
    expect(r).toEqual(await withoutNativeHash(pdf));
  });

  it('refuses a file that needs a user password, as pdf.js’s own hash does', async () => {
    const pdf = aes256Pdf(content, { userPassword: 'user-secret', ownerPassword: 'owner-secret' });
    const r = await parsePdf(pdf);
    expect(r.error?.code).toBe('encrypted');
    expect(r.pageTexts).toBeNull();
    expect(r).toEqual(await withoutNativeHash(pdf));
  });
});

describe('font-program: a non-embedded standard 14 font', () => {
  it('takes its text from the encoding and its differences, as when pdf.js converted its substitute font file', async () => {
    const times = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /Euro 150 /endash 151 /fi] >> >>';
    const pdf = rawPdf('BT /F2 12 Tf 72 700 Td (Caf\\351 \\200 12 \\226 15 \\227 ve) Tj ET\nBT /F2 10 Tf 72 680 Td (second line) Tj ET', times);
    const r = await parsePdf(pdf);
    expect(r.error).toBeNull();
    // Byte for byte what the reader gave while the substitute font was still converted (session 7).
    expect(r.pageTexts).toEqual(['Café € 12 – 15 fi ve\nsecond line']);
  });
});
