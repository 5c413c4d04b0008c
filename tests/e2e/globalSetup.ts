/**
 * Builds the site a second time under a sub-path (BASE_PATH=/softmax/) into dist-subpath/,
 * once for all end-to-end files that check sub-path hosting. The main build (dist/) is made
 * by `npm run build` before the e2e project runs. Set SKIP_SUBPATH_BUILD=1 to reuse an earlier one.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const SUBPATH_BASE = '/softmax/';
export const SUBPATH_DIST = resolve('dist-subpath');

export default function setup(): void {
  if (process.env.SKIP_SUBPATH_BUILD === '1') return;
  // `npm run build` = `astro build`, whose site integration (src/integrations/site.mjs) indexes search
  // too; they read OUT_DIR like Astro does.
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      BASE_PATH: SUBPATH_BASE,
      OUT_DIR: SUBPATH_DIST,
      ASTRO_CACHE_DIR: resolve('node_modules/.astro-subpath'),
      SITE_URL: 'http://127.0.0.1',
    },
  });
}
