/** "Did you mean": the closest candidate by edit distance, or '' when none is close enough. */
export function nearest(word: string, candidates: Iterable<string>): string {
  let best = '';
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  // Counted in code points, so a one-character slip in a Chinese word counts as one.
  return bestD <= Math.max(2, Math.floor([...word].length / 3)) ? best : '';
}

export function editDistance(x: string, y: string): number {
  const a = [...x];
  const b = [...y];
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/**
 * "Did you mean" for a rule id (family.name: photo.too-small). The edit distance is counted over
 * the part after the dot, against the ids of the same family: `photo.nope` is three edits from
 * `photo.bomb` in a word of four letters, not a slip of one in ten. Nothing close: the family's
 * ids that begin with what was typed (`photo.no` → photo.no-exif, photo.no-capture-time) or hold
 * it (`photo.exif` → photo.no-exif), at most five, else all
 * of the family's ids to choose from; a family typed wrong is matched first (`phtoo.too-small`), a
 * bare name against every family (`too-small` → photo.too-small); else no suggestion.
 */
export interface RuleIdHint {
  /** Ids close to what was typed (best first). */
  near: string[];
  /** When none is close: the family typed, and its ids. */
  family?: { name: string; ids: string[] };
}

const close = (typed: string, d: number) => d <= Math.max(1, Math.floor([...typed].length / 3));

export function suggestRuleId(id: string, ids: Iterable<string>): RuleIdHint {
  const all = [...ids];
  const split = (x: string) => {
    const dot = x.indexOf('.');
    return dot < 0 ? ['', x.toLowerCase()] : [x.slice(0, dot).toLowerCase(), x.slice(dot + 1).toLowerCase()];
  };
  const [fam, seg] = split(id) as [string, string];
  const families = [...new Set(all.map((x) => split(x)[0]!))];
  // The families meant: the one typed, else those one slip away, else (no dot) every one.
  const exact = families.includes(fam);
  const meant = exact ? [fam] : fam ? families.filter((f) => close(fam, editDistance(fam, f))) : families;
  const members = all.filter((x) => meant.includes(split(x)[0]!));
  const scored = members.map((x) => ({ x, d: editDistance(seg, split(x)[1]!) })).filter((s) => close(seg, s.d));
  if (scored.length) {
    const best = Math.min(...scored.map((s) => s.d));
    return { near: scored.filter((s) => s.d === best).map((s) => s.x).slice(0, 3) };
  }
  if (!exact) return { near: [] };
  // What was typed begins the name, else stands in it (photo.exif → photo.no-exif).
  const begins = seg.length >= 2 ? members.filter((x) => split(x)[1]!.startsWith(seg)) : [];
  const inside = seg.length >= 3 ? members.filter((x) => !begins.includes(x) && split(x)[1]!.includes(seg)) : [];
  if (begins.length + inside.length && begins.length + inside.length <= 5) return { near: [...begins, ...inside] };
  return { near: [], family: { name: fam, ids: members } };
}

/** The hint in words, after the unknown id: （是不是 photo.bomb？） / (did you mean photo.bomb?), or ''. */
export function ruleIdHintText(hint: RuleIdHint, lang: 'zh' | 'en'): string {
  if (hint.near.length) return lang === 'zh' ? `（是不是 ${hint.near.join(' 或 ')}？）` : ` (did you mean ${hint.near.join(' or ')}?)`;
  if (hint.family) return lang === 'zh' ? `（${hint.family.name} 开头的规则有：${hint.family.ids.join('、')}）` : ` (the ${hint.family.name} rules are: ${hint.family.ids.join(', ')})`;
  return '';
}
