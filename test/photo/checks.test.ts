import { describe, expect, it } from 'vitest';
import { checkFile, ctxOf, goodFacts, idsOf, indicatorOf, photoFile, rules } from './helpers.js';
import type { FestivalWindow } from '../../src/festivals/index.js';

/** A photo taken (and saved) at `ts`. */
const at = (ts: string) => ({ capturedAt: ts, createdAt: ts, modifiedAt: ts });

const only = (id: string) => (facts: Parameters<typeof goodFacts>[0], name?: string) =>
  idsOf(checkFile(photoFile(goodFacts(facts), name ? { name } : {}))).filter((x) => x === id);

describe('photo file checks: a good photo passes', () => {
  it('raises nothing for an original, in-period, captioned photo', () => {
    expect(checkFile(photoFile(goodFacts()))).toEqual([]);
  });
});

describe.each([
  ['photo.unreadable', () => photoFile(goodFacts(), { error: { code: 'truncated', detail: 'VipsJpeg: premature end of JPEG image' } })],
  ['photo.bomb', () => photoFile(goodFacts({ width: 100_000, height: 100_000 }), { error: { code: 'bomb', detail: 'x' } })],
])('%s', (id, make) => {
  it('fires, and only it', () => {
    const hits = checkFile(make());
    expect(idsOf(hits)).toEqual([id]);
    expect(hits[0]!.file).toContain('县一中');
  });
});

describe('format, extension, size', () => {
  it('photo.format', () => {
    expect(only('photo.format')({ format: 'webp' })).toEqual(['photo.format']);
    expect(only('photo.format')({ format: 'png' })).toEqual([]);
  });
  it('photo.extension-mismatch', () => {
    const hits = checkFile(photoFile(goodFacts({ format: 'png', extensionMatches: false })));
    expect(idsOf(hits)).toEqual(['photo.extension-mismatch']);
    expect(hits[0]!.args).toMatchObject({ seen: 'jpg', expected: 'png' });
  });
  it('photo.too-small judges the long and the short side, in any orientation', () => {
    expect(only('photo.too-small')({ width: 800, height: 600, displayWidth: 800, displayHeight: 600 })).toEqual(['photo.too-small']);
    expect(only('photo.too-small')({ width: 1024, height: 768, displayWidth: 768, displayHeight: 1024 })).toEqual([]);
  });
  it('photo.file-too-small / photo.file-too-large', () => {
    expect(only('photo.file-too-small')({ bytes: 60 * 1024 })).toEqual(['photo.file-too-small']);
    expect(only('photo.file-too-small')({ bytes: 2_000_000 })).toEqual([]);
    expect(only('photo.file-too-large')({ bytes: 30 * 1024 * 1024 })).toEqual(['photo.file-too-large']);
    expect(only('photo.file-too-large')({ bytes: 19 * 1024 * 1024 })).toEqual([]);
  });
  it('thresholds come from the indicator', () => {
    const rs = rules({ indicators: [{ code: 'Ⅲ—12', name: '我们的节日', photos: { minWidth: 4096, minHeight: 3072 } }] });
    const ind = indicatorOf(rs, 'III-12');
    expect(idsOf(checkFile(photoFile(goodFacts()), { ind, ctx: ctxOf(rs) }))).toEqual(['photo.too-small']);
  });
});

describe('EXIF and capture time', () => {
  it('photo.no-exif names the likely cause', () => {
    const jpg = checkFile(photoFile(goodFacts({ exif: false, capturedAt: null, createdAt: null, modifiedAt: null, make: null, software: null })));
    expect(idsOf(jpg)).toEqual(['photo.no-exif']);
    expect(jpg[0]!.args!.guess).toBe('copy');
    const png = checkFile(photoFile(goodFacts({ format: 'png', exif: false, capturedAt: null, createdAt: null, modifiedAt: null }), { name: '2025-06-12 县一中 端午包粽子活动.png' }));
    expect(png.find((h) => h.ruleId === 'photo.no-exif')!.args!.guess).toBe('screenshot');
  });
  it('photo.no-capture-time', () => {
    expect(only('photo.no-capture-time')({ capturedAt: null, createdAt: null })).toEqual(['photo.no-capture-time']);
    expect(only('photo.no-capture-time')({ capturedAt: null })).toEqual([]); // CreateDate stands in
  });
  it('photo.outside-period compares calendar days', () => {
    expect(only('photo.outside-period')(at('2024-07-31T23:59:59'), '2024-07-31 县一中 活动.jpg')).toEqual(['photo.outside-period']);
    expect(only('photo.outside-period')(at('2025-07-31T23:30:00+08:00'), '2025-07-31 县一中 活动.jpg')).toEqual([]);
    expect(only('photo.outside-period')(at('2024-08-01T00:00:00'), '2024-08-01 县一中 活动.jpg')).toEqual([]);
  });
  it('photo.after-deadline', () => {
    const ctx = ctxOf(rules({ period: { start: '2024-08-01', end: '2025-12-31' } }), '2025-12-31');
    const hit = (ts: string) => idsOf(checkFile(photoFile(goodFacts(at(ts)), { name: `${ts.slice(0, 10)} 县一中 活动.jpg` }), { ctx }));
    expect(hit('2025-10-27T08:00:00')).toEqual(['photo.after-deadline']);
    expect(hit('2025-10-26T20:00:00')).toEqual([]);
  });
  it('photo.future against --as-of', () => {
    const ctx = ctxOf(rules(), '2025-06-01');
    const hits = checkFile(photoFile(goodFacts(at('2025-06-02T08:00:00')), { name: '2025-06-02 县一中 活动.jpg' }), { ctx });
    expect(idsOf(hits)).toEqual(['photo.future']);
    expect(hits[0]!.location).toEqual({ exifTag: 'DateTimeOriginal' });
    expect(idsOf(checkFile(photoFile(goodFacts(at('2025-06-01T23:00:00')), { name: '2025-06-01 县一中 活动.jpg' }), { ctx }))).toEqual([]);
  });
  it('photo.caption-date-mismatch beyond the tolerance', () => {
    expect(only('photo.caption-date-mismatch')(at('2025-06-20T10:00:00'))).toEqual(['photo.caption-date-mismatch']);
    expect(only('photo.caption-date-mismatch')(at('2025-06-14T10:00:00'))).toEqual([]);
  });
});

describe('photo.outside-window (festival indicators)', () => {
  const rs = rules({ indicators: [{ code: 'Ⅲ—12', name: '我们的节日', photos: { within: 'festival' }, festivals: ['端午'] }] });
  const ind = indicatorOf(rs, 'III-12');
  const windows: FestivalWindow[] = [
    { name: '端午', date: '2025-05-31', from: '2025-05-24', to: '2025-06-07' },
    { name: '中秋', date: '2024-09-17', from: '2024-09-10', to: '2024-09-24' },
  ];
  const deps = { festivalWindows: () => windows };
  const run = (ts: string) =>
    idsOf(checkFile(photoFile(goodFacts(at(ts)), { name: `${ts.slice(0, 10)} 县一中 包粽子.jpg` }), { ind, ctx: ctxOf(rs), deps }));
  it('passes inside the window of one of its festivals', () => expect(run('2025-06-07T18:00:00')).toEqual([]));
  it('fails outside, and in the window of a festival it is not judged on', () => {
    expect(run('2025-06-12T09:00:00')).toEqual(['photo.outside-window']);
    expect(run('2024-09-17T09:00:00')).toEqual(['photo.outside-window']);
  });
  it('uses the real festival calendar by default', () => {
    // 端午 2025 is 31 May
    expect(idsOf(checkFile(photoFile(goodFacts(at('2025-05-30T10:00:00')), { name: '2025-05-30 县一中 包粽子.jpg' }), { ind, ctx: ctxOf(rs) }))).toEqual([]);
    expect(idsOf(checkFile(photoFile(goodFacts(at('2025-04-30T10:00:00')), { name: '2025-04-30 县一中 包粽子.jpg' }), { ind, ctx: ctxOf(rs) }))).toEqual(['photo.outside-window']);
  });
});

describe('editing', () => {
  it('photo.edited-software', () => {
    const hits = checkFile(photoFile(goodFacts({ software: 'Adobe Photoshop Lightroom 6.1 (Windows)' })));
    expect(idsOf(hits)).toEqual(['photo.edited-software']);
    expect(hits[0]!.location).toEqual({ exifTag: 'Software' });
    expect(only('photo.edited-software')({ software: 'HDR+ 1.0.570503588zd' })).toEqual([]);
  });
  it('photo.edited-modify-gap', () => {
    expect(only('photo.edited-modify-gap')({ modifiedAt: '2025-06-20T10:00:00' })).toEqual(['photo.edited-modify-gap']);
    expect(only('photo.edited-modify-gap')({ modifiedAt: '2025-06-12T18:00:00' })).toEqual([]);
  });
  it('photo.thumbnail-mismatch', () => {
    const base = { hasThumbnail: true, thumbnailDhash: 'f0f0f0f0f0f0f0f0', thumbnailAspectMatches: true };
    expect(only('photo.thumbnail-mismatch')({ ...base, imageDhash: '0f0f0f0f0f0f0f0f' })).toEqual(['photo.thumbnail-mismatch']);
    expect(only('photo.thumbnail-mismatch')({ ...base, thumbnailAspectMatches: false, imageDhash: null })).toEqual(['photo.thumbnail-mismatch']);
    // letterbox not trimmed, same picture: the hashes agree, no finding
    expect(only('photo.thumbnail-mismatch')({ ...base, thumbnailAspectMatches: false, imageDhash: 'f0f0f0f0f0f0f0ff' })).toEqual([]);
    expect(only('photo.thumbnail-mismatch')({ ...base, imageDhash: 'f0f0f0f0f0f0f0f3' })).toEqual([]);
    expect(only('photo.thumbnail-mismatch')({ ...base, imageDhash: null })).toEqual([]);
    // Not decoded: refused for its size (the shape is not this image's) is a finding; merely undecodable is not.
    expect(only('photo.thumbnail-mismatch')({ hasThumbnail: true, thumbnailDhash: null, thumbnailAspectMatches: false })).toEqual(['photo.thumbnail-mismatch']);
    expect(only('photo.thumbnail-mismatch')({ hasThumbnail: true, thumbnailDhash: null, thumbnailAspectMatches: null })).toEqual([]);
  });
});

describe('caption', () => {
  it('photo.caption-missing-fields from the file name', () => {
    const hits = checkFile(photoFile(goodFacts(), { name: 'IMG_20250612_093000.jpg' }));
    expect(idsOf(hits)).toEqual(['photo.caption-missing-fields']);
    expect(hits[0]!.args!.missing).toEqual(['地点', '事件']);
  });
  it('the EXIF description completes the file name', () => {
    expect(idsOf(checkFile(photoFile(goodFacts({ description: '2025年6月12日 县一中 端午包粽子活动' }), { name: 'DSC_0001.jpg' })))).toEqual([]);
  });
  it('asks for the indicator’s own fields', () => {
    const rs = rules({ indicators: [{ code: 'Ⅱ—3', name: '理论宣讲', photos: { caption: ['时间', '地点', '主讲人', '宣讲主题'] } }] });
    const ind = indicatorOf(rs, 'II-3');
    const ok = photoFile(goodFacts(), { name: '2025-06-12 县委党校 主讲人：张三 宣讲主题：新思想.jpg' });
    expect(idsOf(checkFile(ok, { ind, ctx: ctxOf(rs) }))).toEqual([]);
    const bad = photoFile(goodFacts(), { name: '2025-06-12 县委党校 宣讲活动.jpg' });
    const hits = checkFile(bad, { ind, ctx: ctxOf(rs) });
    expect(idsOf(hits)).toEqual(['photo.caption-missing-fields']);
    expect(hits[0]!.args!.missing).toEqual(['主讲人', '宣讲主题']);
  });
});

describe('photo.pixels-not-checked', () => {
  it('is raised for HEIC whose pixels cannot be decoded, never a silent pass', () => {
    expect(only('photo.pixels-not-checked')({ format: 'heif', pixelsUnavailable: 'HEVC (HEIC) pixels cannot be decoded' }, '2025-06-12 县一中 端午包粽子活动.heic')).toEqual(['photo.pixels-not-checked']);
    expect(only('photo.pixels-not-checked')({ format: 'heif' }, '2025-06-12 县一中 端午包粽子活动.heic')).toEqual([]);
  });
});

describe('photo.bomb: the declared size against the county maxPixels (the extractor only records it)', () => {
  const county = (maxPixels?: number) => ctxOf(rules(maxPixels === undefined ? {} : ({ defaults: { photo: { maxPixels } } } as never)));
  const bombs = (width: number, height: number, maxPixels?: number, over: Partial<Parameters<typeof goodFacts>[0]> = {}) =>
    checkFile(photoFile(goodFacts({ width, height, displayWidth: width, displayHeight: height, ...over })), { ctx: county(maxPixels) }).filter((h) => h.ruleId === 'photo.bomb');

  it('built-in limit 100 M: on it passes, one row over it is a bomb', () => {
    expect(bombs(10_000, 10_000)).toEqual([]);
    expect(bombs(10_000, 10_001)).toHaveLength(1);
  });

  it('a county limit above our decode cap: no bomb below or on it, one just over it, quoting the county value', () => {
    const over = { pixelsUnavailable: 'over-decode-cap' };
    expect(bombs(15_000, 10_000, 200_000_000, over)).toEqual([]);
    expect(bombs(20_000, 10_000, 200_000_000, over)).toEqual([]);
    const [hit] = bombs(20_000, 10_001, 200_000_000, over);
    expect(hit?.args).toMatchObject({ width: 20_000, height: 10_001, expected: 200_000_000 });
  });

  it('a photo over our decode cap but within the county limit is not a bomb: its pixels are reported not checked', () => {
    const f = photoFile(goodFacts({ width: 15_000, height: 10_000, displayWidth: 15_000, displayHeight: 10_000, pixelsUnavailable: 'over-decode-cap' }));
    expect(idsOf(checkFile(f, { ctx: county(200_000_000) }))).toContain('photo.pixels-not-checked');
    expect(idsOf(checkFile(f, { ctx: county(200_000_000) }))).not.toContain('photo.bomb');
  });

  it('a county limit below ours decides too, and is the value quoted', () => {
    expect(bombs(4_000, 3_000, 12_000_000)).toEqual([]);
    const [hit] = bombs(4_000, 3_001, 12_000_000);
    expect(hit?.args).toMatchObject({ expected: 12_000_000 });
  });
});
