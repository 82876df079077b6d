/**
 * A scan or photo of a page handed in as a JPEG is decoded by sharp for OCR. A progressive JPEG
 * is decoded whole whatever the output size (libjpeg keeps every coefficient, 2 bytes a sample):
 * four 465 KB scans declaring 8900×8900 took a run to 2.0 GB. Beyond the photo check's bound the
 * page is blank and the image refused.
 */
import { describe, expect, it } from 'vitest';
import { imagePage } from '../../src/ocr/pages.js';
import { makeEobRunJpeg } from '../../fixtures/build/jpeg.js';

describe('imagePage', () => {
  it('refuses a progressive JPEG whose coefficients pass the bound, reads one under it', async () => {
    const over = await imagePage(makeEobRunJpeg(8200, 8200, { dcScan: true }));
    expect(over.refused).toBe(1);
    const under = await imagePage(makeEobRunJpeg(2000, 1600, { dcScan: true }));
    expect(under.refused).toBe(0);
    expect(under.png.subarray(1, 4).toString()).toBe('PNG');
  });
  it('refuses an interlaced PNG decoded into more than the bound', async () => {
    const { default: sharp } = await import('sharp');
    const png = await sharp({ create: { width: 5800, height: 5800, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 1 } } }).png({ progressive: true, compressionLevel: 1 }).toBuffer();
    expect((await imagePage(png)).refused).toBe(1);
  });
});
