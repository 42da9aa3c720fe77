import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test-support/**/*.test.ts'],
    reporters: ['default', './test-support/summary-reporter.ts'],
    // PGlite databases take a few seconds and most of a gigabyte each: keep two test files in flight.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
