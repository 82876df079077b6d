/**
 * The predefined CMaps a document's fonts name, and the ToUnicode maps built from them, are shared
 * by the whole thread (src/extract/pdf-fast-cmap.ts) but count against the document's ToUnicode
 * bound (MAX_DOC_TOUNICODE_ENTRIES, pdf-fast-font.ts) once per document: a file naming every
 * predefined CMap made the thread build and hold ~5 million entries.
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../fixtures/build/pdf-office.js';
import { MAX_CACHED_CMAP_ENTRIES, builtInCMap, cachedCMapEntries, predefinedToUnicode } from '../../src/extract/pdf-fast-cmap.js';
import { MAX_DOC_TOUNICODE_ENTRIES } from '../../src/extract/pdf-fast-font.js';
import { both, why } from './pdf-fast-both.js';

/** Horizontal predefined CMaps that map codes to CIDs, with their character collection. */
const CMAPS: [string, string][] = [
  ['UniGB-UTF16-H', 'GB1'], ['UniGB-UTF8-H', 'GB1'], ['UniGB-UTF32-H', 'GB1'], ['UniGB-UCS2-H', 'GB1'], ['GBK-EUC-H', 'GB1'], ['GBK2K-H', 'GB1'], ['GBKp-EUC-H', 'GB1'],
  ['UniCNS-UTF16-H', 'CNS1'], ['UniCNS-UTF8-H', 'CNS1'], ['UniCNS-UTF32-H', 'CNS1'], ['UniCNS-UCS2-H', 'CNS1'], ['ETHK-B5-H', 'CNS1'], ['HKscs-B5-H', 'CNS1'],
  ['UniJIS-UTF16-H', 'Japan1'], ['UniJIS-UTF8-H', 'Japan1'], ['UniJIS-UTF32-H', 'Japan1'],
  ['UniKS-UTF16-H', 'Korea1'], ['UniKS-UTF8-H', 'Korea1'], ['UniKS-UTF32-H', 'Korea1'], ['KSCms-UHC-H', 'Korea1'],
  ['UniJIS2004-UTF16-H', 'Japan1'], ['UniJIS2004-UTF8-H', 'Japan1'], ['UniJIS2004-UTF32-H', 'Japan1'], ['UniJISX0213-UTF32-H', 'Japan1'], ['UniJISX02132004-UTF32-H', 'Japan1'],
  ['UniKS-UCS2-H', 'Korea1'], ['KSCms-UHC-HW-H', 'Korea1'], ['KSC-Johab-H', 'Korea1'], ['CNS-EUC-H', 'CNS1'], ['HKgccs-B5-H', 'CNS1'], ['HKdla-B5-H', 'CNS1'], ['HKdlb-B5-H', 'CNS1'],
];

/** A page whose content sets each of the first `n` fonts (Type0, not embedded, no ToUnicode: read through Adobe-<ordering>-UCS2). */
function fontsPdf(n: number): Buffer {
  const objs = new Map<number, string | { dict: string; stream: Buffer }>();
  const fonts: string[] = [];
  let content = 'BT';
  for (let i = 0; i < n; i++) {
    const [cmap, ordering] = CMAPS[i]!;
    objs.set(100 + 3 * i, `<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/${cmap}/DescendantFonts[${101 + 3 * i} 0 R]>>`);
    objs.set(101 + 3 * i, `<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(${ordering})/Supplement 4>>/FontDescriptor ${102 + 3 * i} 0 R/DW 1000>>`);
    objs.set(102 + 3 * i, '<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[-25 -254 1000 880]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>');
    fonts.push(`/F${i} ${100 + 3 * i} 0 R`);
    content += ` /F${i} 12 Tf`;
  }
  content += ' ET';
  objs.set(3, { dict: '<<>>', stream: Buffer.from(content, 'latin1') });
  objs.set(4, `<</Type/Page/Parent 2 0 R/Resources<</Font<<${fonts.join('')}>>>>/MediaBox[0 0 595 842]/Contents 3 0 R>>`);
  objs.set(2, '<</Type/Pages/Kids[4 0 R]/Count 1>>');
  objs.set(1, '<</Type/Catalog/Pages 2 0 R>>');
  return assemble(objs);
}

/** Entries the first `n` fonts hold, counted as the fast path counts them (each map once), after each font. */
function heldAfter(n: number): number[] {
  const seen = new Set<Map<number, unknown>>();
  let held = 0;
  const add = (m: Map<number, unknown>) => {
    if (!seen.has(m)) held += m.size;
    seen.add(m);
  };
  const out: number[] = [];
  for (const [cmap, ordering] of CMAPS.slice(0, n)) {
    const c = builtInCMap(cmap);
    add(c.map);
    add(builtInCMap(`Adobe-${ordering}-UCS2`).map);
    add(predefinedToUnicode(cmap, c, ordering));
    out.push(held);
  }
  return out;
}

describe('predefined CMaps count against the document ToUnicode bound', () => {
  it('once per document: the most fonts inside the bound are read fast, one more declines', async () => {
    const held = heldAfter(CMAPS.length);
    const inside = held.filter((h) => h <= MAX_DOC_TOUNICODE_ENTRIES).length;
    expect(inside).toBeGreaterThan(1);
    expect(inside).toBeLessThan(CMAPS.length); // the list goes past the bound
    expect(why(fontsPdf(inside))).toBeNull();
    expect(why(fontsPdf(inside + 1))).toBe('ToUnicode maps too large together');
    const past = await both(fontsPdf(inside + 1));
    expect(past.took).toBe(false);
    expect(past.fast).toEqual(past.slow);
  }, 120_000);

  it('a map several fonts share is counted once', () => {
    // 40 fonts on the same CMap: one CMap, one UCS2 map, one derived map (~90,000 entries).
    const objs = new Map<number, string | { dict: string; stream: Buffer }>();
    const fonts: string[] = [];
    let content = 'BT';
    for (let i = 0; i < 40; i++) {
      objs.set(100 + i, '<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UTF16-H/DescendantFonts[90 0 R]>>');
      fonts.push(`/F${i} ${100 + i} 0 R`);
      content += ` /F${i} 12 Tf <${(0x4e00 + i).toString(16)}> Tj`;
    }
    objs.set(90, '<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/FontDescriptor 91 0 R/DW 1000>>');
    objs.set(91, '<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[-25 -254 1000 880]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>');
    objs.set(3, { dict: '<<>>', stream: Buffer.from(`${content} ET`, 'latin1') });
    objs.set(4, `<</Type/Page/Parent 2 0 R/Resources<</Font<<${fonts.join('')}>>>>/MediaBox[0 0 595 842]/Contents 3 0 R>>`);
    objs.set(2, '<</Type/Pages/Kids[4 0 R]/Count 1>>');
    objs.set(1, '<</Type/Catalog/Pages 2 0 R>>');
    expect(why(assemble(objs))).toBeNull();
  });

  it("the thread's CMap caches stay within MAX_CACHED_CMAP_ENTRIES (emptied past it)", () => {
    let emptied = false;
    let last = cachedCMapEntries();
    for (let round = 0; round < 3; round++) {
      for (const [cmap, ordering] of CMAPS) {
        const c = builtInCMap(cmap);
        predefinedToUnicode(cmap, c, ordering);
        for (const x of ['GB1', 'CNS1', 'Japan1', 'Korea1']) predefinedToUnicode(cmap, c, x);
        const now = cachedCMapEntries();
        expect(now).toBeLessThanOrEqual(MAX_CACHED_CMAP_ENTRIES);
        if (now < last) emptied = true;
        last = now;
      }
    }
    expect(emptied).toBe(true);
  }, 120_000);
});
