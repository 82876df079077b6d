/**
 * vitest global setup, after test/temp-root.ts: the cache of the run (the CLI's fact cache and its
 * OCR layer, LEDGER_CHECK_CACHE_DIR) goes to a folder inside the run's temp folder, removed at the
 * end — never the user's cache. The library uses a cache only when a test gives it one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  // Without the run's temp folder (a config without test/temp-root.ts): a folder of its own, removed whole.
  const own = process.env.LC_TEST_TMP ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'lc-ocr-'));
  const dir = path.join(process.env.LC_TEST_TMP ?? own!, 'ocr-cache');
  process.env.LEDGER_CHECK_CACHE_DIR = dir;
  return () => {
    fs.rmSync(own ?? dir, { recursive: true, force: true });
    delete process.env.LEDGER_CHECK_CACHE_DIR;
  };
}
