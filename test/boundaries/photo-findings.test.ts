/**
 * Every photo finding in full (rule id, place, raw args, evidence) on facts built in memory, and
 * the limits not tabled in photo.test.ts: declared pixels, long/short side, bytes, edit gap,
 * thumbnail distance, the reuse check's informative-hash bounds, and how many others a finding names.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { photoChecks, photoPrints, thumbnailMismatch } from '../../src/checks/photo.js';
import type { ExtractedFile, PhotoFacts } from '../../src/types.js';
import { count, ctxOf, DEADLINE, indicatorOf, photo, rules, runChecks, unitOf, type Hit } from './helpers.js';
import { photoMessages } from '../../src/messages/photo.js';
import { list } from '../../src/messages/format.js';

const NAME = '2025-06-12 县一中 端午包粽子活动.jpg';
const PATH = `县教育局/Ⅲ—12 我们的节日/${NAME}`;
const params = { min: 0, minWidth: 1024, minHeight: 768, minBytes: 1000, maxBytes: 5000, maxPixels: 20_000_000, maxEditGapDays: 1, nearDuplicateDistance: 10 };
const rs = rules({ indicators: [{ code: 'III-12', name: '我们的节日', photos: params }] } as never);
const fileChecks = [photoChecks[0]!];

function hits(over: Partial<PhotoFacts> = {}, fileOver: Partial<ExtractedFile> = {}, asOf = '2025-09-01'): Hit[] {
  const f = photo(NAME, { bytes: 3000, ...over }, { size: 3000, ...fileOver });
  return runChecks(fileChecks, unitOf([indicatorOf(rs, [f])]), ctxOf(rs, asOf)).filter((h) => h.ruleId !== 'photo.caption-missing-fields');
}
const one = (ruleId: string, over: Partial<PhotoFacts> = {}, fileOver: Partial<ExtractedFile> = {}, asOf?: string) => {
  const h = hits(over, fileOver, asOf).filter((x) => x.ruleId === ruleId);
  expect(h).toHaveLength(1);
  return h[0]!;
};
const only = (over: Partial<PhotoFacts> = {}, fileOver: Partial<ExtractedFile> = {}, asOf?: string) => {
  const h = hits(over, fileOver, asOf);
  expect(h.map((x) => x.ruleId)).toHaveLength(1);
  return h[0]!;
};

describe('a clean photo has no finding', () => {
  it('none', () => expect(hits()).toEqual([]));
});

describe('each finding in full', () => {
  it('photo.bomb: declared pixels one over the limit (on the limit is fine), and nothing else is judged', () => {
    expect(hits({ width: 5000, height: 4000, displayWidth: 5000, displayHeight: 4000 })).toEqual([]);
    expect(hits({ width: 5000, height: 4000, displayWidth: 5000, displayHeight: 4000, format: 'gif' }).map((h) => h.ruleId)).toEqual(['photo.format']);
    expect(hits({ width: 20_000_001, height: 1, format: 'gif', exif: false, capturedAt: null, createdAt: null })).toEqual([
      { ruleId: 'photo.bomb', file: PATH, args: { file: NAME, width: 20_000_001, height: 1, expected: 20_000_000 }, evidence: { seen: '20000001×1', expected: 20_000_000 } },
    ]);
    expect(hits({ width: null, height: null, displayWidth: 4032, displayHeight: 3024 })).toEqual([]);
    expect(hits({ width: null, height: 30_000_000 }).map((h) => h.ruleId)).not.toContain('photo.bomb');
  });
  it('photo.unreadable (an io error is the core check’s)', () => {
    expect(hits({}, { error: { code: 'truncated', detail: 'cut at 100' } as never })).toEqual([
      { ruleId: 'photo.unreadable', file: PATH, args: { file: NAME, problem: 'truncated' }, evidence: { seen: 'truncated: cut at 100', expected: 'readable image' } },
    ]);
    expect(hits({}, { error: { code: 'io', detail: 'EIO' } as never })).toEqual([]);
    // The extractor's sentence is no arg, so in no message (it was the English message's tail).
    const h = hits({}, { error: { code: 'corrupt', detail: 'VipsJpeg: Corrupt JPEG data: premature end of data segment' } as never })[0]!;
    expect(renderMessage('photo.unreadable', 'en', h.args)).toBe(`${NAME}: the image data is damaged`);
    expect(renderMessage('photo.unreadable', 'zh', h.args)).toBe(`${NAME}：图片数据已损坏`);
  });
  it('photo.format', () => {
    expect(only({ format: 'gif' })).toEqual({ ruleId: 'photo.format', file: PATH, args: { file: NAME, seen: 'gif', expected: ['jpeg', 'png', 'heif'] }, evidence: { seen: 'gif', expected: 'jpeg/png/heif' } });
  });
  it('photo.extension-mismatch', () => {
    expect(only({ extensionMatches: false, format: 'png' })).toEqual({
      ruleId: 'photo.extension-mismatch', file: PATH, args: { file: NAME, seen: 'jpg', expected: 'png' }, evidence: { seen: 'jpg', expected: 'png' },
    });
    const f = photo('无扩展名', { extensionMatches: false, bytes: 3000 }, { size: 3000 });
    const [h] = runChecks(fileChecks, unitOf([indicatorOf(rs, [f])]), ctxOf(rs)).filter((x) => x.ruleId === 'photo.extension-mismatch');
    expect(h).toMatchObject({ args: { seen: '', expected: 'jpeg' }, evidence: { seen: null, expected: 'jpeg' } });
  });
  it('photo.too-small: the long side against the larger minimum, the short side against the smaller', () => {
    expect(only({ displayWidth: 1023, displayHeight: 1023 })).toEqual({
      ruleId: 'photo.too-small', file: PATH, args: { file: NAME, width: 1023, height: 1023, minWidth: 1024, minHeight: 768 }, evidence: { seen: '1023×1023', expected: '1024×768' },
    });
    expect(hits({ displayWidth: 1024, displayHeight: 768 })).toEqual([]);
    expect(hits({ displayWidth: 768, displayHeight: 1024 })).toEqual([]); // portrait
    expect(only({ displayWidth: 767, displayHeight: 1024 }).ruleId).toBe('photo.too-small');
    expect(only({ displayWidth: 1024, displayHeight: 767 }).ruleId).toBe('photo.too-small');
    expect(hits({ displayWidth: null, displayHeight: null, width: 1024, height: 768 })).toEqual([]);
    expect(only({ displayWidth: null, displayHeight: null, width: 1023, height: 768 }).args).toMatchObject({ width: 1023, height: 768 });
    expect(hits({ displayWidth: null, displayHeight: null, width: null, height: null })).toEqual([]);
  });
  it.each([
    [999, 'photo.file-too-small', 1000],
    [1000, null, 0],
    [5000, null, 0],
    [5001, 'photo.file-too-large', 5000],
  ] as const)('%i bytes', (bytes, ruleId, expected) => {
    const h = hits({ bytes });
    if (!ruleId) return expect(h).toEqual([]);
    expect(h).toEqual([{ ruleId, file: PATH, args: { file: NAME, seen: bytes, expected }, evidence: { seen: bytes, expected } }]);
  });
  it('photo.no-exif guesses a screenshot for a PNG, a copy otherwise; no-capture-time when EXIF has no date', () => {
    const none = { exif: false, capturedAt: null, createdAt: null, modifiedAt: null };
    expect(only(none)).toEqual({ ruleId: 'photo.no-exif', file: PATH, args: { file: NAME, guess: 'copy' }, evidence: { seen: false, expected: true } });
    expect(only({ ...none, format: 'png' }).args).toEqual({ file: NAME, guess: 'screenshot' });
    expect(only({ capturedAt: null, createdAt: null, modifiedAt: null })).toEqual({
      ruleId: 'photo.no-capture-time', file: PATH, location: { exifTag: 'DateTimeOriginal' }, args: { file: NAME }, evidence: { seen: null, expected: 'DateTimeOriginal' },
    });
    expect(hits({ exif: false, capturedAt: '2025-06-12T09:30:00', createdAt: null, modifiedAt: null })).toEqual([]);
  });
  it('the tag a date came from', () => {
    const off = '2025-06-20T09:00:00'; // 8 days from the caption's date
    const tag = (over: Partial<PhotoFacts>) => one('photo.caption-date-mismatch', { modifiedAt: null, ...over }).location;
    expect(tag({ capturedAt: off })).toEqual({ exifTag: 'DateTimeOriginal' });
    expect(tag({ capturedAt: off, capturedAtSource: 'xmp' })).toEqual({ exifTag: 'XMP:DateTimeOriginal' });
    expect(tag({ capturedAt: off, capturedAtSource: 'iptc' })).toEqual({ exifTag: 'IPTC:DateCreated' });
    expect(tag({ capturedAt: off, capturedAtSource: 'makernote' })).toEqual({ exifTag: 'DateTimeOriginal' });
    expect(tag({ capturedAt: null, createdAt: off })).toEqual({ exifTag: 'CreateDate' });
  });
  it('photo.future, photo.after-deadline, photo.outside-period in full', () => {
    expect(one('photo.future', { capturedAt: '2025-09-02T00:00:00', modifiedAt: null })).toEqual({
      ruleId: 'photo.future', file: PATH, location: { exifTag: 'DateTimeOriginal' }, args: { file: NAME, seen: '2025-09-02T00:00:00', expected: '2025-09-01' }, evidence: { seen: '2025-09-02T00:00:00', expected: '2025-09-01' },
    });
    expect(hits({ capturedAt: '2025-09-01T23:59:59', modifiedAt: null }).map((h) => h.ruleId)).toEqual(['photo.outside-period', 'photo.caption-date-mismatch']);
    expect(one('photo.after-deadline', { capturedAt: '2025-10-27T08:00:00', modifiedAt: null }, {}, '2026-01-01')).toEqual({
      ruleId: 'photo.after-deadline', file: PATH, location: { exifTag: 'DateTimeOriginal' }, args: { file: NAME, seen: '2025-10-27', expected: DEADLINE }, evidence: { seen: '2025-10-27', expected: DEADLINE },
    });
    expect(one('photo.outside-period', { capturedAt: '2024-07-31T08:00:00', modifiedAt: null })).toEqual({
      ruleId: 'photo.outside-period', file: PATH, location: { exifTag: 'DateTimeOriginal' }, args: { file: NAME, seen: '2024-07-31', from: '2024-08-01', to: '2025-07-31' }, evidence: { seen: '2024-07-31', expected: '2024-08-01 ~ 2025-07-31' },
    });
  });
  it('photo.caption-date-mismatch in full', () => {
    expect(only({ capturedAt: '2025-06-16T09:00:00', modifiedAt: null })).toEqual({
      ruleId: 'photo.caption-date-mismatch', file: PATH, location: { exifTag: 'DateTimeOriginal' }, args: { file: NAME, seen: '2025-06-16', expected: '2025-06-12', days: 4 }, evidence: { seen: '2025-06-16', expected: '2025-06-12' },
    });
    expect(only({ capturedAt: '2025-06-08T09:00:00', modifiedAt: null }).args).toMatchObject({ days: 4 });
  });
  it('photo.edited-software: any editor, case-insensitive', () => {
    expect(only({ software: 'Adobe PHOTOSHOP 25.0' })).toEqual({
      ruleId: 'photo.edited-software', file: PATH, location: { exifTag: 'Software' }, args: { file: NAME, seen: 'Adobe PHOTOSHOP 25.0' }, evidence: { seen: 'Adobe PHOTOSHOP 25.0', expected: null },
    });
    expect(hits({ software: 'iOS 17.4' })).toEqual([]);
  });
  it('photo.edited-modify-gap: just over the gap, on it, and the whole days it names', () => {
    expect(hits({ capturedAt: '2025-06-12T09:30:00', modifiedAt: '2025-06-13T09:30:00' })).toEqual([]);
    expect(only({ capturedAt: '2025-06-12T09:30:00', modifiedAt: '2025-06-13T09:30:01' })).toEqual({
      ruleId: 'photo.edited-modify-gap', file: PATH, location: { exifTag: 'ModifyDate' },
      args: { file: NAME, seen: '2025-06-12T09:30:00', expected: '2025-06-13T09:30:01', days: 1 },
      evidence: { seen: '2025-06-13T09:30:01', expected: '≤ 1 d after 2025-06-12T09:30:00' },
    });
    expect(only({ capturedAt: '2025-06-12T09:30:00', modifiedAt: '2025-06-14T21:00:00' }).args).toMatchObject({ days: 2 });
    expect(hits({ capturedAt: '2025-06-12T09:30:00', modifiedAt: null })).toEqual([]);
  });
  it('photo.thumbnail-mismatch in full', () => {
    const t = { hasThumbnail: true, thumbnailDhash: '0000000000000000', imageDhash: '00000000001fffff', thumbnailAspectMatches: true }; // 21 bits
    expect(only(t)).toEqual({
      ruleId: 'photo.thumbnail-mismatch', file: PATH, location: { exifTag: 'ThumbnailImage' }, args: { file: NAME, aspect: false, distance: 21 }, evidence: { seen: 'distance 21/64', expected: 'thumbnail of this image' },
    });
    expect(only({ ...t, thumbnailAspectMatches: false }).evidence).toEqual({ seen: 'aspect ratio differs, distance 21/64', expected: 'thumbnail of this image' });
    expect(only({ ...t, imageDhash: null, thumbnailAspectMatches: false }).evidence).toEqual({ seen: 'aspect ratio differs', expected: 'thumbnail of this image' });
  });
  it('photo.undecodable and photo.pixels-not-checked', () => {
    expect(only({ pixelsUnavailable: 'decode-failed' })).toEqual({ ruleId: 'photo.undecodable', file: PATH, args: { file: NAME, format: 'jpeg' }, evidence: { seen: 'jpeg', expected: 'decodable pixels' } });
    expect(only({ pixelsUnavailable: 'hevc', format: 'heif' })).toEqual({ ruleId: 'photo.pixels-not-checked', file: PATH, args: { file: NAME, detail: 'hevc' }, evidence: { seen: 'heif', expected: 'decodable pixels' } });
  });
  it('photo.caption-missing-fields in full', () => {
    const f = photo('IMG_0001.jpg', { bytes: 3000, description: '县一中' }, { size: 3000 });
    const h = runChecks(fileChecks, unitOf([indicatorOf(rs, [f])]), ctxOf(rs)).filter((x) => x.ruleId === 'photo.caption-missing-fields');
    expect(h).toEqual([
      { ruleId: 'photo.caption-missing-fields', file: f.path, args: { file: 'IMG_0001.jpg', missing: ['时间', '地点'], seen: ['事件'] }, evidence: { seen: '事件', expected: '时间、地点、事件' } },
    ]);
    const g = photo('IMG_0002.jpg', { bytes: 3000 }, { size: 3000 });
    expect(runChecks(fileChecks, unitOf([indicatorOf(rs, [g])]), ctxOf(rs)).find((x) => x.ruleId === 'photo.caption-missing-fields')!.evidence).toEqual({ seen: null, expected: '时间、地点、事件' });
  });
});

describe('thumbnailMismatch: twice the near-duplicate distance, or another aspect beyond it', () => {
  const t = (d: string, aspect: boolean | null = true, over: Partial<PhotoFacts> = {}) =>
    thumbnailMismatch({ ...(photo('x.jpg').facts as PhotoFacts), hasThumbnail: true, thumbnailDhash: '0000000000000000', imageDhash: d, thumbnailAspectMatches: aspect, ...over }, 10);
  it.each([
    ['00000000000fffff', null], // 20 = 2 × 10: same picture
    ['00000000001fffff', { aspect: false, distance: 21 }],
  ])('same aspect, %s', (d, want) => expect(t(d)).toEqual(want));
  it.each([
    ['00000000000003ff', null], // 10: within the distance, the aspect alone does not say
    ['00000000000007ff', { aspect: true, distance: 11 }],
  ])('other aspect, %s', (d, want) => expect(t(d, false)).toEqual(want));
  it('no thumbnail, no hash, or an unknown aspect', () => {
    expect(t('00000000001fffff', true, { hasThumbnail: false })).toBeNull();
    expect(t('00000000001fffff', true, { thumbnailDhash: null })).toBeNull();
    expect(t('00000000001fffff', null)).toEqual({ aspect: false, distance: 21 });
    expect(t('00000000000003ff', null)).toBeNull();
    expect(t(null as never, true)).toBeNull();
    expect(t(null as never, false)).toEqual({ aspect: true, distance: null });
  });
});

describe('the reuse check', () => {
  const reuse = photoChecks[1]!;
  type Spec = { path: string; unit?: string; indicator?: string; sha?: string | null; dhash?: string | null; side?: number; threshold?: number };
  const prints = (specs: Spec[]) =>
    specs.map((s) => ({ path: s.path, name: s.path.split('/').pop()!, unit: s.unit === undefined ? '县教育局' : s.unit, indicator: s.indicator === undefined ? 'III-12' : s.indicator, sha256: s.sha ?? null, dhash: s.dhash ?? null, dhashSource: 'image', side: s.side ?? 1000, threshold: s.threshold ?? 10 }));
  const run = (specs: Spec[]) => {
    const out: Hit[] = [];
    if (reuse.scope !== 'run') throw new Error('reuse is a run check');
    reuse.run({ units: [], files: [], photoPrints: prints(specs) }, ctxOf(rs), (ruleId, at = {}) => void out.push({ ruleId, ...at }));
    return out;
  };
  it('a byte-identical copy, in full; another unit is scope units', () => {
    const h = run([{ path: 'b/2.jpg', sha: 'x', unit: '县文旅局' }, { path: 'a/1.jpg', sha: 'x' }, { path: 'c/3.jpg', sha: 'y' }, { path: 'd/4.jpg', sha: null }]);
    expect(h).toEqual([
      { ruleId: 'photo.duplicate', file: 'a/1.jpg', unit: '县教育局', indicator: 'III-12', group: 'photo.duplicate#1', args: { file: '1.jpg', others: ['b/2.jpg'], more: 0, count: 2, scope: 'units' }, evidence: { seen: 2, expected: 'each photo used once' } },
      { ruleId: 'photo.duplicate', file: 'b/2.jpg', unit: '县文旅局', indicator: 'III-12', group: 'photo.duplicate#1', args: { file: '2.jpg', others: ['a/1.jpg'], more: 0, count: 2, scope: 'units' }, evidence: { seen: 2, expected: 'each photo used once' } },
    ]);
  });
  it('scope: one indicator, two indicators of a unit', () => {
    expect(run([{ path: 'a/1.jpg', sha: 'x' }, { path: 'a/2.jpg', sha: 'x' }])[0]!.args.scope).toBe('indicator');
    expect(run([{ path: 'a/1.jpg', sha: 'x' }, { path: 'a/2.jpg', sha: 'x', indicator: 'III-13' }])[0]!.args.scope).toBe('indicators');
    expect(run([{ path: 'a/1.jpg', sha: 'x', unit: null as never }, { path: 'a/2.jpg', sha: 'x', unit: null as never }])[0]!.args.scope).toBe('indicator');
  });
  it('scope: a copy outside any indicator folder (at the unit root) is neither "across indicators" nor "within one"', () => {
    const outside = run([{ path: 'a/1.jpg', sha: 'x', indicator: null as never }, { path: 'a/III-12/2.jpg', sha: 'x' }]);
    expect(outside.map((h) => h.args.scope)).toEqual(['outside', 'outside']);
    expect(run([{ path: 'a/1.jpg', sha: 'x', indicator: null as never }, { path: 'a/2.jpg', sha: 'x', indicator: null as never }])[0]!.args.scope).toBe('outside');
    // in two units, that is what it says
    expect(run([{ path: 'a/1.jpg', sha: 'x', indicator: null as never }, { path: 'b/2.jpg', sha: 'x', unit: '县文旅局' }])[0]!.args.scope).toBe('units');
    const dup = photoMessages['photo.duplicate'].message;
    const near = photoMessages['photo.near-duplicate'].message;
    const args = { file: '1.jpg', others: ['县教育局/Ⅲ—12 我们的节日/1.jpg'], more: 0, scope: 'outside', distance: 3 };
    expect(dup.zh(args)).toBe('1.jpg：与 县教育局/Ⅲ—12 我们的节日/1.jpg 是同一张图片（重复，其中有放在指标文件夹以外的副本）');
    expect(dup.zh(args)).not.toContain('不同指标之间');
    expect(near.zh(args)).toContain('（相似度 95%，其中有放在指标文件夹以外的照片）');
    expect(dup.en(args)).toContain('(reused with a copy outside any indicator folder)');
    expect(near.en(args)).toContain('(95% alike, with a copy outside any indicator folder)');
    expect(dup.zh({ ...args, scope: 'indicators' })).toContain('（不同指标之间重复）');
  });
  it('a finding names at most five others and counts the rest; groups numbered by their first path', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ path: `z/${i}.jpg`, sha: 'x' }));
    const seven = Array.from({ length: 7 }, (_, i) => ({ path: `y/${i}.jpg`, sha: 'w' }));
    const h = run([...six, ...seven]);
    const first6 = h.find((x) => x.file === 'z/0.jpg')!;
    expect(first6.args).toMatchObject({ others: ['z/1.jpg', 'z/2.jpg', 'z/3.jpg', 'z/4.jpg', 'z/5.jpg'], more: 0, count: 6 });
    expect(first6.group).toBe('photo.duplicate#2');
    const first7 = h.find((x) => x.file === 'y/3.jpg')!;
    expect(first7.args).toMatchObject({ others: ['y/0.jpg', 'y/1.jpg', 'y/2.jpg', 'y/4.jpg', 'y/5.jpg'], more: 1, count: 7 });
    expect(first7.group).toBe('photo.duplicate#1');
  });
  it('members after the first five share one frozen list of the first five (and its text); the first five each get their own', () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ path: `x/${i}.jpg`, sha: 'v' }));
    const h = run(eight);
    const others = (i: number) => h.find((x) => x.file === `x/${i}.jpg`)!.args.others as string[];
    // Member 4 (the last of the first five) names 0–3 and 5; members 5, 6 and 7 name 0–4.
    expect(others(4)).toEqual(['x/0.jpg', 'x/1.jpg', 'x/2.jpg', 'x/3.jpg', 'x/5.jpg']);
    expect(Object.isFrozen(others(4))).toBe(false);
    for (const i of [5, 6, 7]) expect(others(i)).toEqual(['x/0.jpg', 'x/1.jpg', 'x/2.jpg', 'x/3.jpg', 'x/4.jpg']);
    expect(others(5)).toBe(others(7));
    expect(Object.isFrozen(others(5))).toBe(true);
    expect(others(3)).not.toBe(others(4));
    // The text of a shared list is written once; an unfrozen list is written each time.
    const msg = photoMessages['photo.near-duplicate'].message.zh;
    const a = msg({ file: '5.jpg', others: others(5), more: 2, scope: 'indicator', distance: 1 });
    const b = msg({ file: '6.jpg', others: others(6), more: 2, scope: 'indicator', distance: 1 });
    expect(a.replace('5.jpg', '')).toBe(b.replace('6.jpg', ''));
    expect(a).toContain('x/0.jpg、x/1.jpg、x/2.jpg、x/3.jpg、x/4.jpg 等另外 2 处');
  });
  it('a frozen list is written out again for another separator, and an unfrozen one is never remembered', () => {
    const frozen = Object.freeze(['甲', '乙', '丙']) as unknown as string[];
    expect(list(frozen, 'zh')).toBe('甲、乙、丙');
    expect(list(frozen, 'en')).toBe('甲, 乙, 丙');
    expect(list(frozen, 'zh')).toBe('甲、乙、丙');
    const open = ['甲', '乙', '丙'];
    expect(list(open, 'zh')).toBe('甲、乙、丙');
    open.push('丁');
    expect(list(open, 'zh')).toBe('甲、乙、丙、丁');
  });
  const near = (a: Partial<Spec>, b: Partial<Spec>) => run([{ path: 'a/1.jpg', sha: 's1', dhash: '00ff00ff00ff00ff', ...a }, { path: 'a/2.jpg', sha: 's2', dhash: '00ff00ff00ff0000', ...b }]);
  it('near-duplicates in full (8 bits apart)', () => {
    expect(near({}, {})).toEqual([
      { ruleId: 'photo.near-duplicate', file: 'a/1.jpg', unit: '县教育局', indicator: 'III-12', group: 'photo.near-duplicate#1', args: { file: '1.jpg', others: ['a/2.jpg'], more: 0, count: 2, scope: 'indicator', distance: 8, source: 'image' }, evidence: { seen: 2, expected: 'each photo used once' } },
      { ruleId: 'photo.near-duplicate', file: 'a/2.jpg', unit: '县教育局', indicator: 'III-12', group: 'photo.near-duplicate#1', args: { file: '2.jpg', others: ['a/1.jpg'], more: 0, count: 2, scope: 'indicator', distance: 8, source: 'image' }, evidence: { seen: 2, expected: 'each photo used once' } },
    ]);
  });
  it('a hash is informative only from a side of 32 px and with 4 to 60 bits set', () => {
    expect(near({ side: 32 }, { side: 32 })).toHaveLength(2);
    expect(near({ side: 31 }, {})).toEqual([]);
    expect(near({}, { side: 31 })).toEqual([]);
    // 4 bits set / 3 bits set, 1 bit apart
    expect(run([{ path: 'a/1.jpg', sha: 's1', dhash: '000000000000000f' }, { path: 'a/2.jpg', sha: 's2', dhash: '000000000000001f' }])).toHaveLength(2);
    expect(run([{ path: 'a/1.jpg', sha: 's1', dhash: '0000000000000007' }, { path: 'a/2.jpg', sha: 's2', dhash: '000000000000000f' }])).toEqual([]);
    // 60 bits set / 61 bits set
    expect(run([{ path: 'a/1.jpg', sha: 's1', dhash: 'fffffffffffffff0' }, { path: 'a/2.jpg', sha: 's2', dhash: 'ffffffffffffffe0' }])).toHaveLength(2);
    expect(run([{ path: 'a/1.jpg', sha: 's1', dhash: 'fffffffffffffff8' }, { path: 'a/2.jpg', sha: 's2', dhash: 'fffffffffffffff0' }])).toEqual([]);
    expect(near({ dhash: null }, {})).toEqual([]);
  });
  it('a byte-identical pair is a duplicate, not also a near-duplicate; the smallest distance is named', () => {
    expect(near({ sha: 'same' }, { sha: 'same', dhash: '00ff00ff00ff00ff' }).map((h) => h.ruleId)).toEqual(['photo.duplicate', 'photo.duplicate']);
    const h = run([
      { path: 'a/1.jpg', sha: 's1', dhash: '00ff00ff00ff00ff' },
      { path: 'a/2.jpg', sha: 's2', dhash: '00ff00ff00ff0000' }, // 8 from 1
      { path: 'a/3.jpg', sha: 's3', dhash: '00ff00ff00ff0001' }, // 7 from 1, 1 from 2
    ]);
    expect(h.map((x) => [x.file, x.args.distance, x.args.count])).toEqual([
      ['a/1.jpg', 7, 3],
      ['a/2.jpg', 1, 3],
      ['a/3.jpg', 1, 3],
    ]);
    expect(new Set(h.map((x) => x.group))).toEqual(new Set(['photo.near-duplicate#1']));
  });
  it('two separate near-duplicate pairs are two groups', () => {
    const h = run([
      { path: 'b/1.jpg', sha: 's1', dhash: '00ff00ff00ff00ff' },
      { path: 'b/2.jpg', sha: 's2', dhash: '00ff00ff00ff00fe' },
      { path: 'a/1.jpg', sha: 's3', dhash: 'ff00ff00ff00ff00' },
      { path: 'a/2.jpg', sha: 's4', dhash: 'ff00ff00ff00ff01' },
    ]);
    expect(h.map((x) => [x.file, x.group])).toEqual([
      ['a/1.jpg', 'photo.near-duplicate#1'],
      ['a/2.jpg', 'photo.near-duplicate#1'],
      ['b/1.jpg', 'photo.near-duplicate#2'],
      ['b/2.jpg', 'photo.near-duplicate#2'],
    ]);
  });
});

describe('photoPrints', () => {
  const fp = { sha256: 'a'.repeat(64), dhash: '00ff00ff00ff00ff', dhashSource: 'thumbnail' as const };
  it('one print per readable photo, with its indicator’s threshold, else the fallback’s', () => {
    const a = photo('a.jpg', { displayWidth: 4000, displayHeight: 3000 }, { fingerprint: fp } as never);
    const b = photo('b.jpg', { displayWidth: null, displayHeight: null, width: 640, height: 480 }, { path: '县教育局/b.jpg' });
    const empty = photo('c.jpg', {}, { size: 0 });
    const broken = photo('d.jpg', {}, { error: { code: 'not-image', detail: '' } as never });
    const io = photo('e.jpg', {}, { error: { code: 'io', detail: '' } as never });
    const cut = photo('f.jpg', { displayWidth: null, displayHeight: null, width: null, height: null }, { error: { code: 'truncated', detail: '' } as never });
    const notPhoto = { ...photo('g.jpg'), kind: 'document' } as ExtractedFile;
    const ind = indicatorOf(rs, [a, empty, broken, io, cut, notPhoto]);
    const p = photoPrints({ units: [unitOf([ind])], files: [a, b, empty, broken, io, cut, notPhoto, { ...photo('h.jpg'), facts: { type: 'none' } } as ExtractedFile] }, ctxOf(rs));
    expect(p).toEqual([
      { path: a.path, name: 'a.jpg', unit: '县教育局', indicator: 'III-12', sha256: fp.sha256, dhash: fp.dhash, dhashSource: 'thumbnail', side: 3000, threshold: 10 },
      { path: '县教育局/b.jpg', name: 'b.jpg', unit: '县教育局', indicator: 'III-12', sha256: null, dhash: null, dhashSource: '', side: 480, threshold: rs.fallback.photos.nearDuplicateDistance },
      { path: cut.path, name: 'f.jpg', unit: '县教育局', indicator: 'III-12', sha256: null, dhash: null, dhashSource: '', side: 0, threshold: 10 },
    ]);
  });
  it('a count of photos below min is not this check’s business', () => expect(count(hits(), 'material.photos-too-few')).toBe(0));
});

describe('photo.outside-window in full (real festival calendar: 端午 2025-05-31, 7 days either side)', () => {
  const fest = (festivals: string[], period = { start: '2024-08-01', end: '2025-07-31' }) =>
    rules({ period, indicators: [{ code: 'III-12', name: '我们的节日', festivals, photos: { ...params, within: 'festival' } }] } as never);
  const shot = (r: ReturnType<typeof fest>, capturedAt: string) => {
    const f = photo(NAME, { bytes: 3000, capturedAt, modifiedAt: null }, { size: 3000 });
    return runChecks(fileChecks, unitOf([indicatorOf(r, [f])]), ctxOf(r)).filter((h) => h.ruleId === 'photo.outside-window');
  };
  it('outside every window of the indicator’s festivals', () => {
    expect(shot(fest(['端午']), '2025-06-12T09:00:00')).toEqual([
      {
        ruleId: 'photo.outside-window', file: PATH, location: { exifTag: 'DateTimeOriginal' },
        args: { file: NAME, seen: '2025-06-12', windows: [{ festival: '端午', from: '2025-05-24', to: '2025-06-07' }] },
        evidence: { seen: '2025-06-12', expected: '端午 2025-05-24~2025-06-07' },
      },
    ]);
    expect(shot(fest(['端午']), '2025-06-07T09:00:00')).toEqual([]);
  });
  it('inside one of two windows is enough', () => {
    expect(shot(fest(['端午', '中秋']), '2025-06-01T09:00:00')).toEqual([]);
    expect(shot(fest(['端午', '中秋']), '2025-06-12T09:00:00')[0]!.evidence!.expected).toMatch(/^中秋 \d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2}; 端午 2025-05-24~2025-06-07$/);
  });
  it('no festival of the indicator in the period: no window to name', () => {
    expect(shot(fest(['中秋'], { start: '2025-06-01', end: '2025-06-30' }), '2025-06-12T09:00:00')).toEqual([
      { ruleId: 'photo.outside-window', file: PATH, location: { exifTag: 'DateTimeOriginal' }, args: { file: NAME, seen: '2025-06-12', windows: [] }, evidence: { seen: '2025-06-12', expected: null } },
    ]);
  });
});
