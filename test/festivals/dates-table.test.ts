import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST, LAST, festivalDatesFile, festivalDatesModule } from '../../scripts/gen-festival-dates.js';
import { computedFestivalDate, festivalDate } from '../../src/festivals/dates.js';
import { FESTIVAL_DATES, FESTIVAL_DATES_FIRST_YEAR } from '../../src/festivals/dates-table.js';
import { FESTIVALS } from '../../src/festivals/table.js';
import { repoRoot } from '../cli/helpers.js';

describe('festival dates resolved at build time (src/festivals/dates-table.ts)', () => {
  it('covers every year from FIRST to LAST, one date per festival', () => {
    expect(FESTIVAL_DATES_FIRST_YEAR).toBe(FIRST);
    expect(FESTIVAL_DATES).toHaveLength(LAST - FIRST + 1);
    for (const row of FESTIVAL_DATES) expect(row).toMatch(/^(\d\d-\d\d ){6}\d\d-\d\d$/);
  });

  it("equals lunar-javascript's answer for every festival of every year it covers", () => {
    for (let y = FIRST; y <= LAST; y++) {
      for (const f of FESTIVALS) expect(festivalDate(f, y), `${f} ${y}`).toBe(computedFestivalDate(f, y));
    }
  });

  it('is current: npm run festivals would write the same file', () => {
    expect(fs.readFileSync(festivalDatesFile(), 'utf8')).toBe(festivalDatesModule());
  });

  it('years just outside it are computed with the lunar calendar', () => {
    for (const y of [FIRST - 1, LAST + 1, 1901, 2199]) {
      for (const f of FESTIVALS) {
        const d = festivalDate(f, y);
        expect(d, `${f} ${y}`).toBe(computedFestivalDate(f, y));
        expect(d.startsWith(`${y}-`)).toBe(true);
      }
    }
    // Known dates either side of the table: 春节 1949-01-29, 中秋 2101-09-16 (lunar-javascript and the calendar agree).
    expect(festivalDate('春节', 1949)).toBe('1949-01-29');
  });

  it('a run whose period the table covers does not load lunar-javascript; one outside it does', () => {
    const probe = (year: number) => {
      const script = `
        const { festivalWindowsInPeriod } = await import(${JSON.stringify(path.join(repoRoot, 'dist/src/festivals/index.js'))});
        const { createRequire } = await import('node:module');
        const { FESTIVAL_WINDOW_DEFAULTS } = await import(${JSON.stringify(path.join(repoRoot, 'dist/src/rules/defaults.js'))});
        festivalWindowsInPeriod({ start: '${year}-01-01', end: '${year}-12-31' }, FESTIVAL_WINDOW_DEFAULTS);
        const req = createRequire(${JSON.stringify(path.join(repoRoot, 'dist/src/festivals/lunar.js'))});
        process.stdout.write(String(Object.keys(req.cache).some((k) => k.includes('lunar-javascript'))));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    expect(probe(2026)).toBe('false');
    expect(probe(LAST + 5)).toBe('true');
  });
});
