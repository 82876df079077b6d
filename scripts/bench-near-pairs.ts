/**
 * node dist/scripts/bench-near-pairs.js [N] [--no-all]: the near-duplicate search alone, one
 * process, N hashes (default 100,000) at the default limit (10): through the chunk index
 * (`nearPairs`) and comparing all pairs (`allPairs`), CPU ms and pairs found, on random hashes,
 * bursts of 1–20 similar pictures, and one cluster of 15,000 among random ones. Seeded: the same
 * hashes every run.
 */
import { allPairs, nearPairs, type HashSet } from '../src/checks/near-pairs.js';

let seed = 7;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const word = () => (rnd() * 0x100000000) | 0;
type H = [number, number];
function flip(hi: number, lo: number, k: number): H {
  for (let b = 0; b < k; b++) {
    const x = Math.floor(rnd() * 64);
    if (x < 32) hi ^= 1 << x;
    else lo ^= 1 << (x - 32);
  }
  return [hi | 0, lo | 0];
}
const set = (h: H[], limit = 10): HashSet => ({ hi: Int32Array.from(h.map((x) => x[0])), lo: Int32Array.from(h.map((x) => x[1])), limit: new Int32Array(h.length).fill(limit), sha: h.map(() => null) });
const cpuMs = <T>(f: () => T): [number, T] => {
  const c = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(c);
  return [Math.round((d.user + d.system) / 1000), r];
};

const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100000);
const cases: [string, H[]][] = [['random', Array.from({ length: n }, (): H => [word(), word()])]];
{
  const h: H[] = [];
  while (h.length < n) {
    const c: H = [word(), word()];
    for (let i = 0, k = 1 + Math.floor(rnd() * 20); i < k && h.length < n; i++) h.push(flip(c[0], c[1], Math.floor(rnd() * 8)));
  }
  cases.push(['bursts of 1-20 similar', h]);
}
{
  const h = Array.from({ length: n }, (): H => [word(), word()]);
  const c = h[0]!;
  for (let i = 0; i < 15000 && i < n; i++) h[i] = flip(c[0], c[1], Math.floor(rnd() * 6));
  cases.push(['one cluster of 15,000 among random', h]);
}
for (const [name, h] of cases) {
  const s = set(h);
  let found = 0;
  const [ti, how] = cpuMs(() => nearPairs(s, () => void found++));
  let all = 0;
  const [ta] = process.argv.includes('--no-all') ? [NaN] : cpuMs(() => allPairs(s, () => void all++));
  process.stdout.write(`${name}: n=${n} nearPairs ${ti} ms (${how}, ${found} pairs)  allPairs ${ta} ms (${all} pairs)\n`);
}
