/**
 * End-to-end checks of the site skeleton in real Chromium against the built site:
 * every page loads cleanly at phone width, switchers keep lesson/level/language,
 * `/` picks the browser's language, axe finds no serious or critical violation,
 * and the sub-path build works with every internal link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { newWatchedPage } from '../support/browser';
import { DIST, openSite, type Site } from '../support/site';
import { SUBPATH_BASE, SUBPATH_DIST } from './globalSetup';
import { buildCatalog, neighbours, type LessonEntryLike } from '../../src/lessons';
import { isLang, languages } from '../../src/i18n/locales';
import { levels, type Level } from '../../src/i18n/levels';

/** Every built HTML page as a URL path relative to the site root ('en/x/formal/'). */
function builtPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        out.push(rel === 'index.html' ? '' : rel.replace(/index\.html$/, ''));
      }
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The lesson catalog exactly as the build makes it (src/lessons.ts), fed from the lesson files'
 * paths and frontmatter, so the expected pages and pager links follow the content.
 */
function contentCatalog() {
  const root = join(import.meta.dirname, '..', '..', 'content', 'lessons');
  const entries: LessonEntryLike[] = [];
  for (const lang of readdirSync(root).filter(isLang)) {
    for (const lesson of readdirSync(join(root, lang))) {
      for (const file of readdirSync(join(root, lang, lesson)).filter((f) => f.endsWith('.mdx'))) {
        const front =
          /^---\r?\n([\s\S]*?)\r?\n---/.exec(
            readFileSync(join(root, lang, lesson, file), 'utf8'),
          )?.[1] ?? '';
        const order = Number(/^order:\s*(\d+)/m.exec(front)?.[1]);
        const level = (/^level:\s*(\w+)/m.exec(front)?.[1] ?? '') as Level;
        entries.push({
          id: `${lang}/${lesson}/${file.replace(/\.mdx$/, '')}`,
          data: { title: '', description: '', order, level },
        });
      }
    }
  }
  return buildCatalog(entries);
}
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
  it('loads at 390 px with no console error, no page error, no off-host request and no horizontal overflow', async () => {
    const pages = builtPages(DIST);
    expect(catalog.length).toBeGreaterThan(1);
    expect(pages).toEqual(expectedPages);
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: true,
    });
    const overflow: string[] = [];
    // The home page redirects by design; it is checked in its own test below.
    for (const path of pages.filter((p) => p !== '')) {
      const res = await page.goto(site.server.url + path, { waitUntil: 'load' });
      expect(res?.status(), path).toBe(200);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      if (widths.scroll > widths.inner)
        overflow.push(`${path}: ${widths.scroll}px > ${widths.inner}px`);
    }
    await context.close();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.offHost).toEqual([]);
    expect(overflow).toEqual([]);
  });

  it('does not overflow on a 320 px screen either (one page of each type)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const overflow: string[] = [];
    for (const path of [
      'en/',
      'ru/glossary/',
      'pt/faq/',
      `ru/${LESSON}/formal/`,
      `pt/${LESSON}/mechanical/`,
      '404.html',
    ]) {
      await page.goto(site.server.url + path);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > 320) overflow.push(`${path}: ${scroll}px`);
    }
    await context.close();
    expect(overflow).toEqual([]);
  });

  it('has the right <html lang> and hreflang alternates', () => {
    const expected = { en: 'en', pt: 'pt-BR', ru: 'ru' } as const;
    for (const path of builtPages(DIST)) {
      const html = readFileSync(
        join(DIST, path.endsWith('.html') ? path : `${path}index.html`),
        'utf8',
      );
      const lang = html.match(/<html[^>]*\blang="([^"]+)"/)?.[1];
      const prefix = path.split('/')[0] as keyof typeof expected;
      if (prefix in expected) {
        expect(lang, path).toBe(expected[prefix]);
        for (const tag of Object.values(expected))
          expect(html, path).toContain(`hreflang="${tag}"`);
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
  const paths = [
    'en/',
    'pt/',
    'ru/',
    ...(['en', 'pt', 'ru'] as const).flatMap((l) =>
      ['intuitive', 'mechanical', 'formal'].map((v) => `${l}/${LESSON}/${v}/`),
    ),
    '404.html',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`reports no serious or critical violation (${scheme} theme)`, async () => {
      const context = await site.browser.newContext({
        colorScheme: scheme,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(site.server.url + path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            found.push(
              `${path}: ${v.id} (${v.impact}) ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
            );
          }
        }
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }

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
});

describe('sub-path build', () => {
  let sub: Site;
  beforeAll(async () => {
    sub = await openSite(SUBPATH_DIST, SUBPATH_BASE);
  });
  afterAll(async () => {
    await sub?.close();
  });

  it('serves every page under /softmax/ with every internal link and asset resolving', async () => {
    const pages = builtPages(SUBPATH_DIST);
    const seen = new Set<string>();
    const broken: string[] = [];
    for (const path of pages) {
      const html = readFileSync(
        join(SUBPATH_DIST, path.endsWith('.html') ? path : `${path}index.html`),
        'utf8',
      );
      for (const m of html.matchAll(/\b(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
        const ref = m[1] ?? '';
        if (/^(https?:|mailto:|data:)/.test(ref)) continue;
        const url = new URL(ref, `${sub.server.url}${path}`).href;
        if (seen.has(url)) continue;
        seen.add(url);
        if (!new URL(url).pathname.startsWith(SUBPATH_BASE)) {
          broken.push(`${path}: ${ref} is outside the base path`);
          continue;
        }
        const res = await fetch(url, { redirect: 'manual' });
        if (res.status !== 200) broken.push(`${path}: ${ref} → ${res.status}`);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(broken).toEqual([]);
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
