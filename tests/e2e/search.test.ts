/**
 * Site search (Pagefind): in each language the box searches that language's index, results
 * name the lesson and its level, and opening one lands on that level. The Pagefind bundle is
 * not loaded until the box is used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newWatchedPage } from '../support/browser';
import { openSite, type Site } from '../support/site';
import { levels } from '../../src/i18n/levels';
import { dictionaries } from '../../src/i18n/t';
import { languages } from '../../src/i18n/locales';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Types a query and waits for the result list to settle. */
async function search(page: Page, query: string): Promise<void> {
  const input = page.getByRole('searchbox');
  await input.click();
  await input.fill(query);
  await page.locator('.site-search__results li').first().waitFor({ timeout: 15_000 });
}

describe('search', () => {
  it('does not load Pagefind until the search box is used', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.server.url}en/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox').focus();
    await page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await context.close();
  });

  for (const lang of languages) {
    it(`searches the ${lang} lessons and opens the level a result names`, async () => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
      const tr = dictionaries[lang];
      await page.goto(`${site.server.url}${lang}/`);

      // An accessible search landmark with a labelled search box.
      await expect(page.getByRole('search').count()).resolves.toBe(1);
      await expect(page.getByRole('searchbox', { name: tr['search.label'] }).count()).resolves.toBe(1);

      await search(page, 'softmax');
      const status = page.locator('#site-search-status');
      await expect(status.textContent()).resolves.toMatch(/\d/);

      const links = page.locator('.site-search__results a');
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      // Only this language's pages.
      for (const href of hrefs) expect(href.startsWith(`/${lang}/`)).toBe(true);

      // The first lesson result names its level in this language.
      const levelLabels = levels.map((l) => tr[`level.${l}`]);
      const lessonLink = links.filter({ has: page.locator('.site-search__level') }).first();
      const levelText = (await lessonLink.locator('.site-search__level').textContent())?.trim();
      expect(levelLabels).toContain(levelText);
      const lessonTitle = (await lessonLink.locator('.site-search__title').textContent())?.trim();
      const level = levels[levelLabels.indexOf(levelText!)];

      // Keyboard: ArrowDown moves into the list; Enter opens the result.
      await page.getByRole('searchbox').focus();
      await page.keyboard.press('ArrowDown');
      await expect(page.evaluate(() => document.activeElement?.closest('.site-search__results') !== null)).resolves.toBe(true);

      await lessonLink.click();
      await page.waitForURL(new RegExp(`/${lang}/[\\w-]+/${level}/$`));
      await expect(page.locator('h1').first().textContent()).resolves.toBe(lessonTitle);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
      await context.close();
    });
  }

  it('shows readable excerpts: no KaTeX glyph soup, TeX of formulas is searchable', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}en/`);
    await search(page, 'sum');
    const excerpts = await page.locator('.site-search__excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) {
      // KaTeX's visual HTML is full of zero-width and struts; MathML text doubles every symbol.
      expect(text).not.toMatch(/[\u200b\u2061]/);
      expect(text).not.toMatch(/katex/i);
    }
    await context.close();
  });

  it('announces when nothing matches and closes with Escape', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}ru/`);
    const input = page.getByRole('searchbox');
    await input.click();
    await input.fill('фываолдж');
    const status = page.locator('#site-search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(
      dictionaries.ru['search.count.zero'].replace('{query}', 'фываолдж'),
    );
    await expect(page.locator('.site-search__results li').count()).resolves.toBe(0);
    await input.press('Escape');
    await expect(page.locator('.site-search__panel').isHidden()).resolves.toBe(true);
    await context.close();
  });
});
