/**
 * Hostile drawing for the OCR page renderer found in session 11 (blank text, hostile drawing):
 * - a 1000 × 1000 image whose soft mask says 20000 × 20000 (pdf.js checks maxImageSize against the
 *   drawn image's dictionary only): 38 s / 5.3 GB, now refused before its alpha buffer is made;
 * - a gradient mesh of a million triangles (24 KB): over 5 minutes, now refused past MAX_MESH_VERTICES;
 * - one mesh pattern painted by 200 fills (pdf.js draws a 3000 × 3000 canvas for each): 3 min 30 s /
 *   21.9 GB, now stopped at the page's canvas bound (render-canvas.ts) and the page read as blank.
 * Each refusal is counted on the page (ocr.image-refused); an honest page draws with none.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RENDER_COUNTER, cappedStreams } from '../../src/extract/pdf-stream-cap.js';
import { BoundedCanvasFactory, MIN_CANVAS_CHARGE, setCanvasBudget } from '../../src/ocr/render-canvas.js';
import { MAX_MESH_VERTICES } from '../../src/ocr/render-image-cap.js';
import { OPERATOR_WORK, PAINT_OPERATOR_WORK } from '../../src/ocr/render-work.js';
import { renderWorkerSource } from '../../src/ocr/render-worker.js';
import { MAX_RENDER_IMAGE_PIXELS, pdfPages } from '../../src/ocr/pages.js';
import { assemble } from '../../fixtures/build/pdf-office.js';

type Obj = string | { dict: string; stream: Buffer };

/** A one-page A4 PDF whose page has `resources` and draws `content`; `extra` objects from number 5. */
function onePage(resources: string, content: string, extra: Obj[]): Buffer {
  const objs = new Map<number, Obj>([
    [1, '<< /Type /Catalog /Pages 2 0 R >>'],
    [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`],
    // Not compressed: a decoded stream's bytes would be charged too.
    [4, { dict: '<< >>', stream: Buffer.from(content, 'latin1') }],
  ]);
  extra.forEach((o, i) => objs.set(5 + i, o));
  return assemble(objs);
}

async function draw(pdf: Buffer, work?: { page: number; document: number }): Promise<{ refused: number[]; capped: number }> {
  const before = cappedStreams(RENDER_COUNTER);
  const { pages } = await pdfPages(pdf, 5, work);
  const refused: number[] = [];
  for await (const p of pages) refused.push(p.refused);
  return { refused, capped: cappedStreams(RENDER_COUNTER) - before };
}

/** A 1000 × 1000 grey image with a 1-bit soft mask of `w` × `h` (Flate zeros). */
function softMaskPdf(w: number, h: number): Buffer {
  return onePage('<< /XObject << /Im1 5 0 R >> >>', 'q 595 0 0 842 0 0 cm /Im1 Do Q', [
    {
      dict: '<< /Type /XObject /Subtype /Image /Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /SMask 6 0 R >>',
      stream: zlib.deflateSync(Buffer.alloc(1000 * 1000, 0x80)),
    },
    {
      dict: `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode >>`,
      stream: zlib.deflateSync(Buffer.alloc(Math.ceil(w / 8) * h, 0xff)),
    },
  ]);
}

/** A free-form triangle mesh (type 4, 8 bits a value) of `vertices` vertices: small triangles in a corner. */
function meshShading(vertices: number): Obj {
  const one = Buffer.from([0, 0, 0, 0, 0, 2, 0, 128, 0, 0, 2, 255]);
  const data = Buffer.alloc(vertices * 4);
  for (let i = 0; i < vertices; i++) one.copy(data, i * 4, (i % 3) * 4, (i % 3) * 4 + 4);
  return {
    dict: '<< /ShadingType 4 /ColorSpace /DeviceGray /BitsPerCoordinate 8 /BitsPerComponent 8 /BitsPerFlag 8 /Decode [0 595 0 842 0 1] /Filter /FlateDecode >>',
    stream: zlib.deflateSync(data),
  };
}

describe('the canvas bound (BoundedCanvasFactory)', () => {
  it('charges each canvas its pixels (at least MIN_CANVAS_CHARGE): just inside and on the budget pass, past it throws and is counted', () => {
    const f = new BoundedCanvasFactory({});
    const before = cappedStreams(RENDER_COUNTER);
    const previous = setCanvasBudget(3 * MIN_CANVAS_CHARGE + 1);
    try {
      const c = f.create(10, 10); // charged MIN_CANVAS_CHARGE
      f.reset(c, 2000, MIN_CANVAS_CHARGE / 1000); // 2 × MIN: one unit left, inside
      expect(cappedStreams(RENDER_COUNTER) - before).toBe(0);
      expect(setCanvasBudget(MIN_CANVAS_CHARGE)).toBe(1);
      f.reset(c, 1, 1); // on the budget: 0 left
      expect(() => f.reset(c, 1, 1)).toThrow(/past this page's canvas bound/);
      expect(cappedStreams(RENDER_COUNTER) - before).toBe(1);
      f.destroy(c);
      expect(c.canvas).toBeNull();
    } finally {
      setCanvasBudget(previous);
    }
  });

  it('the renderer is patched for masks and meshes (a patch that does not match would leave pdf.js unpatched)', () => {
    const source = renderWorkerSource()!;
    expect(source).not.toBeNull();
    expect(source).toContain(`if (width * height > ${MAX_RENDER_IMAGE_PIXELS})`);
    expect(source).toContain(`if (this.__lcVertices > ${MAX_MESH_VERTICES})`);
    expect(source).toContain('__lcSpend(sw * sh);');
  });
});

describe('OCR page renderer: hostile drawing on a page with no text', () => {
  it('a soft mask above the image bound is refused before it is allocated; one on the bound is drawn', async () => {
    expect(await draw(softMaskPdf(1000, 1000))).toEqual({ refused: [0], capped: 0 });
    expect((await draw(softMaskPdf(8000, 8000))).refused).toEqual([0]); // 64,000,000: on the bound
    expect(await draw(softMaskPdf(8001, 8000))).toEqual({ refused: [1], capped: 1 }); // just past it
  }, 120_000);

  it('a gradient mesh past MAX_MESH_VERTICES is not drawn; one on it is', async () => {
    const sh = (n: number) => onePage('<< /Shading << /Sh1 5 0 R >> >>', 'q /Sh1 sh Q', [meshShading(n)]);
    const on = MAX_MESH_VERTICES - (MAX_MESH_VERTICES % 3); // whole triangles, on the bound
    expect((await draw(sh(on))).refused).toEqual([0]);
    expect((await draw(sh(on + 3))).refused).toEqual([1]);
  }, 120_000);

  it('one mesh pattern painted by 200 fills stops at the page canvas bound and is counted; 2 fills draw', async () => {
    const fills = (n: number) =>
      onePage('<< /Pattern << /P1 6 0 R >> >>', '/Pattern cs /P1 scn\n' + '0 0 595 842 re f\n'.repeat(n), [
        meshShading(3),
        '<< /PatternType 2 /Shading 5 0 R /Matrix [10 0 0 10 0 0] >>',
      ]);
    expect((await draw(fills(2))).refused).toEqual([0]);
    const many = await draw(fills(200));
    expect(many.refused).toHaveLength(1); // the page is still yielded (read as blank)
    expect(many.refused[0]).toBeGreaterThanOrEqual(1);
  }, 120_000);
});

/** Form XObjects nesting `depth` deep, each using the next `fan` times; the last paints `fan` small fills. */
function nestedForms(depth: number, fan: number): Buffer {
  const forms: Obj[] = [];
  for (let level = 0; level < depth; level++) {
    const last = level === depth - 1;
    forms.push({
      dict: `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] ${last ? '' : `/Resources << /XObject << /F ${6 + level} 0 R >> >>`} >>`,
      stream: Buffer.from((last ? '0 0 1 1 re f\n' : '/F Do\n').repeat(fan), 'latin1'),
    });
  }
  return onePage('<< /XObject << /F 5 0 R >> >>', '/F Do', forms);
}

describe('OCR page renderer: operators are charged (a form is read again at each use)', () => {
  it('forms nesting 6 deep, 10 uses each (a million fills from 700 bytes), stop at the page budget and are counted', async () => {
    const r = await draw(nestedForms(6, 10));
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]).toBeGreaterThanOrEqual(1);
    expect((await draw(nestedForms(2, 10))).refused).toEqual([0]);
  }, 120_000);

  it('a page of fills inside and on its budget is drawn whole; one unit less is not', async () => {
    // 100 fills, each a rectangle (an operator) and a fill (an operator that paints); the page's Do and form bounds add nothing.
    const pdf = onePage('<< >>', '0 0 1 1 re f\n'.repeat(100), []);
    const need = 100 * (OPERATOR_WORK + PAINT_OPERATOR_WORK);
    expect((await draw(pdf, { page: need + 1, document: 1e12 })).refused).toEqual([0]);
    expect((await draw(pdf, { page: need, document: 1e12 })).refused).toEqual([0]);
    expect((await draw(pdf, { page: need - 1, document: 1e12 })).refused[0]).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
