/**
 * How far V8 lets a heap grow past what was live at its last full collection. By default it grows
 * up to 4x when collection looks cheap, so a run holding ~50 MB of report and layout sat in
 * 130-190 MB of heap per thread, PDF workers included (20,000 photos + 100 PDFs: 380-420 MB peak
 * RSS). 75% held that run at 320-340 MB for ~4% more CPU (50%: 305-313 MB, +15% CPU;
 * docs/benchmarks.md "Scaling"). V8 reads it whenever it sets a heap's limit, so setting it before any file is read
 * or worker started covers the whole run. Only the command sets it: the library's check() leaves
 * the process alone.
 *
 * Set before the bundle is compiled (src/cli/load-bundle.ts) as well as in main(): V8's code cache
 * records the flags it was made under, and the build makes it after running the command.
 */
import { HEAP_GROWING_PERCENT, setHeapGrowingPercent } from '../util/v8-heap.js';

export { HEAP_GROWING_PERCENT };

/** pdf.js's code caches are made both ways, so PDF threads keep theirs (src/util/v8-heap.ts). */
export function tuneHeap(): void {
  setHeapGrowingPercent(HEAP_GROWING_PERCENT);
}
