/**
 * Site search (src/search/engine.ts over <base>search/<lang>.json), in every language: natural
 * questions with typos find their lesson; results are grouped by lesson with the levels
 * beneath, excerpts carry no TeX, every result is reachable ("show more"); the opened page
 * scrolls to and highlights the match; `/` and Ctrl+K focus the box; Escape closes in one
 * press; offline and without JavaScript the reader gets a message in the page language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newWatchedPage } from '../support/browser';
import { openSite, type Site } from '../support/site';
import { levels } from '../../src/i18n/levels';
import { dictionaries } from '../../src/i18n/t';
import { languages, type Lang } from '../../src/i18n/locales';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** A natural question per language (one with a typo) and the lesson that answers it. */
const QUESTIONS: Record<Lang, { q: string; lesson: string }[]> = {
  en: [
    { q: "why can't we backpropagate through argmax", lesson: 'argmax-vs-softmax' },
    { q: 'sigmoid vs softmax', lesson: 'multi-label' },
    { q: 'what happens when temperture goes to zero', lesson: 'temperature' },
  ],
  pt: [
    { q: 'por que não dá para treinar com argmax', lesson: 'argmax-vs-softmax' },
    { q: 'sigmoide ou softmax', lesson: 'multi-label' },
    { q: 'temperatrua alta deixa tudo parecido', lesson: 'temperature' },
  ],
  ru: [
    { q: 'зачем вычитать максимум', lesson: 'computing-safely' },
    { q: 'сигмоида или softmax', lesson: 'multi-label' },
    { q: 'темпиратура и разброс долей', lesson: 'temperature' },
  ],
};

/** Types a query and waits for the result list to settle. */
async function search(page: Page, query: string): Promise<void> {
  const input = page.getByRole('searchbox');
  await input.click();
  await input.fill(query);
  const status = page.locator('#site-search-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(query.slice(0, 20));
}

/** The lesson slugs of the result groups, in order. */
const groupSlugs = (page: Page) =>
  page
    .locator('.site-search__results > .site-search__group')
    .evaluateAll((gs) =>
      gs.map(
        (g) => new URL((g.querySelector('a') as HTMLAnchorElement).href).pathname.split('/')[2],
      ),
    );

describe('search', () => {
  it('loads nothing for search until the box is used, then one small index', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.server.url}en/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.startsWith('/search/'))).toEqual([]);
    const index = page.waitForResponse((r) => r.url().endsWith('/search/en.json'));
    await page.getByRole('searchbox').focus();
    await expect((await index).status()).toBe(200);
    await context.close();
  });

  for (const lang of languages) {
    const tr = dictionaries[lang];

    it(`answers natural questions with typos in ${lang}, grouped by lesson with its levels beneath`, async () => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
      await page.goto(`${site.server.url}${lang}/`);
      await expect(page.getByRole('search').count()).resolves.toBe(1);
      await expect(page.getByRole('searchbox', { name: tr['search.label'] }).count()).resolves.toBe(
        1,
      );

      for (const { q, lesson } of QUESTIONS[lang]) {
        await search(page, q);
        const slugs = await groupSlugs(page);
        expect(slugs.slice(0, 3), q).toContain(lesson);
        // One group per lesson, its levels beneath with their labels in this language.
        expect(new Set(slugs).size).toBe(slugs.length);
        const group = page
          .locator('.site-search__results > .site-search__group')
          .nth(slugs.indexOf(lesson));
        const levelTexts = await group.locator('.site-search__level').allTextContents();
        expect(levelTexts.length).toBeGreaterThan(0);
        for (const l of levelTexts) expect(levels.map((x) => tr[`level.${x}`])).toContain(l);
        for (const href of await group
          .locator('a')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
          expect(href.startsWith(`/${lang}/${lesson}/`)).toBe(true);
        }
      }
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
      await context.close();
    });

    it(`shows readable excerpts without TeX and lets every result be reached in ${lang}`, async () => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
      await page.goto(`${site.server.url}${lang}/`);
      await search(page, 'softmax');
      const excerpts = await page.locator('.site-search__excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) {
        expect(text).not.toMatch(/\\[a-zA-Z]+|[\u200b\u2061]|katex/);
      }
      // "Show more" until every lesson group is listed: as many pages as the count announces.
      const more = page.locator('.site-search__more');
      for (let i = 0; i < 10 && (await more.isVisible()); i++) await more.click();
      await expect(more.isVisible()).resolves.toBe(false);
      const shown = await page.locator('.site-search__hits > li').count();
      const announced = await page.locator('#site-search-status').textContent();
      expect(announced).toContain(new Intl.NumberFormat(lang).format(shown));
      expect(shown).toBeGreaterThan(8);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });

    it(`opens a result scrolled to the match, highlighted, in ${lang}`, async () => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
      await page.goto(`${site.server.url}${lang}/`);
      await search(page, QUESTIONS[lang][0]!.q);
      const link = page.locator('.site-search__results a').first();
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/\?hl=[^#]+#.+$/);
      // Enter opens the best match.
      await page.getByRole('searchbox').press('Enter');
      await page.waitForURL((u) => u.pathname === new URL(href, site.server.url).pathname);
      await expect
        .poll(() => page.evaluate(() => CSS.highlights.get('search-match')?.size ?? 0), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      const view = await page.evaluate(() => {
        const range = [...CSS.highlights.get('search-match')!][0] as Range;
        const box = range.getBoundingClientRect();
        return {
          top: box.top,
          bottom: box.bottom,
          height: innerHeight,
          scrollY,
          search: location.search,
        };
      });
      expect(view.scrollY).toBeGreaterThan(0);
      // Some highlighted word is on screen, and `hl` has left the address.
      const onScreen = await page.evaluate(() =>
        [...CSS.highlights.get('search-match')!].some((r) => {
          const b = (r as Range).getBoundingClientRect();
          return b.top >= 0 && b.bottom <= innerHeight;
        }),
      );
      expect(onScreen).toBe(true);
      expect(view.search).toBe('');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
      await context.close();
    });

    it(`says so in ${lang} when offline, with no uncaught error`, async () => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
      await page.goto(`${site.server.url}${lang}/`);
      await page.waitForLoadState('networkidle');
      // (a) never used before going offline: the search code itself cannot load.
      await context.setOffline(true);
      const input = page.getByRole('searchbox');
      await input.click();
      await input.fill('softmax');
      const status = page.locator('#site-search-status');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(tr['search.offline']);
      await expect(page.locator('.site-search__count').isVisible()).resolves.toBe(true);
      // Back online, the box works; offline again, the loaded index keeps working.
      await context.setOffline(false);
      await input.blur();
      await input.click();
      await input.fill('temperature');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('temperature');
      await context.setOffline(true);
      await input.fill('softmax');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('softmax');
      await expect(page.locator('.site-search__results li').count()).resolves.toBeGreaterThan(0);
      expect(problems.pageErrors).toEqual([]);
      // The only console errors are the browser's own notes on the failed requests.
      expect(
        problems.consoleErrors.filter(
          (e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e),
        ),
      ).toEqual([]);
      await context.close();
    });

    it(`submits to the search page without JavaScript, which says what it can do, in ${lang}`, async () => {
      const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
        javaScriptEnabled: false,
      });
      await page.goto(`${site.server.url}${lang}/`);
      const input = page.getByRole('searchbox');
      await input.fill('softmax');
      await input.press('Enter');
      await page.waitForURL(
        (u) => u.pathname === `/${lang}/search/` && u.searchParams.get('q') === 'softmax',
      );
      await expect(page.locator('h1').textContent()).resolves.toBe(tr['search.page.title']);
      await expect(page.locator('.search-page__noscript').textContent()).resolves.toBe(
        tr['search.page.noscript'],
      );
      // Every lesson, each level linked.
      const links = await page.locator('.search-page__lessons a').count();
      expect(links).toBeGreaterThanOrEqual(30);
      await context.close();
    });

    it(`lists every result on the search page with JavaScript in ${lang}`, async () => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
      const q = QUESTIONS[lang][1]!;
      await page.goto(`${site.server.url}${lang}/search/?q=${encodeURIComponent(q.q)}`);
      const status = page.locator('.search-page [role=status]');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(q.q);
      await expect(page.getByRole('searchbox').inputValue()).resolves.toBe(q.q);
      const first = page.locator('.search-page__results a').first();
      await expect(first.evaluate((a) => (a as HTMLAnchorElement).pathname)).resolves.toMatch(
        new RegExp(`^/${lang}/`),
      );
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
      await context.close();
    });
  }

  it('focuses the box with / and with Ctrl+K, but not while typing in a field', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}pt/`);
    const focused = () => page.evaluate(() => document.activeElement?.id);
    await page.locator('body').click();
    await page.keyboard.press('/');
    await expect(focused()).resolves.toBe('site-search-input');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect(focused()).resolves.toBe('site-search-input');
    await context.close();
  });

  it('closes with one Escape, from the box or from a result', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}ru/`);
    const panel = page.locator('.site-search__panel');
    await search(page, 'softmax');
    await expect(panel.isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(
      page.evaluate(() => document.activeElement?.closest('.site-search__results') !== null),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel.isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'site-search-input',
    );
    // Typing again reopens; one Escape from the box closes it.
    await page.keyboard.type(' температура');
    await expect.poll(() => panel.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel.isHidden()).resolves.toBe(true);
    await context.close();
  });

  it('announces no results, keeps `$&` literal, and caps a huge query', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}ru/`);
    const input = page.getByRole('searchbox');
    const status = page.locator('#site-search-status');
    await input.click();
    await input.fill('фываолдж $&');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toBe(dictionaries.ru['search.count.zero'].replace('{query}', () => 'фываолдж $&'));
    await expect(page.locator('.site-search__results li').count()).resolves.toBe(0);
    // maxlength cuts typing and pasting; the sentence echoes at most a short prefix.
    await input.fill('');
    await input.evaluate(
      (el, text) => {
        (el as HTMLInputElement).value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      `softmax ${'x'.repeat(100_000)}`,
    );
    await expect
      .poll(async () => (await status.textContent())?.length ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect((await status.textContent())!.length).toBeLessThan(200);
    await expect(input.getAttribute('maxlength')).resolves.toBe('200');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
