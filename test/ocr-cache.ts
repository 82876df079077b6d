/**
 * vitest global setup, after test/temp-root.ts: the cache of the run (the CLI's fact cache and its
 * OCR layer, LEDGER_CHECK_CACHE_DIR) goes to a folder inside the run's temp folder, removed at the
 * end — never the user's cache. The library uses a cache only when a test gives it one.
 */
import fs from 'node:fs';
import path from 'node:path';

export default function setup(): () => void {
  const dir = path.join(process.env.LC_TEST_TMP ?? fs.mkdtempSync('/tmp/lc-ocr-'), 'ocr-cache');
  process.env.LEDGER_CHECK_CACHE_DIR = dir;
  return () => {
    fs.rmSync(dir, { recursive: true, force: true });
    delete process.env.LEDGER_CHECK_CACHE_DIR;
  };
}
