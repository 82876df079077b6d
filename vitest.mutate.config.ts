/**
 * The tests Stryker runs for `npm run mutate`: the fast, pure unit tests of checks, windows and
 * the report (no fixtures built, no CLI processes), so each mutant is judged in well under a second.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/boundaries/**/*.test.ts',
      'test/photo/checks.test.ts',
      'test/photo/caption.test.ts',
      'test/register/festivals.test.ts',
      'test/register/checks.test.ts',
      'test/register/festival-checks.test.ts',
      'test/register/captions.test.ts',
      'test/kinds/kinds.test.ts',
      'test/kinds/rule-file.test.ts',
      'test/windows/**/*.test.ts',
      'test/report/element-traps.test.ts',
      'test/report/sections.test.ts',
      'test/kinds/explain.test.ts',
      'test/kinds/sugar.test.ts',
      'test/ocr/checks.test.ts',
      'test/core/file-verdict.test.ts',
      'test/core/file-facts.test.ts',
      'test/review/apply.test.ts',
    ],
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    isolate: false,
  },
});
