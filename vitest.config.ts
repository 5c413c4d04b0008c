import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic, fast, no browser) and `e2e` (real headless Chromium
// against the built site). `npm test` runs them in that order, with the build in between.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser, one static server: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
