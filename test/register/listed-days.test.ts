/**
 * Days listed in a register cell (6月10日、12日) are those days, not the span 10–12 (session 17): a
 * festival window lying between them is not met by the row, while a range typed as one (10日-12日
 * / 至) still covers every day. The facts keep date/dateEnd as the span (period checks unchanged)
 * and the listed days beside them (dateDays); the check dates them.
 */
import { describe, expect, it } from 'vitest';
import { extractRegister } from '../../src/extract/register.js';
import { parseDateText } from '../../src/text/register-dates.js';
import { rowDates } from '../../src/checks/row-dates.js';
import { collectActivities } from '../../src/checks/festival-activities.js';
import { attribute } from '../../src/checks/festival.js';
import { festivalWindowsInPeriod } from '../../src/festivals/index.js';
import { FESTIVAL_WINDOW_DEFAULTS } from '../../src/rules/defaults.js';
import type { ExtractedFile, RegisterRow } from '../../src/types.js';
import { makeRegisterXlsx } from '../../fixtures/build/xlsx.js';
import { photo, writeFixture } from './helpers.js';
import { tempDir } from '../helpers/temp.js';
import { registerChecks } from '../../src/checks/register.js';
import { indicator, ruleSet, run } from './model.js';

const period = { start: '2024-08-01', end: '2025-07-31' };
const dir = tempDir('lc-listed-days-'); // removed when the file ends (test/helpers/temp.ts)

const shift = (ymd: string, days: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const zh = (ymd: string, withYear: boolean) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
};

describe('reading a listed cell', () => {
  it.each([
    ['2025年6月10日、12日', { date: '2025-06-10', dateEnd: '2025-06-12', days: ['06-10', '06-12'] }],
    ['2025年6月10日、6月12日、6月14日', { date: '2025-06-10', dateEnd: '2025-06-14', days: ['06-10', '06-12', '06-14'] }],
    ['2025年6月10日和11日', { date: '2025-06-10', dateEnd: '2025-06-11', days: ['06-10', '06-11'] }],
    ['2025年6月10日-12日', { date: '2025-06-10', dateEnd: '2025-06-12' }], // a range: every day
    ['2025年6月10日至12日', { date: '2025-06-10', dateEnd: '2025-06-12' }],
    ['2025年6月10日', { date: '2025-06-10', dateEnd: null }],
    ['2025年6月10日、10日', { date: '2025-06-10', dateEnd: null }], // one day, twice
  ])('%s', (text, want) => {
    const p = parseDateText(text);
    expect({ date: p.date, dateEnd: p.dateEnd, ...(p.days ? { days: p.days } : {}) }).toEqual(want);
  });

  it('a year-less list is dated by the check, across a new year too', () => {
    const p = parseDateText('12月30日、1月2日');
    expect(p).toMatchObject({ yearless: { month: 12, day: 30, endMonth: 1, endDay: 2 }, days: ['12-30', '01-02'] });
    const row = { sheet: 's', row: 2, name: 'x', date: null, place: null, participants: null, online: null, photos: [], dateYearless: p.yearless, dateDays: p.days } as RegisterRow;
    expect(rowDates(row, {}, period)).toMatchObject({ date: '2024-12-30', dateEnd: '2025-01-02', days: ['2024-12-30', '2025-01-02'] });
  });
});

describe('a festival window between the listed days', () => {
  const [w] = festivalWindowsInPeriod(period, FESTIVAL_WINDOW_DEFAULTS).filter((x) => x.name === '端午');
  const before = shift(w!.from, -1);
  const after = shift(w!.to, 1);

  async function activities(cell: string): Promise<ReturnType<typeof collectActivities>> {
    const buf = await makeRegisterXlsx({ sheets: [{ name: '活动登记', header: ['序号', '活动名称', '活动时间', '活动地点', '参与人数'], rows: [[1, '文明实践志愿服务', cell, '城关社区', 30]] }] });
    const f = await writeFixture(dir, `${cell.replace(/[^\d]/g, '')}.xlsx`, buf);
    const r = await extractRegister(f);
    expect(r.error).toBeNull();
    return collectActivities([{ ...f, facts: r.facts, error: r.error } as ExtractedFile], period);
  }

  it('the day before and the day after the window, listed: not in the window', async () => {
    const [a] = await activities(`${zh(before, true)}、${zh(after, false)}`);
    expect(a).toMatchObject({ from: before, to: after, days: [before, after] });
    expect(attribute(a!, [w!])).toEqual([]);
  });

  it('boundary: a listed day on the window\'s first or last day is in it', async () => {
    for (const cell of [`${zh(w!.from, true)}、${zh(after, false)}`, `${zh(before, true)}、${zh(w!.to, false)}`]) {
      const [a] = await activities(cell);
      expect(attribute(a!, [w!]), cell).toEqual([w]);
    }
  });

  it('the same days typed as a range cover the window', async () => {
    const [a] = await activities(`${zh(before, true)}至${zh(after, false)}`);
    expect(a!.days).toBeUndefined();
    expect(attribute(a!, [w!])).toEqual([w]);
  });
});

describe('a listed photo against listed days (register.photo-date-mismatch, session 18)', () => {
  const rules = ruleSet(period);
  async function hits(cell: string, captured: string, tolerance: number) {
    const buf = await makeRegisterXlsx({ sheets: [{ name: '活动登记', header: ['序号', '活动名称', '活动时间', '活动地点', '参与人数', '照片'], rows: [[1, '文明实践志愿服务', cell, '城关社区', 30, 'p.jpg']] }] });
    const f = await writeFixture(dir, `照片${captured}.xlsx`, buf);
    const r = await extractRegister(f);
    expect(r.error).toBeNull();
    const files = [{ ...f, facts: r.facts, error: r.error } as ExtractedFile, photo('p.jpg', `${captured}T10:00:00`)];
    const ind = indicator(rules, 'III-12', files, { register: { ...rules.indicators[0]!.register, photoToleranceDays: tolerance } });
    return run(registerChecks, ind, rules).filter((h) => h.ruleId === 'register.photo-date-mismatch');
  }

  it('6月10日、12日 with no tolerance: a photo of 6月11日 matches no listed day; one of 6月12日 does', async () => {
    const [h] = await hits('2025年6月10日、12日', '2025-06-11', 0);
    expect(h).toMatchObject({ args: { seen: '2025-06-11', from: '2025-06-10', to: '2025-06-12', listed: ['2025-06-10', '2025-06-12'], days: 0 }, evidence: { seen: '2025-06-11', expected: '2025-06-10、2025-06-12' } });
    expect(h!.zh).toBe('照片“p.jpg”拍摄于 2025-06-11，与工作表“活动登记”C2 单元格登记的活动日期 2025-06-10、2025-06-12 中的任何一天都相差超过 0 天');
    expect(h!.en).toBe('photo "p.jpg" was taken on 2025-06-11, more than 0 days from each of the activity dates 2025-06-10, 2025-06-12 in cell C2 of sheet "活动登记"');
    expect(await hits('2025年6月10日、12日', '2025-06-12', 0)).toEqual([]);
  });

  it('6月1日、20日 with the default 3 days: 6月10日 (inside the span) is no listed day; a range 6月1日至20日 covers it', async () => {
    expect(await hits('2025年6月1日、20日', '2025-06-10', 3)).toHaveLength(1);
    expect(await hits('2025年6月1日至20日', '2025-06-10', 3)).toEqual([]);
  });
});
