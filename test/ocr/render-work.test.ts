/**
 * The OCR renderer's decoding-work budget (src/ocr/render-work.ts): pdf.js draws on this thread, so
 * a small PDF that makes it decode much (many JBIG2 regions each on the size bound, CCITT rows of
 * 100,000,000 pixels) held the run for minutes. Past the page's or the document's budget the rest
 * is left undrawn and counted (ocr.image-refused); an honest scan is drawn as before.
 */
import { describe, expect, it } from 'vitest';
import { makePdf, makeScanJpeg } from '../../fixtures/build/pdf.js';
import { RENDER_COUNTER, applyOnce, cappedStreams } from '../../src/extract/pdf-stream-cap.js';
import { PAGE_WORK, WORK_PRELUDE, setRenderWork, workPatches } from '../../src/ocr/render-work.js';
import { renderWorkerSource } from '../../src/ocr/render-worker.js';
import { pdfPages } from '../../src/ocr/pages.js';
import { assemble } from '../../fixtures/build/pdf-office.js';

/** A one-page PDF drawing one image XObject (dictionary entries `dict`, data `stream`) over the A4 sheet. */
function onePageImagePdf(dict: string, stream: Buffer): Buffer {
  return assemble(
    new Map<number, string | { dict: string; stream: Buffer }>([
      [1, '<< /Type /Catalog /Pages 2 0 R >>'],
      [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
      [3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>'],
      [4, { dict: '<< >>', stream: Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q', 'latin1') }],
      [5, { dict: `<< /Type /XObject /Subtype /Image ${dict} >>`, stream }],
    ]),
  );
}

/**
 * A 1000 × 1000 JBIG2 image: a page black by default, then `regions` generic regions of
 * `side` × `side` placed off the page (each decoded, none drawn), then the end of the page. Drawn,
 * the sheet is black; left out, it stays white.
 */
function jbig2Regions(regions: number, side: number): Buffer {
  const segment = (n: number, type: number, data: Buffer) => {
    const h = Buffer.alloc(11);
    h.writeUInt32BE(n, 0);
    h[4] = type;
    h[6] = 1; // page 1; h[5] = 0: refers to no segment
    h.writeUInt32BE(data.length, 7);
    return Buffer.concat([h, data]);
  };
  const info = Buffer.alloc(19);
  info.writeUInt32BE(1000, 0);
  info.writeUInt32BE(1000, 4);
  info[16] = 0x04; // default pixel 1 (black)
  const segs = [segment(0, 48, info)];
  for (let i = 0; i < regions; i++) {
    const r = Buffer.alloc(17 + 1 + 8 + 16);
    r.writeUInt32BE(side, 0);
    r.writeUInt32BE(side, 4);
    r.writeUInt32BE(100_000, 8); // x: off the page
    r.writeUInt32BE(100_000, 12); // y
    // flags 0 (arithmetic, template 0) then template 0's four adaptive pixels at their nominal places
    Buffer.from([3, 0xff, 0xfd, 0xff, 2, 0xfe, 0xfe, 0xfe]).copy(r, 18);
    for (let k = 0; k < 16; k++) r[26 + k] = 7 + k;
    segs.push(segment(i + 1, 38, r)); // immediate lossless generic region
  }
  segs.push(segment(regions + 1, 49, Buffer.alloc(0)));
  return onePageImagePdf('/Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode', Buffer.concat(segs));
}

async function drawAll(pdf: Buffer, work?: { page: number; document: number }): Promise<{ refused: number[]; work: number[]; capped: number }> {
  const before = cappedStreams(RENDER_COUNTER);
  const { pages } = await pdfPages(pdf, 50, work);
  const refused: number[] = [];
  const spent: number[] = [];
  for await (const p of pages) {
    refused.push(p.refused);
    spent.push(p.work);
  }
  return { refused, work: spent, capped: cappedStreams(RENDER_COUNTER) - before };
}

describe('the budget itself', () => {
  it('spending just inside and on what is left passes; one unit more throws and is counted', () => {
    new Function(`${WORK_PRELUDE}\nglobalThis.lcSpendForTest = __lcSpend;`)();
    const spend = (globalThis as unknown as { lcSpendForTest: (n: number) => void }).lcSpendForTest;
    try {
      const before = cappedStreams(RENDER_COUNTER);
      setRenderWork(100);
      spend(99); // inside
      spend(1); // on
      expect(setRenderWork(100)).toBe(0);
      expect(cappedStreams(RENDER_COUNTER) - before).toBe(0);
      spend(100);
      expect(() => spend(1)).toThrow(/ledger-check: drawing this page needs more decoding work/); // outside
      expect(() => spend(0)).toThrow(); // and everything after, until the next budget
      expect(cappedStreams(RENDER_COUNTER) - before).toBe(2);
      setRenderWork(Infinity);
      spend(Number.NaN); // a size pdf.js could not read charges nothing and never disables the bound
      spend(1e300);
      setRenderWork(5);
      expect(() => spend(Number.POSITIVE_INFINITY)).toThrow(); // a negative JBIG2 export run
    } finally {
      setRenderWork(Infinity);
      delete (globalThis as Record<string, unknown>).lcSpendForTest;
    }
  });

  it('every charge applies once to the installed legacy build the OCR renderer draws with', () => {
    const source = renderWorkerSource();
    expect(source).not.toBeNull();
    expect(source!.startsWith(WORK_PRELUDE)).toBe(true);
    for (const p of workPatches()) expect(source, p.name).toContain(p.replace);
    expect(source!.match(/__lcSpend\(/g)).toHaveLength(workPatches().length + 1);
    expect(applyOnce('nothing to patch', workPatches()[0]!)).toBeNull();
  });
});

describe('OCR page renderer: decoding work', () => {
  it('a JBIG2 image of many regions, each on the size bound, is left undrawn; a few are drawn', async () => {
    // 2000 × 2000 regions charge ~8 M each (region and bitmap): 4 fit a page, 40 do not.
    const few = await drawAll(jbig2Regions(4, 2000));
    expect(few.refused).toEqual([0]);
    expect(few.work[0]).toBeLessThan(PAGE_WORK);
    const many = await drawAll(jbig2Regions(40, 2000));
    expect(many.refused[0]).toBeGreaterThanOrEqual(1);
    expect(many.work[0]).toBe(PAGE_WORK);
  }, 120_000);

  it('a CCITT image whose rows are 100,000,000 pixels stops at the page budget, not at the 256 MB stream bound', async () => {
    const pdf = onePageImagePdf('/Width 8000 /Height 8000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 100000000 >>', Buffer.alloc(4000, 0xff));
    const r = await drawAll(pdf);
    expect(r.refused).toEqual([1]);
    expect(r.work[0]).toBe(PAGE_WORK);
  }, 120_000);

  it('an honest scan: a page just inside and on its budget is drawn, one unit less is not; the document budget ends the later pages', async () => {
    const img = await makeScanJpeg(200, 283, 5);
    const pdf = makePdf({ pages: [{ image: img }, { image: img }, { image: img }] });
    const free = await drawAll(pdf);
    expect(free.refused).toEqual([0, 0, 0]);
    const one = free.work[0]!;
    expect(one).toBeGreaterThanOrEqual(200 * 283); // at least its pixels
    expect((await drawAll(pdf, { page: one + 1, document: 1e12 })).refused[0]).toBe(0);
    expect((await drawAll(pdf, { page: one, document: 1e12 })).refused[0]).toBe(0);
    expect((await drawAll(pdf, { page: one - 1, document: 1e12 })).refused[0]).toBeGreaterThanOrEqual(1);
    // The document's budget: the first two pages' work exactly; the third is drawn without its image.
    const two = free.work[0]! + free.work[1]!;
    const r = await drawAll(pdf, { page: 1e12, document: two });
    expect(r.refused.slice(0, 2)).toEqual([0, 0]);
    expect(r.refused[2]).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
