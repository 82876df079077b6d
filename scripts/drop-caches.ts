/** Benchmarks: drop the page cache before a cold run (root only); false when it cannot. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function dropCaches(): boolean {
  try {
    spawnSync('sync');
    fs.writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}
