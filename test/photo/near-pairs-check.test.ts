/**
 * The reuse check's findings through the chunk index are those it gave comparing every pair: the
 * same run of 3,000 photo prints (spread-out hashes, bursts of copies, one large tight cluster,
 * byte-identical files, featureless and tiny pictures, limits of 0 to 12 by indicator) checked
 * both ways gives the same findings, in the same order.
 */
import { describe, expect, it, vi } from 'vitest';
import { mulberry32 as rng } from '../../fixtures/build/random.js';
import type { PhotoPrint } from '../../src/checks/photo.js';
import { ctxOf, rules, type Hit } from '../boundaries/helpers.js';

const way = vi.hoisted(() => ({ all: false, taken: [] as string[] }));
vi.mock('../../src/checks/near-pairs.js', async (actual) => {
  const m = await actual<typeof import('../../src/checks/near-pairs.js')>();
  return {
    ...m,
    nearPairs: (...a: Parameters<typeof m.nearPairs>) => {
      if (way.all) {
        m.allPairs(a[0], a[1]);
        way.taken.push('all (reference)');
        return 'all' as const;
      }
      const how = m.nearPairs(...a);
      way.taken.push(how);
      return how;
    },
  };
});
const { photoChecks } = await import('../../src/checks/photo.js');


describe('the reuse check through the chunk index', () => {
  it('gives the findings all pairs gave', () => {
    const r = rng(11);
    const hex = () => Math.floor(r() * 0x100000000).toString(16).padStart(8, '0');
    const flip = (h: string, k: number) => {
      let v = BigInt(`0x${h}`);
      for (let b = 0; b < k; b++) v ^= 1n << BigInt(Math.floor(r() * 64));
      return v.toString(16).padStart(16, '0');
    };
    const prints: PhotoPrint[] = [];
    const add = (dhash: string | null, o: Partial<PhotoPrint> = {}) => {
      const i = prints.length;
      const unit = `单位${i % 7}`;
      const indicator = `Ⅲ—${i % 5}`;
      prints.push({ path: `${unit}/${indicator}/p${String(i).padStart(5, '0')}.jpg`, name: `p${i}.jpg`, unit, indicator, sha256: `s${i}`, dhash, dhashSource: i % 2 ? 'image' : 'thumbnail', side: 1000, threshold: [10, 10, 6, 12, 0][i % 5]!, ...o });
    };
    for (let i = 0; i < 1800; i++) add(hex() + hex());
    for (let b = 0; b < 80; b++) {
      const centre = hex() + hex();
      for (let k = 0, n = 1 + Math.floor(r() * 6); k < n; k++) add(flip(centre, Math.floor(r() * 14)));
    }
    const centre = hex() + hex();
    for (let k = 0; k < 600; k++) add(flip(centre, Math.floor(r() * 5)), k % 50 === 0 ? { sha256: 'same-bytes' } : {});
    // pairs at the limit with their difference spread evenly over the four 16-bit chunks (3 bits
    // in each: 12), and one past it (13): the pigeonhole's edge
    const spread = (h: string, extra: number) => {
      let v = BigInt(`0x${h}`);
      for (let c = 0; c < 4; c++) for (let b = 0; b < 3 + (c < extra ? 1 : 0); b++) v ^= 1n << BigInt(c * 16 + b * 5);
      return v.toString(16).padStart(16, '0');
    };
    for (let k = 0; k < 20; k++) {
      const base = hex() + hex();
      add(base, { threshold: 12 });
      add(spread(base, k % 2), { threshold: 12 });
    }
    add('0000000000000000'); // featureless
    add(centre, { side: 20 }); // too small to tell
    add(null);
    expect(prints.length).toBeGreaterThan(2500);

    const check = (all: boolean) => {
      way.all = all;
      const out: Hit[] = [];
      const reuse = photoChecks[1]!;
      if (reuse.scope !== 'run') throw new Error('reuse is a run check');
      reuse.run({ units: [], files: [], photoPrints: prints }, ctxOf(rules()), (ruleId, at = {}) => void out.push({ ruleId, ...at }));
      return out;
    };
    const reference = check(true);
    const indexed = check(false);
    expect(way.taken).toEqual(['all (reference)', 'index']);
    expect(reference.filter((h) => h.ruleId === 'photo.near-duplicate').length).toBeGreaterThan(600);
    expect(indexed).toEqual(reference);
  });
});
