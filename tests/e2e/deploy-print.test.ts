/**
 * Print stylesheet (src/styles/print.css): a lesson prints as the article alone, math intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage } from '../support/browser';
import { openSite, type Site } from '../support/site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('print', () => {
  it('hides navigation, search and switchers and keeps the lesson and its math', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 800, height: 1000 },
    });
    await page.goto(`${site.server.url}en/derivative/formal/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const shown = (selector: string) =>
      page.$$eval(selector, (els) => els.some((el) => getComputedStyle(el).display !== 'none'));
    for (const hidden of [
      '.site-search',
      '.lang-switcher',
      '.level-switcher',
      '.breadcrumbs',
      '.pager',
      '.skip-link',
    ]) {
      expect(await shown(hidden), hidden).toBe(false);
    }
    expect(await shown('article.lesson h1')).toBe(true);
    expect(await shown('.katex-display')).toBe(true);
    // Display math is not clipped by its screen-only scroll box.
    const overflow = await page.$eval('.katex-display', (el) => getComputedStyle(el).overflowX);
    expect(overflow).toBe('visible');
    // Black on white even for a reader in dark mode.
    const [fg, bg] = await page.$eval('body', (el) => [
      getComputedStyle(el).color,
      getComputedStyle(el).backgroundColor,
    ]);
    expect([fg, bg]).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });
});
