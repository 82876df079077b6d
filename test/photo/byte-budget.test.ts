import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../src/extract/byte-budget.js';

const settled = async <T>(p: Promise<T>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 5));
  return done;
};

describe('ByteBudget (file bytes held by background hashes)', () => {
  it('lets reservations through up to the limit, then makes the next wait for a release', async () => {
    const b = new ByteBudget(100);
    const r1 = await b.reserve(60);
    const r2 = await b.reserve(40);
    expect(b.inUse).toBe(100);
    const third = b.reserve(10);
    expect(await settled(third)).toBe(false);
    r1();
    expect(await settled(third)).toBe(true);
    expect(b.inUse).toBe(50);
    r2();
    (await third)();
    expect(b.inUse).toBe(0);
  });

  it('gives bytes back once however often release is called', async () => {
    const b = new ByteBudget(100);
    const r = await b.reserve(70);
    r();
    r();
    expect(b.inUse).toBe(0);
  });

  it('lets one oversize reservation through when nothing is held, and keeps order', async () => {
    const b = new ByteBudget(100);
    const big = await b.reserve(500);
    expect(b.inUse).toBe(500);
    const order: string[] = [];
    const a = b.reserve(80).then((r) => (order.push('a'), r));
    const c = b.reserve(10).then((r) => (order.push('c'), r)); // fits later, but waits its turn
    expect(await settled(a)).toBe(false);
    big();
    const [ra, rc] = await Promise.all([a, c]);
    expect(order).toEqual(['a', 'c']);
    ra();
    rc();
    expect(b.inUse).toBe(0);
  });
});
