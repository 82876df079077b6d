/**
 * Boundary tables for 我们的节日: an activity counts for a festival when it overlaps the festival's
 * window (not only when it lies inside it); a festival counts when its date is inside the period.
 */
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/checks/festival.js';
import type { Activity } from '../../src/checks/festival-activities.js';
import { festivalDate, festivalWindowsInPeriod, type FestivalWindow } from '../../src/festivals/index.js';
import { addDays } from '../../src/util/dates.js';
import { FESTIVAL_WINDOW_DEFAULTS } from '../../src/rules/defaults.js';
import type { FestivalName } from '../../src/rules/schema.js';

const W: FestivalWindow = { name: '端午', date: '2025-05-31', from: '2025-05-28', to: '2025-06-04' };
const act = (from: string, to: string, named: FestivalName[] = []): Activity => ({ source: 'register', ref: 'r', from, to, online: false, named });

describe('attribute: activity [from, to] against window [2025-05-28, 2025-06-04], ends inclusive', () => {
  it.each([
    ['ends the day before the window opens', '2025-05-20', '2025-05-27', 0],
    ['ends on the day the window opens', '2025-05-20', '2025-05-28', 1],
    ['starts before, ends inside', '2025-05-25', '2025-05-30', 1],
    ['inside', '2025-06-01', '2025-06-02', 1],
    ['covers the whole window', '2025-05-20', '2025-06-10', 1],
    ['starts inside, ends after', '2025-06-03', '2025-06-08', 1],
    ['starts on the day the window closes', '2025-06-04', '2025-06-08', 1],
    ['starts the day after the window closes', '2025-06-05', '2025-06-08', 0],
  ])('%s', (_label, from, to, expected) => {
    expect(attribute(act(from, to), [W]).length).toBe(expected);
  });

  it('an activity naming one of two overlapping festivals counts for that one only', () => {
    const other: FestivalWindow = { name: '七夕', date: '2025-06-02', from: '2025-05-30', to: '2025-06-06' };
    expect(attribute(act('2025-06-01', '2025-06-01', ['七夕']), [W, other])).toEqual([other]);
    expect(attribute(act('2025-06-01', '2025-06-01'), [W, other])).toEqual([W, other]);
  });
});

describe('festivalWindowsInPeriod: a festival counts when its date is inside the period, ends inclusive', () => {
  const day = festivalDate('端午', 2025);
  const has = (start: string, end: string) =>
    festivalWindowsInPeriod({ start, end }, FESTIVAL_WINDOW_DEFAULTS).some((w) => w.name === '端午' && w.date === day);
  it.each([
    ['period starts the day after', addDays(day, 1), '2025-12-31', false],
    ['period starts on the day', day, '2025-12-31', true],
    ['period ends on the day', '2025-01-01', day, true],
    ['period ends the day before', '2025-01-01', addDays(day, -1), false],
  ])('%s', (_label, start, end, expected) => {
    expect(has(start, end)).toBe(expected);
  });
});
