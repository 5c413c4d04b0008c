/**
 * Shared setup for end-to-end tests: one static server over the built site (dist/, or
 * DIST_DIR) and one Chromium, started once per test file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './staticServer';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

export interface Site {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(root = DIST, base = '/'): Promise<Site> {
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No built site in ${root}: run \`npm run build\` first (npm test does).`);
  }
  const server = await startStaticServer(root, base);
  const browser = await launchBrowser();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
