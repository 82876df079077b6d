import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Temp folders of the whole run live in one folder, removed at the end (test/temp-root.ts).
    // The OCR cache of the run goes inside that folder, never the user's cache (test/ocr-cache.ts).
    globalSetup: ['test/temp-root.ts', 'test/ocr-cache.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
