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

/** Scrolls through the page so that every client:visible island hydrates, and waits until they have. */
export async function hydrateAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = window.innerHeight;
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await page.waitForFunction(
    () => document.querySelectorAll('astro-island[ssr]').length === 0,
    null,
    {
      timeout: 15_000,
    },
  );
}
