/**
 * JSON written piece by piece: the same bytes as `JSON.stringify(value, null, 2)`, but a large
 * array goes out one element at a time, so a report of 20,000 files is never one string of tens
 * of megabytes (and its UTF-8 copy) in memory. Formatters return these pieces; the CLI writes them.
 */

/**
 * An array whose elements are made only when written (`map` of one item at a time): a formatter
 * never holds all of its results at once. Serialised as the mapped array would be.
 */
export class LazyArray<T = unknown, U = unknown> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T, index: number) => U,
  ) {}

  /** What JSON.stringify sees, should one ever be given to it whole. */
  toJSON(): U[] {
    return this.items.map(this.map);
  }
}

const isPlain = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || Array.isArray(v);
};

/** JSON.stringify leaves these out of objects, and writes `null` for them in arrays. */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

const hasToJson = (v: unknown): v is { toJSON(key: string): unknown } =>
  v !== null && (typeof v === 'object' || typeof v === 'bigint') && typeof (v as { toJSON?: unknown }).toJSON === 'function';

/** What JSON.stringify serialises in place of a value: its toJSON(key), once (a lazy array stays itself). */
const resolved = (v: unknown, key: string): unknown => (hasToJson(v) && !(v instanceof LazyArray) ? v.toJSON(key) : v);

/**
 * `JSON.stringify(value, null, 2)` as pieces. Arrays and plain objects are opened up to `depth`
 * levels deep (the top value is level 0); below that, each value is one JSON.stringify, indented
 * to its place (a JSON string never holds a raw line break, so indenting is adding spaces after
 * each one).
 */
export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  yield* piece(resolved(value, ''), depth, indent);
}

/** A value whose toJSON has already been applied (as JSON.stringify applies it: once). */
function* piece(value: unknown, depth: number, indent: string): Generator<string> {
  const lazy = value instanceof LazyArray;
  // A toJSON left on what toJSON gave is not called again: only opening it up keeps that so.
  if (!lazy && (value === null || typeof value !== 'object' || (!hasToJson(value) && (depth <= 0 || !isPlain(value))))) {
    const text = JSON.stringify(value, null, 2);
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (lazy || Array.isArray(value)) {
    const items: readonly unknown[] = lazy ? value.items : (value as unknown[]);
    if (!items.length) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < items.length; i++) {
      const item = resolved(lazy ? value.map(items[i], i) : items[i], String(i));
      yield inner;
      if (skipped(item)) yield 'null';
      else yield* piece(item, depth - 1, inner);
      yield i < items.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const obj = value as Record<string, unknown>;
  let first = true;
  for (const key of Object.keys(obj)) {
    const v = resolved(obj[key], key);
    if (skipped(v)) continue;
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* piece(v, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * Pieces joined into pieces of about `size` UTF-16 units: fewer, larger writes, each small enough
 * (about 16 K units, 32 KB) to stay out of V8's large-object space.
 */
export function* batched(chunks: Iterable<string>, size = 1 << 14): Generator<string> {
  let parts: string[] = [];
  let n = 0;
  for (const c of chunks) {
    parts.push(c);
    n += c.length;
    if (n >= size) {
      yield parts.join('');
      parts = [];
      n = 0;
    }
  }
  if (parts.length) yield parts.join('');
}
