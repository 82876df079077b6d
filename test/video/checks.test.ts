/**
 * Video evidence end to end through `check()`, on folders of movies built by code: a video from
 * the period passes, one from before it does not; the period's edges in China time across the
 * UTC day boundary (mvhd is UTC; metadata carries its zone); no date; unreadable videos are not
 * checked (never passed); a .mov named .mp4 and a text file named .mp4.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { writeMovie, type MovieSpec } from '../../fixtures/build/video.js';
import { videoChinaTime } from '../../src/checks/video.js';
import type { VideoFacts } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const root = tempDir('lc-video-');

const IND = 'Ⅲ—12 我们的节日';
const RULES = `name: 视频规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  report: { required: false }
  photo: { min: 0 }
indicators:
  - code: Ⅲ—12
    name: 我们的节日
`;
const rulesFile = path.join(root, 'rules.yaml');
fs.writeFileSync(rulesFile, RULES);

let n = 0;
/** One unit folder holding the given files in its indicator folder; returns the unit folder. */
function folder(files: Record<string, Buffer | string>): string {
  const unit = path.join(root, `u${n++}`);
  fs.mkdirSync(path.join(unit, IND), { recursive: true });
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(unit, IND, name), data);
  return unit;
}

async function run(files: Record<string, Buffer | string>, lang: 'zh' | 'en' = 'zh') {
  const report = await check({ path: folder(files), rules: rulesFile, asOf: '2026-10-20', nearDuplicates: false, lang });
  const findings = report.findings.filter((f) => f.file); // the unit-level ones (no sign-off sheet, unassigned) are not about videos
  const status = (name: string) => report.files.find((f) => f.path.endsWith(`/${name}`))?.status;
  return { report, findings, ids: (name: string) => findings.filter((f) => f.file?.endsWith(`/${name}`)).map((f) => f.ruleId).sort(), status };
}

const mp4 = (spec: MovieSpec) => writeMovie({ flavour: 'mp4', ...spec });

describe('a movie holding sound only', () => {
  it('is video.no-picture (error) and does not count as a video; one video track is enough', async () => {
    const r = await run({ '录音.mp4': mp4({ picture: false }), '无声.mp4': mp4({ audio: false }) });
    expect(r.ids('录音.mp4')).toEqual(['video.no-picture']);
    expect(r.status('录音.mp4')).toBe('fail');
    expect(r.findings.find((x) => x.ruleId === 'video.no-picture')!.message).toBe('录音.mp4：文件里只有声音，没有视频画面，不能作为视频资料');
    expect(r.ids('无声.mp4')).toEqual([]);
    expect(r.status('无声.mp4')).toBe('pass');
  });
});

describe('the issue’s case: one .mp4 from the period, one from before it', () => {
  it('the one from before is video.outside-period (error, with the China day and its source); the other passes', async () => {
    const r = await run({ '端午活动.mp4': mp4({ createdUtc: '2026-06-19T02:00:00Z' }), '去年活动.mp4': mp4({ createdUtc: '2025-06-01T02:00:00Z' }) });
    expect(r.ids('端午活动.mp4')).toEqual([]);
    expect(r.status('端午活动.mp4')).toBe('pass');
    expect(r.ids('去年活动.mp4')).toEqual(['video.outside-period']);
    expect(r.status('去年活动.mp4')).toBe('fail');
    const f = r.findings.find((x) => x.ruleId === 'video.outside-period')!;
    expect(f).toMatchObject({
      severity: 'error',
      args: { file: '去年活动.mp4', seen: '2025-06-01', start: '2025-08-01', end: '2026-07-31', source: 'mvhd' },
      location: { exifTag: 'QuickTime:CreateDate' },
    });
    expect(f.message).toBe('去年活动.mp4：拍摄于 2025-06-01（北京时间，来自视频创建时间（mvhd，UTC 换算为北京时间）），不在测评周期 2025-08-01 ~ 2026-07-31 内');
    expect(r.report.files.find((x) => x.path.endsWith('端午活动.mp4'))?.kind).toBe('video');
  });

  it('reads in English', async () => {
    const r = await run({ 'old.mp4': mp4({ createdUtc: '2025-06-01T02:00:00Z' }) }, 'en');
    expect(r.findings.find((x) => x.ruleId === 'video.outside-period')!.message).toBe(
      'old.mp4: recorded on 2025-06-01 (China time, from the movie creation time (mvhd, UTC converted to China time)), outside the evaluation period 2025-08-01 to 2026-07-31',
    );
  });
});

describe('the period’s edges, in China time (UTC+8), across the UTC day boundary', () => {
  // mvhd is UTC: 16:00Z is midnight in China the next day.
  it.each([
    ['the day before the start, last second', '2025-07-31T15:59:59Z', true],
    ['the first day, first second', '2025-07-31T16:00:00Z', false],
    ['the first day, UTC date still the day before', '2025-07-31T23:00:00Z', false],
    ['the last day, last second', '2026-07-31T15:59:59Z', false],
    ['the day after the end, first second', '2026-07-31T16:00:00Z', true],
  ])('mvhd %s (%s) → outside: %s', async (_what, utc, outside) => {
    const r = await run({ 'v.mp4': mp4({ createdUtc: utc }) });
    expect(r.ids('v.mp4')).toEqual(outside ? ['video.outside-period'] : []);
  });

  it.each([
    ['Apple +0800, the first day just after midnight', { appleCreationDate: '2025-08-01T00:00:00+0800' }, false],
    ['Apple +0800, the day before, last second', { appleCreationDate: '2025-07-31T23:59:59+0800' }, true],
    ['©day in UTC (Z) that is the first China day', { day: '2025-07-31T16:30:00Z' }, false],
    ['©day in UTC (Z) that is still the day before in China', { day: '2025-07-31T15:30:00Z' }, true],
    ['©day -07:00 (filmed abroad) on the last day, which is the day after in China', { day: '2026-07-31T10:00:00-0700' }, true],
    ['©day without a zone is China time already', { day: '2026-07-31T23:59:59' }, false],
    ['©day without a zone, the day after', { day: '2026-08-01T00:00:00' }, true],
    ['©day with the date only, the last day', { day: '2026-07-31' }, false],
    ['©day with the date only, the day before the start', { day: '2025-07-31' }, true],
  ])('metadata %s → outside: %s', async (_what, spec, outside) => {
    // mvhd says a day well inside: the metadata date is preferred, so it alone decides.
    const r = await run({ 'v.mov': writeMovie({ flavour: 'mov', createdUtc: '2026-01-01T00:00:00Z', ...spec }) });
    expect(r.ids('v.mov')).toEqual(outside ? ['video.outside-period'] : []);
  });

  it('a metadata date inside the period is preferred over an mvhd date outside it', async () => {
    const r = await run({ 'v.mov': writeMovie({ flavour: 'mov', createdUtc: '2024-01-01T00:00:00Z', appleCreationDate: '2026-06-19T10:15:30+0800' }) });
    expect(r.ids('v.mov')).toEqual([]);
  });

  it('the source of the date is named in the finding', async () => {
    const r = await run({ 'v.mov': writeMovie({ flavour: 'mov', appleCreationDate: '2025-07-31T23:59:59+0800' }) });
    expect(r.findings[0]).toMatchObject({ ruleId: 'video.outside-period', args: { source: 'com.apple.quicktime.creationdate', seen: '2025-07-31' }, location: { exifTag: 'QuickTime:CreationDate' } });
  });
});

describe('no date, unreadable, misnamed', () => {
  it('no creation time anywhere → video.no-date (a warning: the date is not judged, it is said)', async () => {
    const r = await run({ 'v.mp4': mp4({ createdUtc: null }) });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['video.no-date', 'warning']]);
  });

  it.each([
    ['garbage named .mp4', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256)), 'unreadable'],
    ['a truncated movie', mp4({ moovLast: true, mdatBytes: 2000 }).subarray(0, 1500), 'truncated'],
    ['an empty .mov', Buffer.alloc(0), 'empty'],
  ])('%s → video.unreadable, file not checked, run fails', async (_what, bytes, problem) => {
    const r = await run({ 'v.mp4': bytes });
    expect(r.ids('v.mp4')).toEqual(['video.unreadable']);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', args: { problem } });
    expect(r.status('v.mp4')).toBe('not-checked');
    expect(r.report.summary.filesNotChecked).toBe(1);
    expect(r.report.summary.status).toBe('fail');
  });

  it('video.unreadable turned off still leaves the file unpassed (the safety net reports it)', async () => {
    const off = path.join(root, 'off.yaml');
    fs.writeFileSync(off, `${RULES}severity:\n  video.unreadable: off\n`);
    const report = await check({ path: folder({ 'v.mp4': Buffer.from('garbage garbage garbage') }), rules: off, asOf: '2026-10-20', nearDuplicates: false });
    expect(report.files[0]!.status).not.toBe('pass');
  });

  it('a .mov named .mp4 is read as the QuickTime movie it is, with an extension warning', async () => {
    const r = await run({ 'v.mp4': writeMovie({ flavour: 'mov', createdUtc: '2026-06-19T02:00:00Z' }) });
    expect(r.ids('v.mp4')).toEqual(['file.extension-mismatch']);
    expect(r.findings[0]!.args).toEqual({ seen: 'mp4', expected: 'mov' });
    expect(r.findings[0]!.message).toBe('扩展名是 .mp4，内容却是 QuickTime (.mov) 视频');
    expect(r.status('v.mp4')).toBe('pass');
  });

  it('a text file named .mp4 is not a video: an unrecognised file', async () => {
    const r = await run({ 'v.mp4': '这是一段说明文字，不是视频。\n' });
    expect(r.ids('v.mp4')).toEqual(['file.unrecognized']);
    expect(r.report.files[0]!.kind).toBe('other');
  });

  it('a movie named .jpg is a video, not a broken photo', async () => {
    const r = await run({ 'v.jpg': mp4({ createdUtc: '2026-06-19T02:00:00Z' }) });
    expect(r.report.files[0]!.kind).toBe('video');
    expect(r.ids('v.jpg')).toEqual(['file.extension-mismatch']);
  });

  it('a HEIC photo (ISO BMFF too) stays a photo', async () => {
    const heic = Buffer.concat([Buffer.from('00000018667479706865696300000000', 'hex'), Buffer.from('mif1heic'), Buffer.alloc(64)]);
    const r = await run({ 'p.heic': heic });
    expect(r.report.files[0]!.kind).toBe('photo');
  });
});

describe('China time of a video', () => {
  const base: VideoFacts = {
    format: 'mp4', brand: 'isom', compatibleBrands: [], bytes: 1, createdUtc: null, metadataDate: null,
    durationSeconds: null, width: null, height: null, rotation: null, videoTracks: 1, audioTracks: 0,
  };
  it('mvhd UTC + 8 h; metadata with a zone converted; without one, as written; none → null', () => {
    expect(videoChinaTime({ ...base, createdUtc: '2025-07-31T16:00:00Z' })).toEqual({ time: '2025-08-01T00:00:00', source: 'mvhd' });
    expect(videoChinaTime({ ...base, metadataDate: { tag: '©day', value: '', time: '2025-07-31T20:00:00', offset: '-05:00' } })).toEqual({ time: '2025-08-01T09:00:00', source: '©day' });
    expect(videoChinaTime({ ...base, metadataDate: { tag: '©day', value: '', time: '2025-07-31T20:00:00', offset: null } })).toEqual({ time: '2025-07-31T20:00:00', source: '©day' });
    expect(videoChinaTime({ ...base, metadataDate: { tag: '©day', value: '2026', time: null, offset: null }, createdUtc: '2026-01-01T00:00:00Z' })).toEqual({ time: '2026-01-01T08:00:00', source: 'mvhd' });
    expect(videoChinaTime(base)).toBeNull();
  });
});
