/**
 * Sub-path deployment on a real web server: the site built with BASE_PATH=/softmax/ is
 * served by nginx (Debian package `nginx`, run unprivileged with its own config, prefix,
 * logs and temp folders in a temp dir, on 127.0.0.1 and a free port), then linkinator
 * crawls every page from the home page and checks every link, asset and #anchor.
 * The headers nginx sends (CSP from the generated _headers file, nosniff, …) are checked too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { launchBrowser, newWatchedPage } from '../support/browser';
import { DIST } from '../support/site';
import { SUBPATH_BASE, SUBPATH_DIST as DEFAULT_SUBPATH_DIST } from './globalSetup';

const BASE = SUBPATH_BASE; // '/softmax/'
/** SUBPATH_DIST_DIR points the test at another sub-path build (e.g. one made by hand). */
const SUBPATH_DIST = process.env.SUBPATH_DIST_DIR ?? DEFAULT_SUBPATH_DIST;

let server: { origin: string; close(): Promise<void> } | undefined;
let origin: string;

/**
 * Whether the sub-path build can be reused: globalSetup made it for this run (it is newer than
 * the main build, which `npm test` makes just before), and the post-build steps ran on it.
 */
function reusableSubpathBuild(): boolean {
  const index = join(SUBPATH_DIST, 'index.html');
  if (!existsSync(index) || !existsSync(join(SUBPATH_DIST, '_headers'))) return false;
  if (process.env.SKIP_SUBPATH_BUILD === '1') return true;
  const main = join(DIST, 'index.html');
  return existsSync(main) && statSync(index).mtimeMs >= statSync(main).mtimeMs;
}

beforeAll(async () => {
  if (!reusableSubpathBuild()) {
    // `npm run build` = `astro build` with the site integration (search index, _headers, budgets), as deployed.
    execFileSync('npm', ['run', 'build', '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        BASE_PATH: BASE,
        OUT_DIR: SUBPATH_DIST,
        ASTRO_CACHE_DIR: resolve('node_modules/.astro-subpath'),
        SITE_URL: 'http://127.0.0.1',
      },
    });
  }
  server = await startNginx(SUBPATH_DIST, BASE);
  origin = server.origin;
});

afterAll(async () => {
  await server?.close();
});

describe('sub-path deployment on nginx', () => {
  it('has no broken link, asset or anchor anywhere on the site', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${origin}${BASE}`,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 20_000,
      // Only this server: canonical/hreflang/og URLs name the configured SITE_URL (checked
      // below by path), and lessons may cite other sites, which CI cannot reach.
      linksToSkip: async (link: string) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map(
        (l) =>
          `${l.status ?? ''} ${l.url} (on ${l.parent ?? '?'})${l.failureDetails?.length ? ` ${JSON.stringify(l.failureDetails).slice(0, 200)}` : ''}`,
      );
    expect(broken).toEqual([]);
    // A link that leaves the base path would break on a host that serves only /softmax/.
    const outside = result.links
      .filter((l) => l.url.startsWith(origin) && !new URL(l.url).pathname.startsWith(BASE))
      .map((l) => `${l.url} (on ${l.parent ?? '?'})`);
    expect(outside).toEqual([]);
    const pages = new Set(
      result.links
        .filter((l) => l.state === LinkState.OK && /\/$/.test(new URL(l.url).pathname))
        .map((l) => new URL(l.url).pathname),
    );
    // Every language index, lesson, glossary and FAQ page was reached by following links.
    const sitemap = readFileSync(join(SUBPATH_DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(listed.length).toBeGreaterThan(20);
    for (const path of listed) expect(pages.has(path), `${path} reachable by links`).toBe(true);
  });

  it('serves every sitemap, canonical and hreflang URL', async () => {
    const sitemap = readFileSync(join(SUBPATH_DIST, 'sitemap-0.xml'), 'utf8');
    const urls = new Set(
      [...sitemap.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => new URL(m[1]!).pathname),
    );
    for (const path of urls) {
      expect(path.startsWith(BASE), path).toBe(true);
      const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(200);
    }
    for (const file of [
      'robots.txt',
      'manifest.webmanifest',
      'sitemap-index.xml',
      'icon-192.png',
      'icon-512.png',
      'favicon.svg',
      'og/ru.png',
      'search/pt.json',
    ]) {
      const res = await fetch(`${origin}${BASE}${file}`);
      expect(res.status, file).toBe(200);
    }
  });

  it('answers a missing page with the 404 page and redirects a folder without its slash', async () => {
    const missing = await fetch(`${origin}${BASE}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('id="not-found"');
    const folder = await fetch(`${origin}${BASE}en`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe(`${BASE}en/`);
  });

  it('searches under the sub-path and opens a result there (index and links follow the base path)', async () => {
    const browser = await launchBrowser();
    try {
      const { page, problems } = await newWatchedPage(browser, origin);
      await page.goto(`${origin}${BASE}pt/`);
      const box = page.getByRole('searchbox');
      await box.click();
      await box.fill('softmax');
      await page.locator('.site-search__results li').first().waitFor({ timeout: 15_000 });
      const hrefs = await page
        .locator('.site-search__results a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      for (const href of hrefs) expect(href.startsWith(`${BASE}pt/`), href).toBe(true);
      await box.press('Enter');
      await page.waitForURL((url) => url.pathname === hrefs[0]);
      await expect(page.locator('h1').count()).resolves.toBeGreaterThan(0);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
    } finally {
      await browser.close();
    }
  });

  it('sends the security headers, with a CSP that matches the pages', async () => {
    const res = await fetch(`${origin}${BASE}en/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // Every hash in the page's own <meta> policy is allowed by the header policy too.
    const html = await res.text();
    const meta = /http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)![1]!;
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(csp).toContain(hash);
  });
});
