/**
 * The 责任单位 a task table names, grouped by identity: '县文旅局', '清河县文化和旅游局' and
 * '县文旅局（清河县文化和旅游局）' are one unit. Its key is its shortest form (the name its folder
 * goes by), its `name` the full official form with the place (when the table has one), the rest
 * aliases. Notes in brackets ('县教育局（牵头）') are dropped.
 */
import { parseBodyName, sameBody } from '../text/unit-identity.js';

export interface UnitGroup {
  key: string;
  name: string | null;
  aliases: string[];
}

/** '县文旅局（清河县文化和旅游局）' → both names when they are one body; '县教育局（牵头）' → the name alone. */
function formsOf(mention: string): string[] {
  const m = /^(.+?)[（(](.+?)[）)]$/.exec(mention.trim());
  if (!m) return [mention.trim()];
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  return sameBody(a, b) ? [a, b] : [a];
}

export function groupUnits(mentions: string[]): { groups: Map<string, UnitGroup>; keyOf(mention: string): string } {
  const sets: string[][] = [];
  for (const mention of mentions) {
    const forms = formsOf(mention);
    let set = sets.find((s) => s.some((x) => forms.some((f) => x === f || sameBody(x, f))));
    if (!set) sets.push((set = []));
    for (const f of forms) if (!set.includes(f)) set.push(f);
  }
  const groups = new Map<string, UnitGroup>();
  const keyByForm = new Map<string, string>();
  for (const set of sets) {
    const byLength = [...set].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const key = byLength[0]!;
    const full = [...byLength].reverse().find((f) => f !== key && parseBodyName(f).place !== '') ?? null;
    groups.set(key, { key, name: full, aliases: byLength.filter((f) => f !== key && f !== full) });
    for (const f of set) keyByForm.set(f, key);
  }
  return {
    groups,
    keyOf: (mention) => keyByForm.get(formsOf(mention)[0]!) ?? mention,
  };
}
