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
