/**
 * The OCR renderer's bounds on images (src/ocr/render-image-cap.ts): pdf.js allocates a JPEG's
 * buffers from the frame header inside the data, and a JBIG2 image's from its page and region
 * segments, not from the image dictionary that its maxImageSize checks. A PDF whose image says
 * 200 × 283 and whose JPEG frame says 30000 × 30000, or whose JBIG2 page says 120000 × 120000, is
 * left undrawn (counted as capped) instead of allocated; an honest scan is drawn as before.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makePdf, makeScanJpeg } from '../../fixtures/build/pdf.js';
import { jpegSegments } from '../hostile/photos.js';
import { RENDER_COUNTER, applyOnce, cappedStreams } from '../../src/extract/pdf-stream-cap.js';
import { jbig2CapPatches, jpegFrameCapPatch } from '../../src/ocr/render-image-cap.js';
import { renderWorkerSource } from '../../src/ocr/render-worker.js';
import { MAX_RENDER_IMAGE_PIXELS, pdfPages } from '../../src/ocr/pages.js';

/** The same JPEG whose frame header (SOF) claims another size; the image dictionary keeps the true one. */
function lyingFrame(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  const sof = jpegSegments(out).find((s) => s.marker >= 0xc0 && s.marker <= 0xc2)!;
  out.writeUInt16BE(height, sof.at + 5);
  out.writeUInt16BE(width, sof.at + 7);
  return out;
}

async function render(pdf: Buffer): Promise<{ pages: number; capped: number }> {
  return (await renderPage(pdf)).counts;
}

/** The pages rendered and the images capped; `dark` / `grey`: the share of the first page drawn dark / not white (0–1). */
async function renderPage(pdf: Buffer): Promise<{ counts: { pages: number; capped: number }; dark: number; grey: number }> {
  const before = cappedStreams(RENDER_COUNTER);
  const textBefore = cappedStreams();
  const { pages } = await pdfPages(pdf, 1);
  let n = 0;
  let dark = 0;
  let grey = 0;
  for await (const p of pages) {
    if (n++ === 0) {
      const { data } = await sharp(p.png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
      let d = 0;
      for (const v of data) if (v < 128) d++;
      dark = d / data.length;
      let g = 0;
      for (const v of data) if (v < 200) g++;
      grey = g / data.length;
    }
  }
  // Counted on the renderer's own counter: never against a document the text reader reads on this thread.
  expect(cappedStreams() - textBefore).toBe(0);
  return { counts: { pages: n, capped: cappedStreams(RENDER_COUNTER) - before }, dark, grey };
}

describe('the patch itself', () => {
  const src = 'function prepareComponents(frame) {\n  return "prepared";\n}\nglobalThis.prepareForTest = prepareComponents;\n';
  it('a frame just inside and on the bound is prepared; one pixel more throws and is counted', () => {
    const patched = applyOnce(src, jpegFrameCapPatch(100))!;
    expect(patched).not.toBeNull();
    new Function(patched)();
    const prepare = (globalThis as unknown as { prepareForTest: (f: object) => string }).prepareForTest;
    const before = cappedStreams(RENDER_COUNTER);
    expect(prepare({ samplesPerLine: 11, scanLines: 9 })).toBe('prepared'); // 99: inside
    expect(prepare({ samplesPerLine: 10, scanLines: 10 })).toBe('prepared'); // 100: on
    expect(cappedStreams(RENDER_COUNTER) - before).toBe(0);
    expect(() => prepare({ samplesPerLine: 101, scanLines: 1 })).toThrow(/101 x 1 pixels is above 100/); // 101: outside
    expect(() => prepare({ samplesPerLine: 65535, scanLines: 65535 })).toThrow();
    expect(cappedStreams(RENDER_COUNTER) - before).toBe(2);
    expect(applyOnce(src + src, jpegFrameCapPatch(100))).toBeNull(); // must match exactly once
  });

  it('JBIG2: a page and a region just inside and on the bound pass; one pixel more throws and is counted', () => {
    const [page, region] = jbig2CapPatches(100);
    const src =
      'function readUint32(d, i) { return d[i]; }\n' +
      'class V {\n  onPageInformation(info) {\n    this.currentPageInfo = info;\n    return "page";\n  }\n}\n' +
      'function readRegionSegmentInformation(data, start) {\n  return { width: readUint32(data, start), height: readUint32(data, start + 4) };\n}\n' +
      'globalThis.jbig2ForTest = { V, readRegionSegmentInformation };\n';
    const patched = applyOnce(applyOnce(src, page!)!, region!)!;
    expect(patched).not.toBeNull();
    new Function(patched)();
    const { V, readRegionSegmentInformation: read } = (globalThis as unknown as {
      jbig2ForTest: { V: new () => { onPageInformation(i: object): string }; readRegionSegmentInformation(d: number[], s: number): object };
    }).jbig2ForTest;
    const before = cappedStreams(RENDER_COUNTER);
    expect(new V().onPageInformation({ width: 11, height: 9 })).toBe('page');
    expect(new V().onPageInformation({ width: 10, height: 10 })).toBe('page');
    const at = (w: number, h: number) => [0, 0, w, 0, 0, 0, h];
    expect(read(at(10, 10), 2)).toEqual({ width: 10, height: 10 });
    expect(cappedStreams(RENDER_COUNTER) - before).toBe(0);
    expect(() => new V().onPageInformation({ width: 101, height: 1 })).toThrow(/JBIG2 page of 101 x 1 pixels is above 100/);
    expect(() => read(at(1, 101), 2)).toThrow(/JBIG2 region of 1 x 101 pixels/);
    expect(cappedStreams(RENDER_COUNTER) - before).toBe(2);
  });

  it('match the installed legacy build the OCR renderer draws with, beside the stream bound', () => {
    const source = renderWorkerSource();
    expect(source).toContain(`if (frame.samplesPerLine * frame.scanLines > ${MAX_RENDER_IMAGE_PIXELS})`);
    expect(source).toContain(`if (info.width * info.height > ${MAX_RENDER_IMAGE_PIXELS})`);
    expect(source).toContain(`if (readUint32(data, start) * readUint32(data, start + 4) > ${MAX_RENDER_IMAGE_PIXELS})`);
    expect(source).toContain('if (requested > ');
    expect(source).toContain('const msg = "Image exceeded maximum allowed size and was removed.";\n      (globalThis[Symbol.for(');
  });
});

describe('OCR page renderer: a JPEG whose frame claims more pixels than its dictionary', () => {
  it('is not decoded (the page renders without it); the honest scan is drawn without a cap', async () => {
    const img = await makeScanJpeg(200, 283, 5);
    const honest = await render(makePdf({ pages: [{ image: img }] }));
    expect(honest).toEqual({ pages: 1, capped: 0 });
    const lying = await render(makePdf({ pages: [{ image: { ...img, jpeg: lyingFrame(img.jpeg, 30000, 30000) } }] }));
    expect(lying).toEqual({ pages: 1, capped: 1 });
    // 8001 × 8000 is 64,008,000 pixels: just above the bound (the boundaries are the patch's test above).
    const wide = await render(makePdf({ pages: [{ image: { ...img, jpeg: lyingFrame(img.jpeg, 8001, 8000) } }] }));
    expect(wide.capped).toBe(1);
  }, 60_000);
});

/**
 * A page with no text drawing one 1000 × 1000 JBIG2 image (embedded stream: no file header) that
 * holds only a page information segment of `width` × `height`, black by default, and an end of page.
 */
function jbig2Pdf(width: number, height: number): Buffer {
  const segment = (n: number, type: number, data: Buffer) => {
    const h = Buffer.alloc(11);
    h.writeUInt32BE(n, 0);
    h[4] = type;
    h[5] = 0; // refers to no segment
    h[6] = 1; // page 1
    h.writeUInt32BE(data.length, 7);
    return Buffer.concat([h, data]);
  };
  const info = Buffer.alloc(19);
  info.writeUInt32BE(width, 0);
  info.writeUInt32BE(height, 4);
  info[16] = 0x04; // default pixel value 1: pdf.js fills the whole page buffer
  const stream = Buffer.concat([segment(0, 48, info), segment(1, 49, Buffer.alloc(0))]);
  return onePageImagePdf(`/Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode`, stream);
}

/** A one-page PDF drawing one image XObject (its dictionary entries `dict`, its data `stream`) over the whole A4 sheet. */
function onePageImagePdf(dict: string, stream: Buffer): Buffer {
  const content = Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q', 'latin1');
  const objs: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image ${dict} /Length ${stream.length} >>\nstream\n`, 'latin1'),
      stream,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(b);
    size += b.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

describe('OCR page renderer: a JBIG2 image whose page claims more pixels than its dictionary', () => {
  it('inside and on the bound it is decoded; one row more, or 120000 × 120000, is not', async () => {
    // Decoded, the black page is drawn over the whole sheet; left out, the sheet stays white.
    for (const [w, h, capped] of [[7999, 8000, 0], [8000, 8000, 0], [8000, 8001, 1], [120000, 120000, 1]] as const) {
      const r = await renderPage(jbig2Pdf(w, h));
      expect(r.counts).toEqual({ pages: 1, capped });
      if (capped) expect(r.dark).toBeLessThan(0.01);
      else expect(r.dark).toBeGreaterThan(0.9);
    }
  }, 60_000);
});

describe('OCR page renderer: images left undrawn are known per page (ocr.image-refused)', () => {
  it('an image whose dictionary alone is above the bound (pdf.js removes it) and a lying frame are counted on their own page', async () => {
    const img = await makeScanJpeg(200, 283, 5);
    // Page 1 honest; page 2 declares 8001 × 8000 (just above 64,000,000: pdf.js's own maxImageSize
    // removes it before decoding, as it would an honest 600 dpi A3 scan); page 3 a frame that lies.
    const pdf = makePdf({
      pages: [{ image: img }, { image: { ...img, width: 8001, height: 8000 } }, { image: { ...img, jpeg: lyingFrame(img.jpeg, 30000, 30000) } }],
    });
    const { pages } = await pdfPages(pdf, 3);
    const refused: number[] = [];
    for await (const p of pages) refused.push(p.refused);
    expect(refused).toEqual([0, 1, 1]);
  }, 60_000);

  it('two files drawn at once each keep their own counts', async () => {
    const img = await makeScanJpeg(200, 283, 5);
    const honest = makePdf({ pages: [{ image: img }, { image: img }] });
    const lying = makePdf({ pages: [{ image: { ...img, jpeg: lyingFrame(img.jpeg, 30000, 30000) } }, { image: img }] });
    const drain = async (pdf: Buffer) => {
      const out: number[] = [];
      for await (const p of (await pdfPages(pdf, 2)).pages) out.push(p.refused);
      return out;
    };
    await expect(Promise.all([drain(honest), drain(lying), drain(honest)])).resolves.toEqual([[0, 0], [1, 0], [0, 0]]);
  }, 60_000);
});

/**
 * A JPEG 2000 codestream written by hand: one grey (8-bit) component, one tile, `levels` wavelet
 * levels, one layer, every packet empty (all coefficients zero): decoded, every sample is 128 (the
 * DC level shift), so a page drawing it is grey from edge to edge; left out, the page stays white.
 */
function j2k(width: number, height: number, levels: number): Buffer {
  const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const seg = (marker: number, body: Buffer) => Buffer.concat([u16(marker), u16(body.length + 2), body]);
  const siz = seg(0xff51, Buffer.concat([u16(0), u32(width), u32(height), u32(0), u32(0), u32(width), u32(height), u32(0), u32(0), u16(1), Buffer.from([7, 1, 1])]));
  const cod = seg(0xff52, Buffer.from([0, 0, 0, 1, 0, levels, 4, 4, 0, 1])); // LRCP, 1 layer, 64×64 blocks, 5/3 wavelet
  const qcd = seg(0xff5c, Buffer.concat([Buffer.from([0x40]), Buffer.alloc(3 * levels + 1, 8 << 3)])); // no quantisation
  const packets = Buffer.alloc(levels + 1); // an empty packet is one zero byte
  const sot = seg(0xff90, Buffer.concat([u16(0), u32(12 + 2 + packets.length), Buffer.from([0, 1])]));
  return Buffer.concat([u16(0xff4f), siz, cod, qcd, sot, u16(0xff93), packets, u16(0xffd9)]);
}

/** A one-page PDF drawing `stream` (JPXDecode) over the whole A4 sheet. */
function jpxPdf(stream: Buffer, width: number, height: number): Buffer {
  return onePageImagePdf(`/Width ${width} /Height ${height} /Filter /JPXDecode`, stream);
}

describe('OCR page renderer: JPEG 2000 (JPXDecode) scans', () => {
  it('are decoded (OpenJPEG from the installed pdf.js), and a damaged one is counted as left out', async () => {
    const drawn = await renderPage(jpxPdf(j2k(200, 283, 2), 200, 283));
    expect(drawn.counts).toEqual({ pages: 1, capped: 0 });
    expect(drawn.grey).toBeGreaterThan(0.9);
    const damaged = await renderPage(jpxPdf(Buffer.concat([j2k(200, 283, 2).subarray(0, 60), Buffer.alloc(40, 0xff)]), 200, 283));
    expect(damaged.counts).toEqual({ pages: 1, capped: 1 });
    expect(damaged.grey).toBeLessThan(0.01);
  }, 60_000);

  it('the count of images pdf.js could not decode leaves out the refusals already counted', () => {
    const patched = renderWorkerSource()!;
    expect(patched).toContain('if (!String(reason?.message ?? reason).startsWith("ledger-check:")) (globalThis[Symbol.for(');
  });
});
