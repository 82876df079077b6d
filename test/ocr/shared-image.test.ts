/**
 * An image XObject several pages draw that fails to decode (src/ocr/render-image-cap.ts,
 * decodeFailedReuseCountPatches): pdf.js remembers the failure per document and skips the image on
 * later pages without a word, so only the first page said it was drawn incomplete. Every page that
 * draws it now counts it (ocr.image-refused on each); a shared image that decodes is counted nowhere.
 */
import { describe, expect, it } from 'vitest';
import { makeScanJpeg } from '../../fixtures/build/pdf.js';
import { applyOnce } from '../../src/extract/pdf-stream-cap.js';
import { decodeFailedReuseCountPatches } from '../../src/ocr/render-image-cap.js';
import { renderWorkerSource } from '../../src/ocr/render-worker.js';
import { pdfPages } from '../../src/ocr/pages.js';
import { assemble } from '../../fixtures/build/pdf-office.js';

/** A PDF of `pages` pages, each drawing the same image XObject (one object, dictionary `dict`, data `stream`). */
function sharedImagePdf(pages: number, dict: string, stream: Buffer): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${6 + i} 0 R`).join(' ');
  const objs = new Map<number, string | { dict: string; stream: Buffer }>([
    [1, '<< /Type /Catalog /Pages 2 0 R >>'],
    [2, `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`],
    [3, '<< >>'],
    [4, { dict: '<< >>', stream: Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q') }],
    [5, { dict: `<< /Type /XObject /Subtype /Image ${dict} >>`, stream }],
  ]);
  for (let i = 0; i < pages; i++) {
    objs.set(6 + i, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>');
  }
  return assemble(objs);
}

async function refusedPerPage(pdf: Buffer): Promise<number[]> {
  const out: number[] = [];
  for await (const p of (await pdfPages(pdf, 20)).pages) out.push(p.refused);
  return out;
}

describe('OCR page renderer: an image shared by several pages', () => {
  it('that fails to decode is counted on every page that draws it', async () => {
    // A JBIG2 page of 120000 × 120000 (above the 64 MP bound: refused before it is allocated).
    const seg = (n: number, type: number, data: Buffer) => {
      const h = Buffer.alloc(11);
      h.writeUInt32BE(n, 0);
      h[4] = type;
      h[6] = 1;
      h.writeUInt32BE(data.length, 7);
      return Buffer.concat([h, data]);
    };
    const info = Buffer.alloc(19);
    info.writeUInt32BE(120_000, 0);
    info.writeUInt32BE(120_000, 4);
    const jbig2 = Buffer.concat([seg(0, 48, info), seg(1, 49, Buffer.alloc(0))]);
    const dict = '/Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode';
    expect(await refusedPerPage(sharedImagePdf(1, dict, jbig2))).toEqual([1]);
    expect(await refusedPerPage(sharedImagePdf(2, dict, jbig2))).toEqual([1, 1]);
    expect(await refusedPerPage(sharedImagePdf(4, dict, jbig2))).toEqual([1, 1, 1, 1]);
    // A damaged JPEG (pdf.js's own decode failure), shared by three pages.
    const broken = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x10, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);
    expect(await refusedPerPage(sharedImagePdf(3, '/Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', broken))).toEqual([1, 1, 1]);
  }, 120_000);

  it('that decodes is counted nowhere', async () => {
    const img = await makeScanJpeg(200, 283, 5);
    const dict = `/Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`;
    expect(await refusedPerPage(sharedImagePdf(3, dict, img.jpeg))).toEqual([0, 0, 0]);
  }, 120_000);

  it('the patches apply once to the installed legacy build the OCR renderer draws with', () => {
    const source = renderWorkerSource()!;
    for (const p of decodeFailedReuseCountPatches()) expect(source, p.name).toContain(p.replace);
    expect(applyOnce('nothing', decodeFailedReuseCountPatches()[0]!)).toBeNull();
  });
});
