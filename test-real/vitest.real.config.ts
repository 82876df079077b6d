import { defineConfig } from 'vitest/config';

// `npm run test:real`: the outputs as a person sees them, in real Chromium and LibreOffice
// (Debian packages; nothing is downloaded). Not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test-real/**/*.real.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
