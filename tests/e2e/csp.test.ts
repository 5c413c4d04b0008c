/**
 * Content Security Policy: every built page carries the build-time `<meta>` policy (Astro's
 * security.csp, configured in astro.config.mjs, with the hashes of its inline scripts), pages of every type load in Chromium
 * without a single violation, islands still hydrate, and the search (WebAssembly) runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newWatchedPage } from '../support/browser';
import { DIST, openSite, type Site } from '../support/site';
import { languages } from '../../src/i18n/locales';
import { levels } from '../../src/i18n/levels';
import { createHash } from 'node:crypto';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

const pages = htmlFiles(DIST).map((file) => ({
  path: relative(DIST, file)
    .split(sep)
    .join('/')
    .replace(/index\.html$/, ''),
  html: readFileSync(file, 'utf8'),
}));

/** Pages to open: every type, in every language; lessons with islands at each level. */
function sample(): string[] {
  const picked = new Set<string>(['', '404.html', 'no/such/page/']);
  for (const lang of languages) {
    for (const p of pages) {
      if (
        p.path === `${lang}/` ||
        (/^[a-z]+\/(glossary|faq)\/$/.test(p.path) && p.path.startsWith(`${lang}/`))
      )
        picked.add(p.path);
    }
    for (const level of levels) {
      const island = pages.find(
        (p) =>
          p.path.startsWith(`${lang}/`) &&
          p.path.endsWith(`/${level}/`) &&
          p.html.includes('<astro-island'),
      );
      if (island) picked.add(island.path);
    }
    const plain = pages.find(
      (p) =>
        p.path.startsWith(`${lang}/`) &&
        /^[a-z]+\/[\w-]+\/\w+\/$/.test(p.path) &&
        !p.html.includes('<astro-island'),
    );
    if (plain) picked.add(plain.path);
  }
  return [...picked];
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Records `securitypolicyviolation` events from the very start of every document. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
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

  it.each(sample())('loads /%s without a violation; islands hydrate', async (path) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    const violations = await watchCsp(page);
    const cspConsole: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspConsole.push(m.text());
    });
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    // The home page sends the reader on to their language; measure where they land.
    await page.waitForLoadState('networkidle');
    // Islands are client:visible and <astro-island> is display:contents: scroll their content in.
    const count = await page.evaluate(async () => {
      const islands = [...document.querySelectorAll('astro-island')];
      for (const el of islands) {
        (el.firstElementChild ?? el).scrollIntoView();
        await new Promise((r) => setTimeout(r, 50));
      }
      return islands.length;
    });
    if (count > 0) {
      await page.waitForFunction(
        () => document.querySelectorAll('astro-island[ssr]').length === 0,
        null,
        { timeout: 15_000 },
      );
    }
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
