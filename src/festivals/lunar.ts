/**
 * Typed access to lunar-javascript (a CommonJS package without type declarations). Only the few
 * calls the festival code needs are declared here.
 */
import { createRequire } from 'node:module';

interface SolarDay {
  toYmd(): string; // YYYY-MM-DD
}
interface LunarDay {
  getSolar(): SolarDay;
  getJieQiTable(): Record<string, SolarDay>;
}
interface LunarLib {
  Lunar: { fromYmd(year: number, month: number, day: number): LunarDay };
}

/** Loaded on first use: runs without festival indicators never pay for it. */
let loaded: LunarLib | null = null;
const lunar = (): LunarLib => (loaded ??= createRequire(import.meta.url)('lunar-javascript') as LunarLib);

/** Gregorian date (YYYY-MM-DD) of a day of the lunar calendar (non-leap month). */
export function lunarToSolar(lunarYear: number, month: number, day: number): string {
  return lunar().Lunar.fromYmd(lunarYear, month, day).getSolar().toYmd();
}

/** Gregorian date (YYYY-MM-DD) of a solar term (节气) named in Chinese, in the given lunar year. */
export function solarTerm(lunarYear: number, term: string): string {
  const hit = lunar().Lunar.fromYmd(lunarYear, 1, 1).getJieQiTable()[term];
  if (!hit) throw new Error(`unknown solar term: ${term}`);
  return hit.toYmd();
}
