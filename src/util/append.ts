/**
 * Appends `items` to `into` one by one. `into.push(...items)` passes every item as an argument on
 * the stack, and throws "Maximum call stack size exceeded" past some 100,000 items — a number a
 * hostile folder reaches easily (a register of 65,536 rows with two findings each).
 */
export function append<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}
