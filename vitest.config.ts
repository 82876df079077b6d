import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Temp folders of the whole run live in one folder, removed at the end (test/temp-root.ts).
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
