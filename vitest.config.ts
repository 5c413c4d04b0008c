import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic, fast, no browser) and `e2e` (real headless Chromium
// against the built site). `npm test` runs them in that order, with the build in between.
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
