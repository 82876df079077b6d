/**
 * The pairs of near-duplicate photos: every pair of 64-bit perceptual hashes (each given as two
 * 32-bit halves) within both photos' distance limits, byte-identical files left out. Pure.
 *
 * `allPairs` compares every pair (n²/2: ~17 s at 100,000 photos). `nearPairs` finds the same
 * pairs through an index (multi-index hashing): the 64 bits are cut into four 16-bit chunks; if
 * two hashes differ in at most T bits (T the largest limit), one of the four chunks differs in at
 * most ⌊T/4⌋ bits (pigeonhole: four chunks each over ⌊T/4⌋ would differ in more than T in all).
 * So looking each hash's chunks up in four tables, with every chunk value within ⌊T/4⌋ bits of its
 * own, finds every pair within T, and each candidate is then measured whole, as `allPairs` does. A
 * pair is taken only in the first chunk that finds it, so each is linked once. When the index
 * would look at more candidates than all pairs cost (a folder of one tight cluster, or a large
 * limit), `nearPairs` compares all pairs: never much slower than before.
 */
export interface HashSet {
  /** High and low 32 bits of each hash. */
  hi: Int32Array;
  lo: Int32Array;
  /** Each photo's largest distance (bits) to count as a near-duplicate. */
  limit: Int32Array;
  /** Each photo's content hash: two byte-identical files are a duplicate, not a near-duplicate. */
  sha: readonly (string | null)[];
}

/** Called once for each pair i < j within both limits (d: the Hamming distance), in no set order. */
export type Link = (i: number, j: number, d: number) => void;

/** Bits set in a 32-bit value (branch-free). */
export const pop32 = (v: number): number => {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};

/** Every pair compared: the reference `nearPairs` is held to (and what it falls back to). */
export function allPairs(s: HashSet, link: Link): void {
  const { hi, lo, limit, sha } = s;
  const n = hi.length;
  for (let i = 0; i < n; i++) {
    const hi_ = hi[i]!;
    const lo_ = lo[i]!;
    const li = limit[i]!;
    for (let j = i + 1; j < n; j++) {
      const d = pop32(hi_ ^ hi[j]!) + pop32(lo_ ^ lo[j]!);
      if (d > li || d > limit[j]!) continue;
      if (sha[i] && sha[i] === sha[j]) continue; // already a duplicate
      link(i, j, d);
    }
  }
}

/** The 16-bit values with at most r bits set (the XOR masks of a chunk's neighbours), 0 first. */
export function masksWithin(r: number): Int32Array {
  const out: number[] = [];
  for (let m = 0; m < 0x10000; m++) if (pop32(m) <= r) out.push(m);
  return Int32Array.from(out.sort((a, b) => pop32(a) - pop32(b) || a - b));
}

/** Below this many hashes all pairs are compared (the index costs more than it saves). */
const SMALL = 256;

/**
 * The same pairs as `allPairs`, each linked once, found through four chunk tables; says which way
 * it went. `force` is for tests: 'index' uses the index whatever its estimated cost.
 */
export function nearPairs(s: HashSet, link: Link, force?: 'index'): 'index' | 'all' {
  const { hi, lo, limit, sha } = s;
  const n = hi.length;
  let T = 0;
  for (let i = 0; i < n; i++) T = Math.max(T, limit[i]!);
  if (force !== 'index' && (n < SMALL || T >= 16)) {
    allPairs(s, link);
    return 'all';
  }
  const r = Math.floor(Math.max(0, T) / 4);
  const masks = masksWithin(Math.min(r, 16));
  // chunk c of hash i: chunk[c][i]; table c: the hashes sorted by that chunk (then by index)
  const chunk = [0, 1, 2, 3].map(() => new Uint16Array(n));
  for (let i = 0; i < n; i++) {
    chunk[0]![i] = hi[i]! >>> 16;
    chunk[1]![i] = hi[i]! & 0xffff;
    chunk[2]![i] = lo[i]! >>> 16;
    chunk[3]![i] = lo[i]! & 0xffff;
  }
  const start = chunk.map(() => new Int32Array(0x10001));
  const items = chunk.map(() => new Int32Array(n));
  for (let c = 0; c < 4; c++) {
    const st = start[c]!;
    const ch = chunk[c]!;
    for (let i = 0; i < n; i++) st[ch[i]! + 1]!++;
    for (let v = 0; v < 0x10000; v++) st[v + 1]! += st[v]!;
    const next = st.slice(0, 0x10000);
    const it = items[c]!;
    for (let i = 0; i < n; i++) it[next[ch[i]!]!++] = i; // ascending index within a value
  }
  if (force !== 'index') {
    // Candidates the index would look at (each pair from both ends, in each chunk that finds
    // it), against n²/2 for all pairs; a candidate costs about three comparisons of all pairs.
    let candidates = 0;
    const budget = (n * (n - 1)) / 2 / 3;
    for (let c = 0; c < 4 && candidates <= budget; c++) {
      const st = start[c]!;
      for (let v = 0; v < 0x10000 && candidates <= budget; v++) {
        const size = st[v + 1]! - st[v]!;
        if (size === 0) continue;
        for (const m of masks) {
          const w = v ^ m;
          candidates += size * (st[w + 1]! - st[w]!);
        }
      }
    }
    if (candidates / 2 > budget) {
      allPairs(s, link);
      return 'all';
    }
  }
  const [c0, c1, c2] = chunk as [Uint16Array, Uint16Array, Uint16Array, Uint16Array];
  // Chunks of i and j within r bits: in chunk c, was the pair found in an earlier chunk?
  const near16 = (x: number) => pop32(x) <= r;
  for (let i = 0; i < n; i++) {
    const hi_ = hi[i]!;
    const lo_ = lo[i]!;
    const li = limit[i]!;
    for (let c = 0; c < 4; c++) {
      const st = start[c]!;
      const it = items[c]!;
      const v = chunk[c]![i]!;
      for (const m of masks) {
        const w = v ^ m;
        // ascending indexes: only those after i, from the end
        for (let k = st[w + 1]! - 1, s0 = st[w]!; k >= s0; k--) {
          const j = it[k]!;
          if (j <= i) break;
          if (c > 0 && near16(c0[i]! ^ c0[j]!)) continue;
          if (c > 1 && near16(c1[i]! ^ c1[j]!)) continue;
          if (c > 2 && near16(c2[i]! ^ c2[j]!)) continue;
          const d = pop32(hi_ ^ hi[j]!) + pop32(lo_ ^ lo[j]!);
          if (d > li || d > limit[j]!) continue;
          if (sha[i] && sha[i] === sha[j]) continue; // already a duplicate
          link(i, j, d);
        }
      }
    }
  }
  return 'index';
}
