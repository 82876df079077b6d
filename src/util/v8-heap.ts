/**
 * The command's V8 heap setting, and the tag of code caches made under it.
 *
 * V8 stamps a code cache with the flags it was made under and rejects it under others, and V8
 * flags are process-wide: once the command sets --heap-growing-percent (src/cli/heap.ts), every
 * PDF worker thread would reject a pdf.js code cache made without it (and compile pdf.js from
 * source). So the build makes pdf.js's caches both ways (scripts/gen-pdfjs-cache.ts) and a thread
 * picks the variant by `v8FlagsTag()`. The setting is recorded in the environment because a worker
 * thread does not share its parent's module state but starts with a copy of its environment; a
 * child process that inherits the variable without the flag only picks a cache V8 then rejects,
 * which costs time, never behaviour.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 75;
const ENV = 'LEDGER_CHECK_V8_HEAP_GROWING_PERCENT';

/** Set the heap setting for this process (and record it for threads started after). */
export function setHeapGrowingPercent(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  process.env[ENV] = String(percent);
}

/** '' in a process with V8's default flags, else a tag naming the setting (code cache file names). */
export function v8FlagsTag(): string {
  const v = process.env[ENV];
  return v && /^\d{1,3}$/.test(v) ? `-hg${v}` : '';
}
