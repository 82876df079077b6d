/**
 * Items grouped by a key, in their order, in one pass. A report of a county can hold thousands of
 * units and tens of thousands of findings: filtering every finding once per unit (or per file) is
 * quadratic — 4,000 unit folders took 25 s, 20,000 over 5 minutes.
 */
export class Groups<K, T> {
  private readonly map = new Map<K, T[]>();
  constructor(items: Iterable<T>, key: (item: T) => K) {
    for (const item of items) {
      const k = key(item);
      const list = this.map.get(k);
      if (list) list.push(item);
      else this.map.set(k, [item]);
    }
  }
  /** The items with this key, in their order ([] when none; not to be modified). */
  of(k: K): T[] {
    return this.map.get(k) ?? [];
  }
}

/** A key of two parts (unit and indicator, either possibly null) that cannot collide. */
export const pairKey = (a: string | null | undefined, b: string | null | undefined): string => JSON.stringify([a ?? null, b ?? null]);
