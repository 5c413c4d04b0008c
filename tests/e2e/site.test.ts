/**
 * End-to-end checks of the site skeleton in real Chromium against the built site: every page
 * loads cleanly on a 280 px phone (no error, CSP violation or off-host request; islands hydrate;
 * nothing too wide), switchers keep lesson/level/language, `/` picks the browser's language, axe
 * finds no serious or critical violation on any page type, and the sub-path build works in the
 * browser (its links are crawled on nginx by deploy.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newWatchedPage } from '../support/browser';
import { axeViolations } from '../support/axe';
import { figureReport } from '../support/figures';
import { builtPages, hydrateAll, pageHtml, watchCsp } from '../support/pages';
import { DIST, openSite, type Site } from '../support/site';
import { SUBPATH_BASE, SUBPATH_DIST } from './globalSetup';
import { contentCatalog } from '../support/catalog';
import { neighbours } from '../../src/lessons';
import { isLang, languages, locales } from '../../src/i18n/locales';
import { levels } from '../../src/i18n/levels';

const catalog = contentCatalog();

/**
 * Every page the build must produce: home, 404, and per language its index, glossary, Q&A, search
 * page, and for each lesson its level chooser (/<lang>/<lesson>/) and its 3 levels.
 */
const expectedPages = [
  '',
  '404.html',
  ...languages.flatMap((lang) => [
    `${lang}/`,
    `${lang}/glossary/`,
    `${lang}/faq/`,
    `${lang}/search/`,
    ...catalog.flatMap((lesson) => [
      `${lang}/${lesson.slug}/`,
      ...levels.map((level) => `${lang}/${lesson.slug}/${level}/`),
    ]),
  ]),
].sort();

/** The first lesson in reading order: the journeys below start there. */
const LESSON = catalog[0]?.slug ?? '(no lesson)';
let site: Site;

beforeAll(async () => {
  site = await openSite(DIST, '/');
});
afterAll(async () => {
  await site?.close();
});

describe('every page', () => {
  it('builds exactly the expected pages', () => {
    expect(catalog.length).toBeGreaterThan(1);
    expect(builtPages(DIST)).toEqual(expectedPages);
  });

  // One visit per page, on the narrowest phone the site supports: it answers 200, logs no error,
  // breaks no Content Security Policy rule, requests nothing from another host, hydrates every
  // island, every figure has its text alternative and caption and stays in its box, and nothing
  // is wider than 280 px (so nothing is at 320 or 390 px either). One test per language (the 404
  // page goes with the first), so each has its own time limit and a failure names its language.
  // The home page redirects by design: its own tests are below.
  it.for(languages)(
    'loads on a 280 px phone (%s): no error, no CSP violation, no off-host request, islands hydrate, figures complete, nothing too wide',
    { timeout: 600_000 },
    async (lang) => {
      const visit = builtPages(DIST).filter(
        (p) => p.startsWith(`${lang}/`) || (lang === languages[0] && p === '404.html'),
      );
      expect(visit.length).toBeGreaterThan(catalog.length * levels.length);
      const found: string[] = [];
      // Two tabs share the list, so the browser is busy while one of them waits.
      const lanes = [0, 1].map(async (lane) => {
        const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
          viewport: { width: 280, height: 640 },
          hasTouch: true,
          isMobile: true,
        });
        const violations = await watchCsp(page);
        for (const path of visit.filter((_, i) => i % 2 === lane)) {
          const res = await page.goto(site.server.url + path, { waitUntil: 'domcontentloaded' });
          if (res?.status() !== 200) found.push(`${path}: HTTP ${res?.status()}`);
          await hydrateAll(page).catch(() => found.push(`${path}: an island did not hydrate`));
          for (const v of await violations()) found.push(`${path}: CSP ${v}`);
          // Figures: role="img" with a name and a description, a caption, nothing outside the box.
          for (const f of (await figureReport(page)).figures)
            for (const problem of f.problems) found.push(`${path}: figure ${f.name}: ${problem}`);
          const [width, culprit] = await page.evaluate(() => {
            const w = document.documentElement.scrollWidth;
            if (w <= 280) return [w, ''];
            const clipped = (e: Element): boolean => {
              for (let a = e.parentElement; a; a = a.parentElement)
                if (getComputedStyle(a).overflowX !== 'visible') return true;
              return false;
            };
            const el = [...document.querySelectorAll<HTMLElement>('body *')].find(
              (e) => e.getBoundingClientRect().right > 281 && !clipped(e),
            );
            return [w, el ? `${el.tagName.toLowerCase()}.${el.className}` : '?'];
          });
          if (Number(width) > 280) found.push(`${path}: ${width} px wide (${culprit})`);
        }
        await context.close();
        found.push(...problems.consoleErrors, ...problems.pageErrors);
        found.push(...problems.offHost.map((url) => `off-host request: ${url}`));
      });
      await Promise.all(lanes);
      expect(found).toEqual([]);
    },
  );

  it('has the right <html lang> and hreflang alternates', () => {
    const tags = languages.map((l) => locales[l].tag);
    for (const path of builtPages(DIST)) {
      const html = pageHtml(DIST, path);
      const lang = html.match(/<html[^>]*\blang="([^"]+)"/)?.[1];
      const prefix = path.split('/')[0];
      if (isLang(prefix)) {
        expect(lang, path).toBe(locales[prefix].tag);
        for (const tag of tags) expect(html, path).toContain(`hreflang="${tag}"`);
      } else {
        expect(lang, path).toBeTruthy();
      }
    }
  });
});

describe('switchers', () => {
  it('language switch keeps the lesson and the level', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}en/${LESSON}/mechanical/`);
    await page.locator('.lang-switcher a[data-lang="pt"]').click();
    await page.waitForURL(`**/pt/${LESSON}/mechanical/`);
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
    await page.locator('.lang-switcher a[data-lang="ru"]').click();
    await page.waitForURL(`**/ru/${LESSON}/mechanical/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await context.close();
  });

  it('level switch keeps the language and marks the active level', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}pt/${LESSON}/intuitive/`);
    expect(
      await page.locator('.level-switcher a[aria-current="page"]').getAttribute('data-level'),
    ).toBe('intuitive');
    await page.locator('.level-switcher a[data-level="formal"]').click();
    await page.waitForURL(`**/pt/${LESSON}/formal/`);
    expect(
      await page.locator('.level-switcher a[aria-current="page"]').getAttribute('data-level'),
    ).toBe('formal');
    expect(await page.locator('.level-switcher a[aria-current]').count()).toBe(1);
    await context.close();
  });

  it('remembers the level and opens lessons from the index at that level', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}ru/${LESSON}/formal/`);
    await page.goto(`${site.server.url}ru/`);
    const hrefs = await page
      .locator('a[data-lesson-link]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/\/formal\/$/);
    await page.locator('a[data-lesson-link]').first().click();
    await page.waitForURL(/\/ru\/[^/]+\/formal\/$/);
    await context.close();
  });

  it('every lesson page links exactly its catalog neighbours at the same level and language', () => {
    const problems: string[] = [];
    for (const lang of languages) {
      for (const lesson of catalog) {
        const { prev, next } = neighbours(catalog, lesson.slug);
        for (const level of levels) {
          const path = `${lang}/${lesson.slug}/${level}/`;
          const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
          const pager = /<nav class="pager"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
          const link = (rel: string) =>
            new RegExp(`<a\\b[^>]*\\brel="${rel}"[^>]*\\bhref="([^"]*)"`).exec(pager)?.[1];
          const want = {
            prev: prev && `/${lang}/${prev.slug}/${level}/`,
            next: next && `/${lang}/${next.slug}/${level}/`,
          };
          const got = { prev: link('prev'), next: link('next') };
          if (got.prev !== want.prev || got.next !== want.next) {
            problems.push(
              `${path}: pager prev ${got.prev} next ${got.next}, expected prev ${want.prev} next ${want.next}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the pager takes the reader to the next lesson and back in the browser', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    const second = catalog[1]?.slug ?? '(no second lesson)';
    await page.goto(`${site.server.url}en/${LESSON}/mechanical/`);
    // The first lesson has a next link and no prev link.
    expect(await page.locator('.pager a[rel="prev"]').count()).toBe(0);
    await page.locator('.pager a[rel="next"]').click();
    await page.waitForURL(`**/en/${second}/mechanical/`);
    await page.locator('.pager a[rel="prev"]').click();
    await page.waitForURL(`**/en/${LESSON}/mechanical/`);
    await context.close();
  });
});

describe('the home page', () => {
  for (const [locale, lang] of [
    ['pt-BR', 'pt'],
    ['ru-RU', 'ru'],
    ['de-DE', 'en'],
    ['en-US', 'en'],
  ] as const) {
    it(`opens /${lang}/ for a ${locale} browser`, async () => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
        locale,
      });
      await page.goto(site.server.url);
      await page.waitForURL(`**/${lang}/`);
      expect(problems.consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('offers plain links to the three languages without JavaScript', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      javaScriptEnabled: false,
      locale: 'pt-BR',
    });
    await page.goto(site.server.url);
    const links = await page
      .locator('a[hreflang]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toEqual(['/en/', '/pt/', '/ru/']);
    await context.close();
  });

  it('prefers the language the reader picked before', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      locale: 'pt-BR',
    });
    await page.goto(`${site.server.url}pt/${LESSON}/intuitive/`);
    await page.locator('.lang-switcher a[data-lang="ru"]').click();
    await page.waitForURL(`**/ru/${LESSON}/intuitive/`);
    await page.goto(site.server.url);
    await page.waitForURL('**/ru/');
    await context.close();
  });
});

describe('the 404 page', () => {
  it('answers 404 in the language of the missing URL', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    const res = await page.goto(`${site.server.url}ru/no-such-lesson/`);
    expect(res?.status()).toBe(404);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('h1').first().textContent()).toBe('Страница не найдена');
    await context.close();
  });
});

describe('accessibility (axe)', () => {
  // Once per page type and colour scheme; the languages take turns, so each is seen. Widgets are
  // checked by axe in their own tests (islands.test.ts, lab.test.ts), figures in figures.test.ts.
  const paths = [
    'en/',
    `pt/${LESSON}/`,
    `ru/${LESSON}/intuitive/`,
    `en/${LESSON}/mechanical/`,
    `pt/${LESSON}/formal/`,
    'ru/glossary/',
    'en/faq/',
    'pt/search/',
    '404.html',
  ];
  it.concurrent.for(['light', 'dark'] as const)(
    'reports no serious or critical violation on any page type (%s theme)',
    { timeout: 600_000 },
    async (scheme, { expect }) => {
      const context = await site.browser.newContext({
        colorScheme: scheme,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(site.server.url + path);
        found.push(...(await axeViolations(page)));
      }
      await context.close();
      expect(found).toEqual([]);
    },
  );

  it('lets keyboard users reach a wide equation box', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${site.server.url}en/${LESSON}/formal/`);
    const boxes = page.locator('.katex-display');
    expect(await boxes.count()).toBeGreaterThan(0);
    // A box is a tab stop exactly when it scrolls (src/scripts/site.ts drops tabindex where it fits).
    const wrong = () =>
      boxes.evaluateAll((els) =>
        els
          .filter((el) => el.scrollWidth > el.clientWidth !== (el.getAttribute('tabindex') === '0'))
          .map((el) => el.textContent?.slice(0, 40)),
      );
    await expect.poll(wrong).toEqual([]);
    await context.close();
  });
});

describe('KaTeX', () => {
  it('is rendered at build time: no KaTeX JavaScript reaches the browser', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${site.server.url}en/${LESSON}/formal/`, { waitUntil: 'networkidle' });
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    for (const url of scripts) {
      const body = await (await fetch(url)).text();
      expect(body, url).not.toMatch(/renderToString|KaTeX parse error/);
    }
    await context.close();
  });

  it('keeps every formula in the accessibility tree as MathML, off screen too', async () => {
    // (content-visibility: auto on KaTeX's hidden MathML copy would save layout time, but
    // Chromium then drops the skipped copies from the accessibility tree: this guards that.)
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}en/derivative/formal/`, { waitUntil: 'load' });
    const formulas = await page.evaluate(
      () =>
        [...document.querySelectorAll('.katex-mathml math')].filter(
          // (inside exercises, a formula is part of a label's or a group's name instead)
          (m) => !m.closest('details:not([open]), softmax-exercise'),
        ).length,
    );
    expect(formulas).toBeGreaterThan(100);
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; ignored?: boolean }[];
    };
    expect(
      nodes.filter((n) => n.role?.value === 'MathMLMath' && !n.ignored).length,
    ).toBeGreaterThanOrEqual(formulas);
    await context.close();
  });
});

describe('sub-path build', () => {
  let sub: Site;
  beforeAll(async () => {
    sub = await openSite(SUBPATH_DIST, SUBPATH_BASE);
  });
  afterAll(async () => {
    await sub?.close();
  });

  it('works in the browser: home redirect, switchers and scripts', async () => {
    const { context, page, problems } = await newWatchedPage(sub.browser, sub.server.origin, {
      locale: 'ru-RU',
    });
    await page.goto(sub.server.url);
    await page.waitForURL(`**${SUBPATH_BASE}ru/`);
    await page.locator('a[data-lesson-link]').first().click();
    await page.waitForURL(new RegExp(`${SUBPATH_BASE}ru/[^/]+/[a-z]+/$`));
    await page.locator('.lang-switcher a[data-lang="en"]').click();
    await page.waitForURL(new RegExp(`${SUBPATH_BASE}en/[^/]+/[a-z]+/$`));
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
