/**
 * Lookups keyed by names from the material or a rule file (unit folders, indicator and element
 * names, file extensions, rule ids): a folder called `constructor`, `toString` or `__proto__`
 * must be an ordinary key. `dict()` makes a null-prototype object (reads of absent keys give
 * undefined, writes of `__proto__` make an own property); `own()` reads only own properties,
 * for objects that may have come from JSON.parse or a library (and so have a prototype).
 */
export function dict<T>(from?: Readonly<Record<string, T>> | Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (!from) return out;
  const entries = Symbol.iterator in from ? (from as Iterable<readonly [string, T]>) : Object.entries(from as Record<string, T>);
  for (const [k, v] of entries) out[k] = v;
  return out;
}

export function own<T>(obj: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return obj != null && Object.hasOwn(obj, key) ? obj[key] : undefined;
}
