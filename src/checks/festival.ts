/**
 * 我们的节日: for each festival of the indicator whose date falls in the evaluation period, count
 * the activities in its window (register rows, photo days and captions) and the online ones.
 */
import type { Check } from './types.js';
import { festivalWindowsInPeriod, type FestivalWindow } from '../festivals/index.js';
import { collectActivities, type Activity } from './festival-activities.js';
import { overlaps } from '../windows/window.js';

/** The festivals an activity counts for: windows it overlaps, narrowed to the festivals it names. */
export function attribute(a: Activity, windows: FestivalWindow[]): FestivalWindow[] {
  // Days listed (6月10日、12日) count on those days only: the days between are no activity.
  const overlapping = windows.filter((w) => (a.days ? a.days.some((day) => overlaps(w, { from: day, to: day })) : overlaps(w, a)));
  const named = overlapping.filter((w) => a.named.includes(w.name));
  return named.length ? named : overlapping;
}

const festivalCounts: Check = {
  scope: 'indicator',
  run(ind, _unit, ctx, emit) {
    const wanted = ind.def.festivals;
    if (!wanted.length || !ind.folder) return;
    const windows = festivalWindowsInPeriod(ctx.rules.period, ctx.rules.festivals).filter((w) => wanted.includes(w.name));
    const counts = new Map(windows.map((w) => [w, { all: 0, online: 0 }]));
    for (const a of collectActivities(ind.files, ctx.rules.period)) {
      for (const w of attribute(a, windows)) {
        const c = counts.get(w)!;
        c.all++;
        if (a.online) c.online++;
      }
    }
    const { perFestival, online } = ind.def.register;
    // A register the check could not read (its own finding says why) counted nothing: the findings say
    // they were counted from the photos alone ("登记表和照片中都没有" would be untrue).
    const unread = (f: (typeof ind.files)[number]) => !!f.error || (f.facts.type === 'register' && !f.facts.headerFound);
    const registerUnread = ind.files.some((f) => f.kind === 'register' && unread(f));
    // Another register of the indicator was read and counted: the count is not the photos' alone.
    const registerRead = registerUnread && ind.files.some((f) => f.kind === 'register' && !unread(f));
    for (const [w, c] of counts) {
      const args = { festival: w.name, date: w.date, from: w.from, to: w.to, ...(registerUnread ? { registerUnread } : {}), ...(registerRead ? { registerRead } : {}) };
      const location = { date: w.date }; // findings read in calendar order
      if (c.all === 0) {
        emit('festival.missing', { location, args, evidence: { seen: 0, expected: Math.max(1, perFestival) } });
        continue;
      }
      if (c.all < perFestival) {
        emit('festival.too-few', { location, args: { ...args, seen: c.all, expected: perFestival }, evidence: { seen: c.all, expected: perFestival } });
      }
      if (c.online < online) {
        emit('festival.no-online', { location, args: { ...args, seen: c.online, expected: online }, evidence: { seen: c.online, expected: online } });
      }
    }
  },
};

export const festivalChecks: Check[] = [festivalCounts];
