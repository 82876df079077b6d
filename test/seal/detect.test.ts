/**
 * Red seal detection on a test set built by code: stamped and unstamped pages, red titles, red
 * handwriting, a red circle drawn by hand, tinted paper, a photo taken at an angle, greyscale
 * scans, and seal sizes just inside and just outside 25–65 mm.
 */
import { describe, expect, it } from 'vitest';
import { makeScanPage, type ScanOptions } from '../../fixtures/build/scan.js';
import { sealOfImage } from '../../src/seal/page.js';
import { detectSeal } from '../../src/seal/detect.js';

const LINES = ['关于县教育局“我们的节日”工作的评价意见', '县教育局认真组织开展我们的节日主题活动，工作扎实，成效明显。', '评价为优秀。', '县委宣传部', '2026年7月12日'];
// The page is 1240 px for 210 mm: 5.905 px per mm; a seal of D mm has radius D × 5.905 / 2.
// Outer diameter: the ring is drawn 0.07 r wide around radius r.
const r = (mm: number) => (mm * 1240) / 210 / 2 / 1.035;
const page = async (o: Partial<ScanOptions>) => (await makeScanPage({ lines: LINES, ...o })).jpeg;
const verdict = async (o: Partial<ScanOptions>) => (await sealOfImage(await page(o))).verdict;
const seal = (mm = 42) => ({ x: 850, y: 700, r: r(mm) });

describe('seal verdicts', () => {
  it('finds a stamped seal, and none on an unstamped page', async () => {
    expect(await verdict({ seal: seal() })).toBe('seal');
    expect(await verdict({})).toBe('no-seal');
  });
  it('is not fooled by a red title, red handwriting or a red circle drawn by hand', async () => {
    expect(await verdict({ redTitle: true })).toBe('no-seal');
    expect(await verdict({ redScribble: { x: 700, y: 800 } })).toBe('no-seal');
    expect(await verdict({ handCircle: { x: 600, y: 500, r: 120 } })).toBe('no-seal');
    // Round like a seal, but empty inside.
    expect(await verdict({ handCircle: { x: 700, y: 900, r: 130, round: true } })).toBe('no-seal');
    // An oval stamp (发票专用章 style) with a star inside is not a round 公章.
    expect(await verdict({ seal: { ...seal(), squash: 1.5 } })).toBe('no-seal');
    // A red title and a real seal together: still a seal.
    expect(await verdict({ redTitle: true, seal: seal() })).toBe('seal');
  });
  it('works on tinted paper and on a photo taken at an angle', async () => {
    expect(await verdict({ paper: '#f1e3c4', seal: seal() })).toBe('seal');
    expect(await verdict({ paper: '#f1e3c4' })).toBe('no-seal');
    expect(await verdict({ tilt: 8, seal: seal() })).toBe('seal');
  });
  it('cannot tell on a greyscale scan, even one with a seal on it, or one saved as RGB', async () => {
    expect(await verdict({ grey: true, seal: seal() })).toBe('cannot-tell');
    expect(await verdict({ grey: true })).toBe('cannot-tell');
    // Neutral paper and black text only, in an RGB file: nothing says the scanner saw colour.
    expect(await verdict({ paper: '#fafafa' })).toBe('cannot-tell');
  });
  it('takes seals of 25–65 mm: just inside both ends, not just outside', async () => {
    expect(await verdict({ seal: seal(27) })).toBe('seal');
    expect(await verdict({ seal: seal(63) })).toBe('seal');
    expect(await verdict({ seal: seal(20) })).toBe('no-seal');
    expect(await verdict({ seal: { x: 620, y: 900, r: r(72) } })).toBe('no-seal');
  });
  it('a raster without colour channels cannot tell', () => {
    expect(detectSeal({ width: 100, height: 100, channels: 1, data: new Uint8Array(10_000) }).verdict).toBe('cannot-tell');
  });
});
