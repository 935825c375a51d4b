import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Two cores: Chromium, LibreOffice and the CLI spawn processes of their own.
    maxWorkers: 2,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          testTimeout: 60_000,
          // LibreOffice renders in beforeAll hooks take minutes when both cores are busy.
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Builds browser mode once and serves it on 127.0.0.1; only runs when a browser test is queued.
          globalSetup: ['tests/browser/serve-web.ts'],
          // A poll ends as soon as its condition holds, so a long limit costs a passing test nothing; it only
          // has to outlast the slowest honest wait (the check 0.3 s and the autosave 3 s after typing stops,
          // IndexedDB, a print layout) on a 2-core machine whose cores are both busy with other work.
          expect: { poll: { timeout: 30_000, interval: 50 } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
