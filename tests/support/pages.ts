/**
 * What the e2e files share about the built site: its pages, and a watcher for Content Security
 * Policy violations.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';

/** Every built HTML page as a URL path relative to the site root ('', 'en/x/formal/', '404.html'). */
export function builtPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        out.push(rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The HTML of a page given as builtPages() names it. */
export function pageHtml(root: string, path: string): string {
  return readFileSync(
    join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path),
    'utf8',
  );
}

/** Records `securitypolicyviolation` events from the very start of every document the page opens. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/**
 * Brings every client:visible island into view, one at a time, until all have hydrated: each
 * poll scrolls to the first island still waiting (Astro removes its `ssr` attribute once it has
 * hydrated). Scrolling island by island, not screen by screen, keeps a long lesson page to a
 * few frames.
 */
export async function hydrateAll(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('astro-island[ssr]');
      // (an island is display: contents, with no box of its own: Astro watches its children)
      (waiting?.firstElementChild ?? waiting)?.scrollIntoView({ block: 'center' });
      return waiting === null;
    },
    null,
    { timeout: 15_000, polling: 50 },
  );
}
