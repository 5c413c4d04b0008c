/**
 * Content Security Policy: every built page carries the build-time `<meta>` policy (Astro's
 * security.csp, configured in astro.config.mjs, with the hashes of its inline scripts); the home
 * page and a missing URL load without a violation (every other page is opened under its policy by
 * site.test.ts), and the search runs under it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage } from '../support/browser';
import { builtPages, hydrateAll, pageHtml, watchCsp } from '../support/pages';
import { DIST, openSite, type Site } from '../support/site';
import { createHash } from 'node:crypto';

const pages = builtPages(DIST).map((path) => ({ path, html: pageHtml(DIST, path) }));

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('content security policy', () => {
  it('is on every page, strict for scripts, allowing every early inline script by hash, with no inline event handler', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, html } of pages) {
      // Astro's security.csp writes the <meta>; it must come before any script of the page.
      const head = html.slice(0, html.indexOf('</head>'));
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/i.exec(head);
      expect(meta, `CSP meta in ${path || '/'}`).not.toBeNull();
      const policy = meta![1]!;
      // Astro writes the <meta> at the end of <head>; the scripts before it (the theme script, the
      // level chooser's redirect) must still be ones the policy lists by hash.
      for (const [, body] of head
        .slice(0, meta!.index)
        .matchAll(/<script>([\s\S]*?)<\/script>/gi)) {
        const hash = `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`;
        expect(policy, `early inline script of ${path || '/'} listed by hash`).toContain(hash);
      }
      expect(
        head.slice(0, meta!.index),
        `no external script before the CSP in ${path || '/'}`,
      ).not.toMatch(/<script[^>]*\ssrc=/i);
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
      expect(policy).not.toMatch(/https?:/);
      // No inline event handlers (they cannot be hashed without 'unsafe-hashes').
      expect(html).not.toMatch(/<[^>]+\son[a-z]+="/i);
    }
  });

  // Checked independently of the build (scripts/lib/html.mjs, whose own regex found the scripts):
  // Chromium's HTML parser finds the inline scripts of each built file, node:crypto hashes their
  // text exactly as a browser does for CSP, and the page's policy must list each of those hashes.
  // (Extra hashes are allowed: Astro's security.csp lists the site's inline scripts on every page.)
  it('lists the SHA-256 of every inline script of every page, as Chromium parses it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const sha = (text: string) =>
      `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const found = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const executable = ['', 'module', 'text/javascript', 'application/javascript', 'importmap'];
        // Scripts inside <template> (island slots) count too: they run once the content is used.
        const roots: ParentNode[] = [doc];
        for (let i = 0; i < roots.length; i++)
          roots.push(...[...roots[i]!.querySelectorAll('template')].map((t) => t.content));
        return {
          policy:
            doc
              .querySelector('meta[http-equiv="content-security-policy" i]')
              ?.getAttribute('content') ?? '',
          scripts: roots
            .flatMap((root) => [...root.querySelectorAll('script')])
            .filter(
              (el) => !el.hasAttribute('src') && executable.includes(el.type.trim().toLowerCase()),
            )
            .map((el) => el.text),
        };
      }, html);
      if (!found.policy) problems.push(`${path || '/'}: no Content-Security-Policy <meta>`);
      const listed = new Set(
        (/script-src ([^;]*)/.exec(found.policy)?.[1] ?? '').match(/'sha256-[^']+'/g) ?? [],
      );
      const missing = [...new Set(found.scripts.map(sha))].filter((h) => !listed.has(h));
      if (missing.length > 0)
        problems.push(
          `${path || '/'}: inline script(s) not allowed by the policy: ${missing.join(' ')}`,
        );
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  // Every built page is opened under its policy by site.test.ts ("every page"); here the two
  // documents that crawl does not open: the home page (it redirects) and a missing URL (404).
  it.each(['', 'no/such/page/'])('loads /%s without a violation', async (path) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    const violations = await watchCsp(page);
    const cspConsole: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspConsole.push(m.text());
    });
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    // The home page sends the reader on to their language; measure where they land.
    await page.waitForLoadState('networkidle');
    await hydrateAll(page);
    expect(await violations()).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.offHost).toEqual([]);
    await context.close();
  });

  it('lets search load its index and show results under the policy', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    const violations = await watchCsp(page);
    await page.goto(`${site.server.url}pt/`);
    const box = page.getByRole('searchbox');
    await box.click();
    await box.fill('softmax');
    await page.locator('.site-search__results li').first().waitFor({ timeout: 15_000 });
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
