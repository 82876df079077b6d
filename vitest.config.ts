import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The OCR cache of test runs goes to a folder of this run (removed by test/global-setup.ts), never the user's.
const cacheDir = path.join(os.tmpdir(), `ledger-check-test-cache-${process.pid}`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Temp folders of the whole run live in one folder, removed at the end (test/temp-root.ts).
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { LEDGER_CHECK_CACHE_DIR: cacheDir },
    globalSetup: ['test/global-setup.ts'],
  },
});
