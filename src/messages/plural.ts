/** English plurals through Intl.PluralRules: "1 photo", "0 photos", "2 activities". */
import type { ArgValue } from '../types.js';

const rules = new Intl.PluralRules('en');

export function plural(n: ArgValue | undefined, one: string, other: string): string {
  const x = Number(n ?? 0);
  return `${n ?? 0} ${Number.isFinite(x) && rules.select(x) === 'one' ? one : other}`;
}
