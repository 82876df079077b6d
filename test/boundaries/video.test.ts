/**
 * Video checks (checks/video.ts) on facts built in memory: the China-time date (metadata tag with
 * and without a zone, a date alone, mvhd's UTC + 8 h), the period just inside / on / just outside
 * at both ends, the shortest length just under / on / over, and an unreadable video.
 */
import { describe, expect, it } from 'vitest';
import { videoChecks, videoChinaTime } from '../../src/checks/video.js';
import { countVideos, videoKind, videoRequirement } from '../../src/kinds/video.js';
import { soundOnly } from '../../src/kinds/video-requirement.js';
import { chinaWallClock } from '../../src/windows/days.js';
import type { ExtractedFile, VideoFacts } from '../../src/types.js';
import type { Material } from '../../src/kinds/types.js';
import { count, ctxOf, indicatorOf, PERIOD, rules, runChecks, unitOf, type Hit } from './helpers.js';

const facts = (over: Partial<VideoFacts> = {}): VideoFacts => ({
  format: 'mp4', brand: 'isom', compatibleBrands: ['isom'], bytes: 1_000_000, createdUtc: '2025-06-12T01:30:00Z', metadataDate: null,
  durationSeconds: 60, width: 1920, height: 1080, rotation: 0, videoTracks: 1, audioTracks: 1, ...over,
});
function video(over: Partial<VideoFacts> = {}, fileOver: Partial<ExtractedFile> = {}): ExtractedFile {
  return {
    path: '县教育局/III-12/活动.mp4', absPath: Buffer.from('活动.mp4'), name: '活动.mp4', nameRepaired: false, size: 1_000_000, container: 'unknown',
    kind: 'video', unit: '县教育局', indicator: 'III-12', notes: [], facts: { type: 'video', ...facts(over) }, error: null, ...fileOver,
  } as ExtractedFile;
}
const meta = (time: string | null, offset: string | null, tag = 'com.apple.quicktime.creationdate') => ({ tag, value: `${time}${offset ?? ''}`, time, offset });

function run(file: ExtractedFile, materials: Record<string, unknown>[] = [{ kind: 'video', min: 1 }]): Hit[] {
  const rs = rules({ indicators: [{ code: 'III-12', name: '我们的节日', materials }] } as never);
  return runChecks(videoChecks, unitOf([indicatorOf(rs, [file])]), ctxOf(rs));
}

describe('the China time of a video', () => {
  it('mvhd is UTC: +8 h, across midnight into the next China day', () => {
    expect(videoChinaTime(facts({ createdUtc: '2024-07-31T16:30:00Z' }))).toEqual({ time: '2024-08-01T00:30:00', source: 'mvhd' });
    expect(videoChinaTime(facts({ createdUtc: '2024-07-31T15:59:59Z' }))).toEqual({ time: '2024-07-31T23:59:59', source: 'mvhd' });
  });
  it('a metadata date with a zone is converted to China time and wins over mvhd', () => {
    expect(videoChinaTime(facts({ metadataDate: meta('2025-07-31T20:00:00', '-0400') }))).toEqual({ time: '2025-08-01T08:00:00', source: 'com.apple.quicktime.creationdate' });
    expect(videoChinaTime(facts({ metadataDate: meta('2025-07-31T20:00:00', '+08:00', '©day') }))).toEqual({ time: '2025-07-31T20:00:00', source: '©day' });
    expect(videoChinaTime(facts({ metadataDate: meta('2025-07-31T20:00:00', 'Z') }))).toEqual({ time: '2025-08-01T04:00:00', source: 'com.apple.quicktime.creationdate' });
  });
  it('without a zone it is China wall-clock time already; a date alone is that day', () => {
    expect(videoChinaTime(facts({ metadataDate: meta('2025-07-31T20:00:00', null) }))).toEqual({ time: '2025-07-31T20:00:00', source: 'com.apple.quicktime.creationdate' });
    expect(videoChinaTime(facts({ metadataDate: meta('2025-07-31', '+0900') }))).toEqual({ time: '2025-07-31', source: 'com.apple.quicktime.creationdate' });
  });
  it('a metadata date that is no instant falls back to mvhd; no time at all is null', () => {
    expect(videoChinaTime(facts({ metadataDate: meta('2025-13-45T99:00:00', '+0800') }))).toEqual({ time: '2025-06-12T09:30:00', source: 'mvhd' });
    expect(videoChinaTime(facts({ metadataDate: meta(null, '+0800') }))).toEqual({ time: '2025-06-12T09:30:00', source: 'mvhd' });
    expect(videoChinaTime(facts({ metadataDate: meta(null, null), createdUtc: null }))).toBeNull();
    expect(videoChinaTime(facts({ createdUtc: 'garbage' }))).toBeNull();
  });
  it('chinaWallClock: no instant is null', () => {
    expect(chinaWallClock('not a time')).toBeNull();
    expect(chinaWallClock('2025-01-01T00:00:00+08:00')).toBe('2025-01-01T00:00:00');
    expect(chinaWallClock('+275760-09-13T00:00:00Z')).toBeNull(); // the last instant JS can hold, plus 8 h, is none
  });
});

describe(`the period ${PERIOD.start} ~ ${PERIOD.end} (both ends inside)`, () => {
  const at = (utc: string) => run(video({ createdUtc: utc }));
  it.each([
    ['the day before the start (China time)', '2024-07-31T15:59:59Z', 1],
    ['the start, just after China midnight', '2024-07-31T16:00:00Z', 0],
    ['inside', '2025-01-15T04:00:00Z', 0],
    ['the end, last China second', '2025-07-31T15:59:59Z', 0],
    ['the day after the end', '2025-07-31T16:00:00Z', 1],
  ])('%s', (_w, utc, n) => expect(count(at(utc), 'video.outside-period')).toBe(n));
  it('the finding names the tag, the China day and the period', () => {
    const [h] = run(video({ metadataDate: meta('2025-08-01T09:00:00', null, '©day') })).filter((x) => x.ruleId === 'video.outside-period');
    expect(h).toMatchObject({
      file: '县教育局/III-12/活动.mp4',
      location: { exifTag: 'QuickTime:ContentCreateDate' },
      args: { file: '活动.mp4', seen: '2025-08-01', start: PERIOD.start, end: PERIOD.end, source: '©day' },
      evidence: { seen: '2025-08-01T09:00:00', expected: `${PERIOD.start} ~ ${PERIOD.end}` },
    });
    const [m] = run(video({ createdUtc: '2025-08-01T01:00:00Z' })).filter((x) => x.ruleId === 'video.outside-period');
    expect(m!.location).toEqual({ exifTag: 'QuickTime:CreateDate' });
    const [c] = run(video({ metadataDate: meta('2025-08-01T09:00:00', null) })).filter((x) => x.ruleId === 'video.outside-period');
    expect(c!.location).toEqual({ exifTag: 'QuickTime:CreationDate' });
    const [o] = run(video({ metadataDate: meta('2025-08-01T09:00:00', null, 'other-tag') })).filter((x) => x.ruleId === 'video.outside-period');
    expect(o!.location).toEqual({ exifTag: 'other-tag' });
  });
  it('no date at all', () => {
    const hits = run(video({ createdUtc: null }));
    expect(hits.map((h) => h.ruleId)).toEqual(['video.no-date']);
    expect(hits[0]).toMatchObject({ location: { exifTag: 'QuickTime:CreateDate' }, args: { file: '活动.mp4' }, evidence: { seen: null, expected: 'creation date' } });
  });
});

describe('minSeconds: just under / on / over', () => {
  const len = (s: number | null, minSeconds?: number) => run(video({ durationSeconds: s }), [{ kind: 'video', min: 1, ...(minSeconds === undefined ? {} : { minSeconds }) }]);
  it.each([
    [29.999, 1],
    [30, 0],
    [30.001, 0],
    [null, 0],
  ])('%s s against 30 s', (s, n) => expect(count(len(s, 30), 'video.too-short')).toBe(n));
  it('the finding carries raw seconds', () => {
    expect(len(12.5, 30).find((h) => h.ruleId === 'video.too-short')).toMatchObject({ args: { file: '活动.mp4', seen: 12.5, expected: 30 }, evidence: { seen: 12.5, expected: 30 } });
  });
  it('no minSeconds (or 0, or no video entry): any length', () => {
    expect(count(len(0.001), 'video.too-short')).toBe(0);
    expect(count(len(0, 0), 'video.too-short')).toBe(0);
    expect(count(run(video({ durationSeconds: 0.5 }), []), 'video.too-short')).toBe(0);
  });
  it('an indicator outside the rule file uses the fallback (no length asked)', () => {
    const rs = rules();
    const f = video({ durationSeconds: 1 });
    const hits = runChecks(videoChecks, unitOf([], { rootFiles: [f], files: [f] }), ctxOf(rs));
    expect(count(hits, 'video.too-short')).toBe(0);
    expect(count(hits, 'video.outside-period')).toBe(0);
  });
});

describe('tracks: sound only (0 video tracks) / one video track', () => {
  it('sound only is video.no-picture, in full, and still dated', () => {
    const hits = run(video({ videoTracks: 0, audioTracks: 1, width: null, height: null }));
    expect(hits).toEqual([
      { ruleId: 'video.no-picture', file: '县教育局/III-12/活动.mp4', args: { file: '活动.mp4', audioTracks: 1 }, evidence: { seen: '0 video, 1 audio tracks', expected: 'a video track' } },
    ]);
    expect(count(run(video({ videoTracks: 0, audioTracks: 1, width: null, height: null, createdUtc: '2026-01-01T00:00:00Z' })), 'video.outside-period')).toBe(1);
  });
  it('one video track, with or without sound: no finding', () => {
    expect(run(video({ videoTracks: 1, audioTracks: 0 }))).toEqual([]);
    expect(run(video({ videoTracks: 2, audioTracks: 2 }))).toEqual([]);
  });
});

describe('an unreadable video', () => {
  it('is video.unreadable with its problem, and nothing else', () => {
    const hits = run(video({ createdUtc: null, durationSeconds: 1 }, { error: { code: 'truncated', detail: 'moov cut', args: { at: 100 } } as never }), [{ kind: 'video', minSeconds: 30 }]);
    expect(hits).toEqual([
      { ruleId: 'video.unreadable', file: '县教育局/III-12/活动.mp4', args: { file: '活动.mp4', problem: 'truncated', at: 100 }, evidence: { seen: 'truncated: moov cut', expected: 'readable video' } },
    ]);
  });
  it('an io error is left to the core check', () => {
    expect(run(video({ createdUtc: null }, { error: { code: 'io', detail: 'EIO' } as never }))).toEqual([]);
  });
  it('facts of another type are not judged', () => {
    const f = { ...video(), facts: { type: 'none' } } as ExtractedFile;
    expect(run(f)).toEqual([]);
  });
});

describe('kind: video', () => {
  const v = (error: ExtractedFile['error'] = null) => video({}, { error });
  it('counts readable videos only: one short / on / over min', () => {
    const m = { kind: 'video', min: 2, minSeconds: 0 } as Material & { minSeconds: number; kind: 'video' };
    expect(videoKind.judge({ files: [v(), v({ code: 'truncated', detail: '' } as never)], folder: null }, m)).toEqual({
      ruleId: 'material.videos-too-few', args: { seen: 1, expected: 2 }, evidence: { seen: 1, expected: 2 },
    });
    expect(videoKind.judge({ files: [v(), v()], folder: null }, m)).toBeNull();
    expect(videoKind.judge({ files: [v(), v(), v()], folder: null }, m)).toBeNull();
    expect(countVideos([v(), { ...v(), kind: 'photo' } as ExtractedFile])).toBe(1);
    // Sound only (no video track) does not count; one video track does.
    const tracks = (videoTracks: number, more: Partial<VideoFacts> = {}) => video({ videoTracks, audioTracks: 1, width: videoTracks ? 1920 : null, height: videoTracks ? 1080 : null, ...more });
    expect(countVideos([tracks(0), tracks(1), tracks(2)])).toBe(2);
    // A handler-less track with a picture size is the picture; no tracks at all is not "sound only".
    expect(soundOnly(tracks(0, { width: 1920, height: 1080 }))).toBe(false);
    expect(soundOnly(tracks(0, { width: 1920, height: null }))).toBe(false);
    expect(soundOnly(tracks(0, { audioTracks: 0 }))).toBe(false);
    expect(soundOnly(tracks(0))).toBe(true);
    expect(soundOnly(tracks(1))).toBe(false);
  });
  it('videoRequirement: the entry with defaults, or nothing asked', () => {
    expect(videoRequirement([{ kind: 'photo', min: 3 }, { kind: 'video', min: 2 }])).toEqual({ kind: 'video', min: 2, minSeconds: 0 });
    expect(videoRequirement([{ kind: 'photo', min: 3 }])).toEqual({ kind: 'video', min: 0, minSeconds: 0 });
    expect(videoRequirement(undefined)).toEqual({ kind: 'video', min: 0, minSeconds: 0 });
    expect(videoKind.identity({ kind: 'video', min: 1, minSeconds: 0 })).toBe('video');
  });
});
