/**
 * vitest global setup, after test/temp-root.ts: the OCR cache of the run (library and CLI under
 * test) goes to a folder inside the run's temp folder, removed at the end — never the user's cache.
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
