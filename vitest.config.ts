import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test-support/summary-reporter.ts'],
    // PGlite databases take a few seconds and most of a gigabyte each: keep two test files in flight.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The end-to-end suite's demo app runs in this process and fixes the program date for itself;
          // the unit and integration tests run on the real day unless a test sets its own.
          env: { PSHB_PROGRAM_DATE: '' },
          include: ['src/**/*.test.ts', 'test-support/**/*.test.ts'],
          exclude: ['src/**/*.e2e.test.ts'],
        },
      },
      {
        // The web app in headless Chromium against one server (test-support/e2e/e2e-server.ts).
        extends: true,
        test: {
          name: 'e2e',
          include: ['src/web/**/*.e2e.test.ts'],
          globalSetup: ['test-support/e2e/e2e-server.ts'],
          testTimeout: 180_000,
        },
      },
    ],
  },
});
