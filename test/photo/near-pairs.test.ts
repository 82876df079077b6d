/**
 * The near-duplicate search through chunk tables finds exactly the pairs comparing every pair
 * finds (each once, with its distance), on random hashes, tight clusters, hashes one chunk apart,
 * mixed limits and byte-identical files; and it takes the index when that is cheaper.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 as rng } from '../../fixtures/build/random.js';
import { allPairs, masksWithin, nearPairs, pop32, type HashSet } from '../../src/checks/near-pairs.js';


type Gen = ReturnType<typeof rng>;
const word = (r: Gen) => (r() * 0x100000000) | 0;

/** `k` bits flipped at random (distinct) in a 64-bit hash. */
function flip(r: Gen, hi: number, lo: number, k: number): [number, number] {
  const bits = new Set<number>();
  while (bits.size < k) bits.add(Math.floor(r() * 64));
  for (const b of bits) {
    if (b < 32) hi ^= 1 << b;
    else lo ^= 1 << (b - 32);
  }
  return [hi | 0, lo | 0];
}

function set(hashes: [number, number][], limit: (i: number) => number, sha: (i: number) => string | null = () => null): HashSet {
  return {
    hi: Int32Array.from(hashes.map((h) => h[0])),
    lo: Int32Array.from(hashes.map((h) => h[1])),
    limit: Int32Array.from(hashes.map((_, i) => limit(i))),
    sha: hashes.map((_, i) => sha(i)),
  };
}

const pairs = (s: HashSet, how: 'all' | 'index' | 'auto') => {
  const out: string[] = [];
  const link = (i: number, j: number, d: number) => out.push(`${i} ${j} ${d}`);
  if (how === 'all') allPairs(s, link);
  else nearPairs(s, link, how === 'index' ? 'index' : undefined);
  return out;
};

/** The index's pairs (each once) are all pairs' pairs; auto likewise. */
function same(s: HashSet): number {
  const all = pairs(s, 'all');
  const index = pairs(s, 'index');
  expect(new Set(index).size).toBe(index.length); // no pair twice
  expect([...index].sort()).toEqual([...all].sort());
  expect([...pairs(s, 'auto')].sort()).toEqual([...all].sort());
  return all.length;
}

describe('near-duplicate pairs through chunk tables = all pairs', () => {
  it('lists the masks within r bits of a 16-bit chunk', () => {
    expect(masksWithin(0)).toEqual(Int32Array.from([0]));
    expect(masksWithin(1).length).toBe(17);
    expect(masksWithin(2).length).toBe(1 + 16 + 120);
    expect(masksWithin(16).length).toBe(65536);
    expect(pop32(-1)).toBe(32);
  });

  it('random hashes, every limit from 0 to 20 (and mixed limits)', () => {
    const r = rng(1);
    const hashes = Array.from({ length: 600 }, (): [number, number] => [word(r), word(r)]);
    // Random 64-bit hashes are ~32 bits apart: add close ones (a photo and its copies).
    for (let i = 0; i < 300; i++) hashes.push(flip(r, hashes[i]![0], hashes[i]![1], Math.floor(r() * 18)));
    let found = 0;
    for (let T = 0; T <= 20; T++) found += same(set(hashes, () => T));
    found += same(set(hashes, (i) => [0, 3, 6, 10, 10, 12, 15][i % 7]!));
    expect(found).toBeGreaterThan(1000);
  });

  it('tight clusters, byte-identical files inside them, hashes just past each chunk boundary', () => {
    const r = rng(2);
    const hashes: [number, number][] = [];
    // 8 clusters of 60 around a centre, 0–12 bits off it
    for (let c = 0; c < 8; c++) {
      const centre: [number, number] = [word(r), word(r)];
      for (let k = 0; k < 60; k++) hashes.push(flip(r, centre[0], centre[1], Math.floor(r() * 13)));
    }
    // hashes whose difference is spread evenly over the four chunks (⌊T/4⌋ + 1 bits in three of them)
    const spread = (hi: number, lo: number, perChunk: number[]): [number, number] => {
      let h = hi;
      let l = lo;
      perChunk.forEach((k, c) => {
        for (let b = 0; b < k; b++) {
          const bit = c * 16 + b * 3;
          if (bit < 32) h ^= 1 << (31 - bit);
          else l ^= 1 << (63 - bit);
        }
      });
      return [h | 0, l | 0];
    };
    for (let k = 0; k < 40; k++) {
      const base: [number, number] = [word(r), word(r)];
      hashes.push(base, spread(base[0], base[1], [3, 3, 3, 1]), spread(base[0], base[1], [2, 3, 3, 2]), spread(base[0], base[1], [3, 3, 3, 2]));
    }
    // the same hash many times (copies re-saved), some of them the same file
    const one: [number, number] = [word(r), word(r)];
    for (let k = 0; k < 50; k++) hashes.push(one);
    const sha = (i: number) => (i >= hashes.length - 50 && i % 3 === 0 ? 'same-bytes' : i % 97 === 0 ? 'a' : null);
    for (const T of [0, 1, 4, 7, 8, 10, 11, 12, 15]) same(set(hashes, () => T, sha));
    same(set(hashes, (i) => (i % 2 ? 10 : 4), sha));
  });

  it('takes the index for spread-out hashes, all pairs for one tight cluster or a limit of 16 and more', () => {
    const r = rng(3);
    const spread = Array.from({ length: 3000 }, (): [number, number] => [word(r), word(r)]);
    expect(nearPairs(set(spread, () => 10), () => {})).toBe('index');
    expect(nearPairs(set(spread, () => 16), () => {})).toBe('all');
    expect(nearPairs(set(spread.slice(0, 100), () => 10), () => {})).toBe('all'); // too few to index
    const centre = spread[0]!;
    const cluster = Array.from({ length: 3000 }, () => flip(r, centre[0], centre[1], Math.floor(r() * 3)));
    expect(nearPairs(set(cluster, () => 10), () => {})).toBe('all');
  });
});
