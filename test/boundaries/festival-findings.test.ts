/**
 * 我们的节日 findings in full on facts built in memory: a festival with no activity, one short of
 * perFestival, one short of the online count; and which register rows and photo days make
 * activities (a listed photo is its row's, photos of one day are one activity, a date in a
 * caption or file name stands in for EXIF), with their refs, online flags and named festivals.
 */
import { describe, expect, it } from 'vitest';
import { festivalChecks } from '../../src/checks/festival.js';
import { collectActivities } from '../../src/checks/festival-activities.js';
import type { ExtractedFile } from '../../src/types.js';
import { renderMessage } from '../../src/messages/index.js';
import { ctxOf, indicatorOf, PERIOD, photo, register, row, rules, runChecks, unitOf, type Hit } from './helpers.js';

// 端午 2025 is 2025-05-31; the default window is 7 days either side.
const W = { festival: '端午', date: '2025-05-31', from: '2025-05-24', to: '2025-06-07' };
const rsOf = (perFestival: number, online: number, festivals = ['端午']) =>
  rules({ indicators: [{ code: 'III-12', name: '我们的节日', festivals, register: { perFestival, online } }] } as never);
function run(files: ExtractedFile[], rs = rsOf(2, 1), folder: string | null = 'x'): Hit[] {
  const ind = { ...indicatorOf(rs, files), folder };
  return runChecks(festivalChecks, unitOf([ind]), ctxOf(rs));
}
const pic = (name: string, capturedAt: string | null, description: string | null = null) => photo(name, { capturedAt, createdAt: null, description });

describe('festival findings', () => {
  it('no activity at all: festival.missing, expecting perFestival (at least 1)', () => {
    expect(run([])).toEqual([{ ruleId: 'festival.missing', location: { date: W.date }, args: W, evidence: { seen: 0, expected: 2 } }]);
    expect(run([], rsOf(0, 0))).toEqual([{ ruleId: 'festival.missing', location: { date: W.date }, args: W, evidence: { seen: 0, expected: 1 } }]);
  });
  it('one short of perFestival and of the online count', () => {
    expect(run([register([row('2025-05-31')])])).toEqual([
      { ruleId: 'festival.too-few', location: { date: W.date }, args: { ...W, seen: 1, expected: 2 }, evidence: { seen: 1, expected: 2 } },
      { ruleId: 'festival.no-online', location: { date: W.date }, args: { ...W, seen: 0, expected: 1 }, evidence: { seen: 0, expected: 1 } },
    ]);
  });
  it('on perFestival and on the online count: nothing', () => {
    expect(run([register([row('2025-05-31'), row('2025-06-01', null, { row: 4, online: true })])])).toEqual([]);
  });
  it('a register that could not be read: the counts say they are the photos’ alone (zh and en), never “登记表和照片中都没有”', () => {
    const broken = { ...register([]), error: { code: 'truncated', detail: 'x' } } as ExtractedFile;
    const hits = run([broken, pic('2025-05-30 端午 包粽子.jpg', '2025-05-30T09:00:00')]);
    expect(hits).toEqual([
      { ruleId: 'festival.too-few', location: { date: W.date }, args: { ...W, registerUnread: true, seen: 1, expected: 2 }, evidence: { seen: 1, expected: 2 } },
      { ruleId: 'festival.no-online', location: { date: W.date }, args: { ...W, registerUnread: true, seen: 0, expected: 1 }, evidence: { seen: 0, expected: 1 } },
    ]);
    expect(renderMessage('festival.no-online', 'zh', hits[1]!.args)).toBe('端午（2025-05-31，时段 2025-05-24 ~ 2025-06-07）线上活动 0 次，要求至少 1 次（登记表无法读取，只按照片统计；修好登记表后再检查）');
    const none = run([broken])[0]!;
    expect(none.args).toEqual({ ...W, registerUnread: true });
    expect(renderMessage('festival.missing', 'zh', none.args)).toBe('端午（2025-05-31）没有找到活动：照片中没有 2025-05-24 ~ 2025-06-07 期间的活动（登记表无法读取，只按照片统计；修好登记表后再检查）');
    expect(renderMessage('festival.missing', 'en', none.args)).toBe(
      'no activity found for the Dragon Boat Festival (2025-05-31): no photo shows one between 2025-05-24 and 2025-06-07 (the register could not be read: photos only; check again once it is fixed)',
    );
    // A register without its header row counted nothing either; a readable one changes nothing.
    expect(run([register([], { headerFound: false })])[0]!.args).toEqual({ ...W, registerUnread: true });
    expect(run([register([])])[0]!.args).toEqual(W);
  });
  it('one register unreadable beside one read: its rows were counted, so the finding never says “photos only”', () => {
    const broken = { ...register([]), error: { code: 'encrypted', detail: 'x' } } as ExtractedFile;
    const read = register([row('2025-05-31')]);
    const hits = run([broken, read]);
    expect(hits.map((h) => h.args)).toEqual([
      { ...W, registerUnread: true, registerRead: true, seen: 1, expected: 2 },
      { ...W, registerUnread: true, registerRead: true, seen: 0, expected: 1 },
    ]);
    expect(renderMessage('festival.too-few', 'zh', hits[0]!.args)).toBe('端午（2025-05-31，时段 2025-05-24 ~ 2025-06-07）只有 1 次活动，要求至少 2 次（另有登记表无法读取，未计入；修好后再检查）');
    const none = run([broken, register([])])[0]!;
    expect(renderMessage('festival.missing', 'zh', none.args)).toBe('端午（2025-05-31）没有找到活动：登记表和照片中都没有 2025-05-24 ~ 2025-06-07 期间的活动（另有登记表无法读取，未计入；修好后再检查）');
    expect(renderMessage('festival.missing', 'en', none.args)).toBe(
      'no activity found for the Dragon Boat Festival (2025-05-31): neither the register nor the photos show one between 2025-05-24 and 2025-06-07 (another register could not be read and was not counted; check again once it is fixed)',
    );
  });
  it('an indicator without a folder, or without festivals, is not judged', () => {
    expect(run([], rsOf(2, 1), null)).toEqual([]);
    expect(run([], rsOf(2, 1, []))).toEqual([]);
  });
});

describe('collectActivities', () => {
  it('register rows with a date; a listed photo is its row’s, not an activity of its own', () => {
    const reg = register([
      row('2025-05-31', null, { name: '包粽子', note: '端午节活动', photos: ['a.jpg'] }),
      row('', null, { row: 4, date: null, dateError: 'unrecognised' }),
      row('2025-06-01', '2025-06-02', { row: 5, name: null, online: true }),
    ]);
    const acts = collectActivities([reg, pic('a.jpg', '2025-05-31T09:00:00')], PERIOD);
    expect(acts).toEqual([
      { source: 'register', ref: `${reg.path}#Sheet1!3`, from: '2025-05-31', to: '2025-05-31', online: false, named: ['端午'] },
      { source: 'register', ref: `${reg.path}#Sheet1!5`, from: '2025-06-01', to: '2025-06-02', online: true, named: [] },
    ]);
  });
  it('a row names its festival in its note too', () => {
    expect(collectActivities([register([row('2025-05-31', null, { name: null, note: '赛龙舟' })])], PERIOD)[0]!.named).toEqual(['端午']);
    expect(collectActivities([register([row('2025-05-31', null, { name: '七夕', note: null })])], PERIOD)[0]!.named).toEqual(['七夕']);
  });
  it('photos no row lists: one activity per day, in day order, dated by EXIF or by a date in the caption or name', () => {
    const p1 = pic('b.jpg', '2025-06-03T09:00:00', '网上 直播 活动');
    const p2 = pic('c.jpg', '2025-06-03T15:00:00');
    const p3 = pic('2025年6月1日 包粽子.jpg', null);
    const p4 = pic('d.jpg', null, '5月30日 端午 活动');
    const p5 = pic('e.jpg', null); // no date anywhere: no activity
    const acts = collectActivities([p1, p2, p3, p4, p5], PERIOD);
    expect(acts).toEqual([
      { source: 'photo', ref: p4.path, from: '2025-05-30', to: '2025-05-30', online: false, named: ['端午'] },
      { source: 'photo', ref: p3.path, from: '2025-06-01', to: '2025-06-01', online: false, named: ['端午'] },
      { source: 'photo', ref: `${p1.path}, ${p2.path}`, from: '2025-06-03', to: '2025-06-03', online: true, named: [] },
    ]);
  });
  it('the EXIF day wins over a date in the name', () => {
    expect(collectActivities([pic('2025年6月1日.jpg', '2025-06-05T09:00:00')], PERIOD).map((a) => a.from)).toEqual(['2025-06-05']);
  });
  it('a photo file of another kind is no activity', () => {
    expect(collectActivities([{ ...pic('a.jpg', '2025-06-05T09:00:00'), kind: 'document' } as ExtractedFile], PERIOD)).toEqual([]);
  });
});
