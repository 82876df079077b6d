/**
 * Words that tie an activity name or a photo caption to a festival. A match attributes the
 * activity to that festival even when its date is in another festival's window too.
 */
import { perFestival, type FestivalName } from './table.js';

export const FESTIVAL_WORDS: Record<FestivalName, readonly string[]> = perFestival((f) => f.words);

/** Festivals a text names (activity name, caption, file name). */
export function festivalsNamedIn(text: string): FestivalName[] {
  return (Object.keys(FESTIVAL_WORDS) as FestivalName[]).filter((f) => FESTIVAL_WORDS[f].some((w) => text.includes(w)));
}
