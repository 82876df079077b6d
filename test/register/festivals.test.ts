import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { festivalDate, festivalDates, festivalWindows, festivalWindowsInPeriod } from '../../src/festivals/index.js';
import { FESTIVALS, type FestivalName } from '../../src/rules/schema.js';
import { FESTIVAL_WINDOW_DEFAULTS } from '../../src/rules/defaults.js';

/** solarlunar ships types its package.json "exports" hides; declare the two calls used here. */
interface SolarLunar {
  getTerm(y: number, n: number): number;
  lunar2solar(y: number, m: number, d: number, leap?: boolean): { cYear: number; cMonth: number; cDay: number } | -1;
  solar2lunar(y: number, m: number, d: number): { isTerm: boolean; term: string } | -1;
}
const solarLunar = (createRequire(import.meta.url)('solarlunar') as { default: SolarLunar }).default;

const LUNAR: Record<Exclude<FestivalName, '清明'>, [number, number]> = {
  春节: [1, 1], 元宵: [1, 15], 端午: [5, 5], 七夕: [7, 7], 中秋: [8, 15], 重阳: [9, 9],
};
const pad = (n: number) => String(n).padStart(2, '0');

/** The same festival computed by solarlunar, an independent implementation. */
function independent(name: FestivalName, year: number): string {
  if (name === '清明') {
    // solarlunar numbers the 24 terms from 小寒 (1); 清明 is the 7th and always falls in April.
    return `${year}-04-${pad(solarLunar.getTerm(year, 7))}`;
  }
  const [m, d] = LUNAR[name];
  const r = solarLunar.lunar2solar(year, m, d, false);
  if (r === -1) throw new Error(`solarlunar: no ${name} in ${year}`);
  return `${r.cYear}-${pad(r.cMonth)}-${pad(r.cDay)}`;
}

describe('festival dates', () => {
  it('agree with solarlunar for every festival, 2020–2030', () => {
    const disagreements: string[] = [];
    let compared = 0;
    for (let y = 2020; y <= 2030; y++) {
      for (const name of FESTIVALS) {
        compared++;
        const ours = festivalDate(name, y);
        const theirs = independent(name, y);
        if (ours !== theirs) disagreements.push(`${y} ${name}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(compared).toBe(77);
    expect(disagreements).toEqual([]);
  });

  it('solarlunar confirms that our 清明 is the solar term (the lunar side is not involved)', () => {
    for (let y = 2020; y <= 2030; y++) {
      const [, m, d] = festivalDate('清明', y).split('-').map(Number);
      const info = solarLunar.solar2lunar(y, m!, d!);
      expect(info !== -1 && info.isTerm && info.term).toBe('清明');
    }
  });

  it('returns the seven festivals of a year in calendar order, each inside the year', () => {
    for (const y of [1950, 2025, 2099]) {
      const list = festivalDates(y);
      expect(list.map((f) => f.name).sort()).toEqual([...FESTIVALS].sort());
      expect(list.every((f) => f.date.startsWith(`${y}-`))).toBe(true);
      expect([...list].sort((a, b) => (a.date < b.date ? -1 : 1))).toEqual(list);
    }
  });

  it('windows come from the rule set', () => {
    const w = festivalWindows(2025, { ...FESTIVAL_WINDOW_DEFAULTS, 端午: { before: 3, after: 1 } });
    const dw = w.find((x) => x.name === '端午')!;
    expect(dw.date).toBe(independent('端午', 2025));
    const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
    expect(day(dw.date) - day(dw.from)).toBe(3);
    expect(day(dw.to) - day(dw.date)).toBe(1);
    const cj = w.find((x) => x.name === '春节')!;
    expect(day(cj.date) - day(cj.from)).toBe(FESTIVAL_WINDOW_DEFAULTS.春节.before);
    expect(day(cj.to) - day(cj.date)).toBe(FESTIVAL_WINDOW_DEFAULTS.春节.after);
  });

  it('picks the festivals whose date lies in an evaluation period that spans two years', () => {
    const period = { start: '2024-08-01', end: '2025-07-31' };
    const inPeriod = festivalWindowsInPeriod(period, FESTIVAL_WINDOW_DEFAULTS);
    const expected = [2024, 2025]
      .flatMap((y) => FESTIVALS.map((name) => ({ name, date: independent(name, y) })))
      .filter((f) => f.date >= period.start && f.date <= period.end)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(inPeriod.map((w) => ({ name: w.name, date: w.date }))).toEqual(expected);
    expect(inPeriod).toHaveLength(7);
  });
});
