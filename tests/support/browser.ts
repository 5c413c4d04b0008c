/**
 * Launches the system's Chromium (Debian package, /usr/bin/chromium) through
 * playwright-core, with the flags that keep it off the network (see DEVELOPERS.md).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the test server's. */
  offHost: string[];
}

/**
 * A new context and page that record console errors, uncaught exceptions and every
 * request that leaves the test server's origin (which Chromium cannot reach: see CHROMIUM_ARGS).
 */
export async function newWatchedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], offHost: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(`${page.url()}: ${err.message}`));
  // Recorded, not intercepted: routing every request through Playwright costs a round trip to
  // this process per request, and --host-resolver-rules already stops any other host.
  context.on('request', (request) => {
    const url = request.url();
    if (!(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')))
      problems.offHost.push(url);
  });
  return { context, page, problems };
}
