/** Removes the run's OCR cache folder (vitest.config.ts points LEDGER_CHECK_CACHE_DIR at it). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = path.join(os.tmpdir(), `ledger-check-test-cache-${process.pid}`);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
