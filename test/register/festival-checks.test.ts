import { describe, expect, it, beforeAll } from 'vitest';
import { extractRegister } from '../../src/extract/register.js';
import { festivalChecks } from '../../src/checks/festival.js';
import { collectActivities } from '../../src/checks/festival-activities.js';
import { festivalWindowsInPeriod, addDays } from '../../src/festivals/index.js';
import type { ExtractedFile } from '../../src/types.js';
import type { FestivalName } from '../../src/rules/schema.js';
import { makeRegisterXlsx, festivalRegisterSheet, type CellSpec } from '../../fixtures/build/xlsx.js';
import { tempDir, writeFixture, photo } from './helpers.js';
import { ruleSet, indicator, run } from './model.js';

// The built-in rule set's period; festival dates are computed, never typed here.
const rules = ruleSet({ start: '2025-08-01', end: '2026-07-31' });
const windows = festivalWindowsInPeriod(rules.period, rules.festivals);
const dateOf = (name: FestivalName) => windows.find((w) => w.name === name)!.date;
let dir: string;
let seq = 0;

async function registerFor(rows: { name: string; date: CellSpec; form?: string; photos?: string }[]): Promise<ExtractedFile> {
  const buf = await makeRegisterXlsx({ sheets: [festivalRegisterSheet('县教育局', rows)] });
  const f = await writeFixture(dir, `登记表${++seq}.xlsx`, buf);
  const r = await extractRegister(f);
  return { ...f, facts: r.facts, error: r.error };
}

beforeAll(async () => {
  dir = await tempDir();
});

describe('festival checks (我们的节日)', () => {
  it('fails a folder missing 端午 activities and with no online activity, naming both', async () => {
    const festivals: FestivalName[] = ['七夕', '中秋', '重阳', '春节', '元宵', '清明'];
    const reg = await registerFor(festivals.map((f, i) => ({ name: `${f}主题活动`, date: { date: addDays(dateOf(f), i % 3) }, form: '线下' })));
    const hits = run(festivalChecks, indicator(rules, 'III-12', [reg]), rules);
    const missing = hits.filter((h) => h.ruleId === 'festival.missing');
    expect(missing.map((h) => h.args?.festival)).toEqual(['端午']);
    const w = windows.find((x) => x.name === '端午')!;
    expect(missing[0]!.zh).toContain(`端午（${w.date}）`);
    expect(missing[0]!.zh).toContain(`${w.from} ~ ${w.to}`);
    const noOnline = hits.filter((h) => h.ruleId === 'festival.no-online');
    expect(noOnline.map((h) => h.args?.festival).sort()).toEqual([...festivals].sort());
    expect(noOnline[0]!.zh).toMatch(/线上活动 0 次，要求至少 1 次/);
    expect(hits.every((h) => ['festival.missing', 'festival.no-online'].includes(h.ruleId))).toBe(true);
  });

  it('passes when every festival has an activity and an online one, counting photo days and captions', async () => {
    const rows = windows
      .filter((w) => w.name !== '端午')
      .flatMap((w) => [
        { name: `${w.name}线下活动`, date: w.date as CellSpec, form: '线下' },
        { name: `${w.name}云活动`, date: addDays(w.date, -2).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') as CellSpec, form: '云直播' },
      ]);
    const reg = await registerFor(rows);
    // 端午: no register row; photos taken on the day, one captioned as an online activity.
    const day = dateOf('端午');
    const photos = [photo('端午1.jpg', `${day}T09:00:00`), photo('端午2.jpg', null, `${day.replace(/-/g, '.')} 端午线上诗词大会`)];
    const ind = indicator(rules, 'III-12', [reg, ...photos]);
    expect(run(festivalChecks, ind, rules)).toEqual([]);
    const acts = collectActivities(ind.files, rules.period).filter((a) => a.source === 'photo');
    expect(acts).toHaveLength(1); // both photos are the same day: one activity
    expect(acts[0]!.online).toBe(true);
  });

  it('a photo listed on a row whose date cannot be read still counts by its capture day', async () => {
    const cj = dateOf('春节');
    const only = { festivals: ['春节'] as FestivalName[], register: { ...rules.indicators[0]!.register, perFestival: 1, online: 0 } };
    const shot = photo('春节写春联.jpg', `${cj}T10:00:00`);
    // On the bound: the row's date is unreadable, the photo it lists is the festival's one activity.
    const bad = await registerFor([{ name: '春节写春联', date: '2026年13月5日', photos: '春节写春联.jpg' }]);
    expect(run(festivalChecks, indicator(rules, 'III-12', [bad, shot], only), rules)).toEqual([]);
    expect(collectActivities([bad, shot], rules.period).map((a) => a.source)).toEqual(['photo']);
    // Just inside: a readable row lists it, and the photo is not counted a second time.
    const good = await registerFor([{ name: '春节写春联', date: { date: cj }, photos: '春节写春联.jpg' }]);
    expect(collectActivities([good, shot], rules.period).map((a) => a.source)).toEqual(['register']);
    // Just outside: without the photo the festival has nothing.
    expect(run(festivalChecks, indicator(rules, 'III-12', [bad], only), rules).map((h) => h.ruleId)).toEqual(['festival.missing']);
  });

  it('requires perFestival activities, and attributes an activity named for a festival to that festival only', async () => {
    const yx = dateOf('元宵');
    const cj = dateOf('春节');
    const reg = await registerFor([
      { name: '春节写春联', date: { date: cj }, form: '线上' },
      { name: '元宵猜灯谜', date: { date: yx }, form: '网上' }, // inside 春节's long window too
    ]);
    const ind = indicator(rules, 'III-12', [reg], { festivals: ['春节', '元宵'], register: { ...rules.indicators[0]!.register, perFestival: 2, online: 1 } });
    const hits = run(festivalChecks, ind, rules);
    expect(hits.map((h) => [h.ruleId, h.args?.festival, h.args?.seen])).toEqual([
      ['festival.too-few', '春节', 1],
      ['festival.too-few', '元宵', 1],
    ]);
  });

  it('ignores festivals outside the period and indicators that list none', async () => {
    const reg = await registerFor([{ name: '活动', date: { date: '2025-09-01' } }]);
    expect(run(festivalChecks, indicator(rules, 'III-15', [reg]), rules)).toEqual([]);
    const short = { ...rules, period: { start: '2026-06-01', end: '2026-07-31' } };
    const hits = run(festivalChecks, indicator(short, 'III-12', [reg]), short);
    expect(hits.map((h) => [h.ruleId, h.args?.festival])).toEqual([['festival.missing', '端午']]);
  });
});
