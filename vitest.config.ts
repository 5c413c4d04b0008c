import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Projects: `unit` (pure logic, fast, no browser), `code` (the lesson snippets), `dist` (the
// built files, no browser) and `e2e` (real headless Chromium against the built site).
export default defineConfig({
  test: {
    projects: [
      {
        // content/lessons/_shared/*.ts import the library as `~/lib/math` (tsconfig paths, as Astro resolves it).
        resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // The content tests parse every lesson's MDX; on a busy 2-core machine that can take
          // longer than vitest's default 5 s per test.
          testTimeout: 30_000,
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        // Runs every lesson snippet (content/code) with real NumPy/SciPy/PyTorch/JAX from
        // .venv-snippets/ (built on first run from requirements-snippets.txt) and the library.
        resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
        test: {
          name: 'code',
          include: ['tests/code/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
      {
        // Checks over the built site (dist/) that need no browser; `npm test` runs them right
        // after the build, while the other lane is still busy.
        // readOff runs here again, reading the built pages too (widgets' and figures' numbers),
        // which the unit run before the build cannot.
        resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts', 'tests/content/readOff.test.ts'],
          env: { READ_OFF_BUILT: 'required' },
          testTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Two files share two cores with their browsers: give expect.poll more than its default
          // second before it gives up (it returns as soon as the condition holds).
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file starts its own static server (a free port) and Chromium, so two files run
          // at once, one per core.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
