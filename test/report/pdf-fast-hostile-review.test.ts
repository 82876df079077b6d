/**
 * An adversarial review of the fast text path (src/extract/pdf-fast*.ts): files built to make it
 * read something pdf.js does not (it must then decline) or to make it run unbounded. Each case is
 * read both ways (LEDGER_CHECK_PDF_FAST=0 forces pdf.js) and the whole results compared.
 */
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { assemble, officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { both, why } from './pdf-fast-both.js';

const F: OfficeFont = { kind: 'simple', chars: [...'ABC abc'] };
const W: OfficeFont = { kind: 'type0', chars: [...'县教育局关于志愿服务 ，。abcABC\u3000\u0301\ufb00\u00a0'] };
const TEXT = `BT /F1 12 Tf 72 700 Td ${show(F, 'ABC abc')} Tj ET`;

/** Replace `from` (once) in a built PDF, shifting every later xref offset and startxref. */
function replaceShift(pdf: Buffer, from: string, to: string): Buffer {
  const s = pdf.toString('latin1');
  const at = s.indexOf(from);
  expect(at).toBeGreaterThan(0);
  const delta = to.length - from.length;
  const out = s.slice(0, at) + to + s.slice(at + from.length);
  const x = out.lastIndexOf('\nxref\n') + 1;
  const table = out
    .slice(x)
    .replace(/^(\d{10}) (\d{5}) n/gm, (m, o: string, g: string) => (Number(o) > at ? `${String(Number(o) + delta).padStart(10, '0')} ${g} n` : m))
    .replace(/startxref\n(\d+)/, (_m, n: string) => `startxref\n${Number(n) + delta}`);
  return Buffer.from(out.slice(0, x) + table, 'latin1');
}

/** The office-like PDF with its (only) content stream replaced by `dict` + `body` (plain objects kept). */
function withContent(dict: string, body: Buffer): Buffer {
  const src = officePdf({ fonts: { F1: F }, pages: [{ content: 'q Q' }], plain: true }).toString('latin1');
  const objs = new Map<number, string | { dict: string; stream: Buffer }>();
  for (const m of src.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj\n/g)) {
    const b = m[2]!;
    const si = b.indexOf('\nstream\n');
    if (si < 0) objs.set(Number(m[1]), b);
    else objs.set(Number(m[1]), { dict: b.slice(0, si).replace(/\/Length \d+/, ''), stream: Buffer.from(b.slice(si + 8, b.lastIndexOf('\nendstream')), 'latin1') });
  }
  objs.set(Math.max(...objs.keys()), { dict, stream: body });
  return assemble(objs);
}

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

describe('fast path review: what pdf.js reads on opening', () => {
  /** A second catalog (1000…1003, text 'cba CBA') that only a hidden first-page trailer names. */
  const hiddenRoot = (key: string, pad: string): Buffer => {
    const base = officePdf({
      fonts: { F1: F },
      pages: [{ content: TEXT }],
      objects: [
        '<</Type/Catalog/Pages 1001 0 R>>',
        '<</Type/Pages/Kids[1002 0 R]/Count 1>>',
        '<</Type/Page/Parent 1001 0 R/Resources<</Font<</F1 10 0 R>>>>/MediaBox[0 0 595 842]/Contents 1003 0 R>>',
        { dict: '<<>>', stream: Buffer.from(`BT /F1 12 Tf 72 700 Td ${show(F, 'cba CBA')} Tj ET`, 'latin1') },
      ],
    });
    let p = replaceShift(base, '<</Type/Catalog/Pages 2 0 R>>', `<</Type/Catalog/Pages 2 0 R${pad}/${key} 1/L LLLLLLLLLL/H[1 1]/O 5/E 1/N 1/T 1>>`);
    p = replaceShift(p, 'endobj\n2 0 obj', 'endobj\nxref\ntrailer\n<</Size 2000/Root 1000 0 R/Prev PPPPPPPPPP>>\n2 0 obj');
    let t = p.toString('latin1');
    t = t.replace('PPPPPPPPPP', /startxref\n(\d+)/.exec(t)![1]!.padStart(10, '0'));
    t = t.replace('LLLLLLLLLL', String(t.length).padStart(10, '0'));
    return Buffer.from(t, 'latin1');
  };

  it('a linearization dictionary hidden from a text search (#-escaped name, past 1 KB) declines', async () => {
    for (const pdf of [hiddenRoot('Lin#65arized', ''), hiddenRoot('Linearized', `%${'x'.repeat(1100)}\n`)]) {
      expect(why(pdf)).toBe('linearization dictionary');
      const { fast, slow, took } = await both(pdf);
      expect(took).toBe(false);
      expect(fast).toEqual(slow);
    }
    // pdf.js follows the hidden trailer: another catalog, another text.
    const { slow } = await both(hiddenRoot('Lin#65arized', ''));
    expect(slow.pageTexts).toEqual(['cba CBA']);
    // Not linearized (Linearized is not a key of the first object): read fast, the same.
    const plain = hiddenRoot('NotLinearized', '');
    const r = await both(plain);
    expect(r.took).toBe(true);
    expect(r.fast).toEqual(r.slow);
  });

  it("a stream's /F is read before /Filter, as pdf.js reads it", async () => {
    const z = deflateSync(Buffer.from(TEXT, 'latin1'));
    for (const dict of ['<</Filter/FlateDecode/F(ext.txt)>>', '<</Filter[/FlateDecode]/F null>>']) {
      const pdf = withContent(dict, z);
      expect(why(pdf)).not.toBeNull();
      const { fast, slow } = await both(pdf);
      expect(fast).toEqual(slow);
      expect(slow.pageTexts).toEqual(['']);
    }
    // /F alone, or naming the same filter: read fast, the same text.
    for (const dict of ['<</F/FlateDecode>>', '<</Filter/FlateDecode/F/FlateDecode>>']) {
      const { fast, slow, took } = await both(withContent(dict, z));
      expect(took).toBe(true);
      expect(fast).toEqual(slow);
      expect(fast.pageTexts).toEqual(['ABC abc']);
    }
  });

  it('the first object at xref offset 0 (a comment-led header before it) reads as pdf.js reads it', async () => {
    const s = officePdf({ fonts: { F1: F }, pages: [{ content: TEXT }] }).toString('latin1');
    const pdf = Buffer.from(s.replace(/(xref\n0 \d+\n0000000000 65535 f \n)\d{10}( 00000 n)/, '$10000000000$2'), 'latin1');
    const { fast, slow } = await both(pdf);
    expect(fast).toEqual(slow);
  });

  it('an incremental update replacing the page content reads the newest, as pdf.js does', async () => {
    const base = officePdf({ fonts: { F1: F }, pages: [{ content: TEXT }], plain: true });
    const s = base.toString('latin1');
    const contentNum = Math.max(...[...s.matchAll(/(\d+) 0 obj/g)].map((m) => Number(m[1])));
    const prev = /startxref\n(\d+)/.exec(s)![1]!;
    const body = `BT /F1 12 Tf 72 700 Td ${show(F, 'cab')} Tj ET`;
    const obj = `${contentNum} 0 obj\n<</Length ${body.length}>>\nstream\n${body}\nendstream\nendobj\n`;
    const at = base.length;
    const xref = at + obj.length;
    const update = `${obj}xref\n${contentNum} 1\n${String(at).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${contentNum + 1}/Root 1 0 R/Prev ${prev}>>\nstartxref\n${xref}\n%%EOF\n`;
    const pdf = Buffer.concat([base, Buffer.from(update, 'latin1')]);
    const { fast, slow, took } = await both(pdf);
    expect(took).toBe(true);
    expect(fast).toEqual(slow);
    expect(fast.pageTexts).toEqual(['cab']);
  });
});

describe('fast path review: random office-like pages read the same both ways', () => {
  it('120 pages of random text operators (seeded): every page read fast equals pdf.js', async () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
    const fonts: Record<string, OfficeFont> = { F1: F, F2: W };
    const text = (f: OfficeFont): string => Array.from({ length: Math.floor(rnd() * 7) }, () => pick(f.chars)).join('');
    const num = (): string => pick(['0', '1', '-1', '0.5', '12', '10.5', '-3.2', '100', '0.001', '0.0000001', '1000', '72.1', '-0.25']);
    const content = (): string => {
      let cur = 'F1';
      const ops: string[] = ['BT /F1 10.5 Tf'];
      for (let i = 0; i < 30; i++) {
        const r = rnd();
        // Render modes that show the text (3 and 7, invisible, decline: pdf-hidden.test.ts), and
        // sizes that can be seen (0 or 1 pt and less decline: pdf-tiny.test.ts).
        if (r < 0.08) ops.push(pick(['BT', 'ET', 'q', 'Q', 'T*', '2 Tr', '0 Tr', '/P <</MCID 0>> BDC', 'EMC']));
        else if (r < 0.16) ops.push(`/${(cur = pick(['F1', 'F2']))} ${pick(['10.5', '12', '6', '-8', '24'])} Tf`);
        else if (r < 0.26) ops.push(`${num()} ${num()} ${pick(['Td', 'TD'])}`);
        else if (r < 0.32) ops.push(`${pick(['1', '0', '-1', '2'])} ${pick(['0', '1', '-0.3'])} ${pick(['0', '-1', '0.3'])} ${pick(['1', '0', '-1'])} ${Math.floor(rnd() * 600)} ${Math.floor(rnd() * 840)} Tm`);
        else if (r < 0.4) ops.push(`${num()} ${pick(['Tc', 'Tw', 'TL', 'Ts'])}`);
        else if (r < 0.43) ops.push(`${pick(['100', '50', '0', '-100'])} Tz`);
        else if (r < 0.46) ops.push(`${pick(['1', '0.5', '-1'])} 0 0 ${pick(['1', '-1', '2'])} ${Math.floor(rnd() * 200)} 0 cm`);
        else if (r < 0.7) ops.push(`${show(fonts[cur]!, text(fonts[cur]!))} ${pick(['Tj', "'"])}`);
        else {
          const parts = Array.from({ length: Math.floor(rnd() * 5) }, () => (rnd() < 0.5 ? show(fonts[cur]!, text(fonts[cur]!)) : pick(['-250', '250', '-1000', '120', '3000'])));
          ops.push(`[${parts.join(' ')}] TJ`);
        }
      }
      return ops.join(pick(['\n', ' ']));
    };
    let read = 0;
    for (let t = 0; t < 40; t++) {
      const pages = [0, 1, 2].map(() => ({ content: content(), rotate: pick([0, 90, 180, 270, -90, 45]), mediaBox: pick(['[0 0 595.3 841.9]', '[595 842 0 0]', '[-100 -100 500 700]']) }));
      const { fast, slow, took } = await both(officePdf({ fonts, pages }));
      expect(fast).toEqual(slow);
      if (took) read++;
    }
    // Most are read fast (the comparison is not vacuous).
    expect(read).toBeGreaterThan(30);
  });
});

describe('fast path review: bounds over a whole document', () => {
  /** One page setting `n` Type0 fonts in turn; each font's ToUnicode maps <0000>…<FFFF> in one line (shared: one stream). */
  const manyFonts = (n: number, shared: boolean): Buffer => {
    const objs = new Map<number, string | { dict: string; stream: Buffer }>();
    const cmap = '/CIDInit/ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <4E00> endbfrange endcmap end end';
    objs.set(6, { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from('x'.repeat(100))) });
    objs.set(7, '<</Type/FontDescriptor/FontName/AAAAAA+X/Flags 4/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 700/StemV 80/FontFile2 6 0 R>>');
    objs.set(8, '<</Type/Font/Subtype/CIDFontType2/BaseFont/AAAAAA+X/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor 7 0 R/DW 1000>>');
    const names: string[] = [];
    let content = 'BT 72 700 Td ';
    for (let i = 0; i < n; i++) {
      const tu = shared ? 5 : 10_000 + i;
      objs.set(tu, { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from(cmap)) });
      objs.set(100 + i, `<</Type/Font/Subtype/Type0/BaseFont/AAAAAA+X/Encoding/Identity-H/DescendantFonts[8 0 R]/ToUnicode ${tu} 0 R>>`);
      names.push(`/F${i} ${100 + i} 0 R`);
      content += `/F${i} 12 Tf <0041> Tj `;
    }
    objs.set(3, { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from(`${content}ET`)) });
    objs.set(4, `<</Type/Page/Parent 2 0 R/Resources<</Font<<${names.join('')}>>>>/MediaBox[0 0 595 842]/Contents 3 0 R>>`);
    objs.set(2, '<</Type/Pages/Kids[4 0 R]/Count 1>>');
    objs.set(1, '<</Type/Catalog/Pages 2 0 R>>');
    return assemble(objs);
  };

  it('ToUnicode maps are bounded per document, not per font (a shared map is read once)', async () => {
    // 17 maps of 65,536 entries: past 2^20 together (was: 300 such fonts, 51 s and 1.7 GB).
    const distinct = manyFonts(17, false);
    expect(why(distinct)).toBe('ToUnicode maps too large together');
    const a = await both(distinct);
    expect(a.fast).toEqual(a.slow);
    // 16 maps: inside the bound, read fast.
    expect(why(manyFonts(16, false))).toBeNull();
    // 300 fonts sharing one map: read once, read fast, the same text as pdf.js.
    const b = await both(manyFonts(300, true));
    expect(b.took).toBe(true);
    expect(b.fast).toEqual(b.slow);
    expect(b.fast.pageTexts[0]).toContain('乁乁乁');
  });

  /** `pages` pages sharing one content stream that shows 100,000 spaces (a simple font). */
  const sharedSpaces = (pages: number): Buffer => {
    const objs = new Map<number, string | { dict: string; stream: Buffer }>();
    objs.set(5, { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from('1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <20> <0020> endbfchar endcmap')) });
    objs.set(6, { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from('x'.repeat(100))) });
    objs.set(7, '<</Type/FontDescriptor/FontName/AAAAAA+X/Flags 4/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 700/StemV 80/FontFile2 6 0 R>>');
    objs.set(8, '<</Type/Font/Subtype/TrueType/BaseFont/AAAAAA+X/FirstChar 32/LastChar 32/Widths[250]/FontDescriptor 7 0 R/ToUnicode 5 0 R>>');
    objs.set(3, { dict: '<</Filter/FlateDecode>>', stream: deflateSync(Buffer.from(`BT /F1 1 Tf 0 0 Td [${`<${'20'.repeat(20)}>`.repeat(5000)}] TJ ET`)) });
    const kids: string[] = [];
    for (let p = 0; p < pages; p++) {
      objs.set(100 + p, '<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 8 0 R>>>>/MediaBox[0 0 595 842]/Contents 3 0 R>>');
      kids.push(`${100 + p} 0 R`);
    }
    objs.set(2, `<</Type/Pages/Kids[${kids.join(' ')}]/Count ${pages}>>`);
    objs.set(1, '<</Type/Catalog/Pages 2 0 R>>');
    return assemble(objs);
  };

  it('glyphs are bounded per document, not only per page (pages sharing one content stream)', () => {
    // A 9 KB file: 40 × 100,000 glyphs is on the bound, 41 past it (was: only decoded bytes, 190 s).
    expect(why(sharedSpaces(40))).toBeNull();
    expect(why(sharedSpaces(41))).toBe('too many glyphs in the document');
  }, 120_000);
});
