/**
 * End-to-end checks of the reader's journey through the navigation, in real Chromium against
 * the built site: lesson sidebar and "On this page" (wide) or disclosures (phone), section ids
 * shared by the three languages, switchers that keep the section and the widget state,
 * lesson URLs without a depth, reading progress, check-yourself answers kept on the device, the
 * theme switch (no flash, CSP-clean), the glossary previews of <Term>, the glossary's A–Z order
 * and letter index, and the "Last updated" line at the end of a lesson.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newWatchedPage } from '../support/browser';
import { DIST, openSite, type Site } from '../support/site';
import { contentCatalog } from '../support/catalog';
import { watchCsp } from '../support/pages';
import { glossaryTerms } from '../../src/data/glossaryTerms';
import { languages, locales } from '../../src/i18n/locales';
import { levels } from '../../src/i18n/levels';
import { t } from '../../src/i18n/t';

const catalog = contentCatalog();
const LESSON = catalog[0]?.slug ?? '(no lesson)';
/** A lesson in the middle of the catalogue, so that it has neighbours on both sides. */
const MIDDLE = catalog[Math.min(4, catalog.length - 1)] ?? catalog[0]!;

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const sectionIds = (page: string) =>
  [...page.matchAll(/<div class="heading heading--h[23]"><h[23] id="([^"]+)"/g)].map((m) => m[1]);

let site: Site;
beforeAll(async () => {
  site = await openSite(DIST, '/');
});
afterAll(async () => {
  await site?.close();
});

describe('section ids', () => {
  it('are the same in every language, for every lesson and level', () => {
    const problems: string[] = [];
    for (const lesson of catalog) {
      for (const level of levels) {
        const en = sectionIds(html(`en/${lesson.slug}/${level}`));
        if (en.length === 0) problems.push(`en/${lesson.slug}/${level}: no section headings`);
        for (const lang of languages) {
          const ids = sectionIds(html(`${lang}/${lesson.slug}/${level}`));
          if (JSON.stringify(ids) !== JSON.stringify(en))
            problems.push(`${lang}/${lesson.slug}/${level}: ${ids.join(',')} ≠ ${en.join(',')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('each has a "#" link named in the page language, and "On this page" lists them all', () => {
    for (const lang of languages) {
      const page = html(`${lang}/${MIDDLE.slug}/formal`);
      const ids = sectionIds(page);
      const prefix = t(lang)('nav.anchor', { title: '' });
      for (const id of ids) {
        expect(page, `${lang} #${id}`).toMatch(
          new RegExp(`class="heading__anchor" href="#${id}" aria-label="${prefix}[^"]+"`),
        );
      }
      const toc = /<nav class="toc toc--aside"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
      expect([...toc.matchAll(/href="#([^"]+)" data-toc-link/g)].map((m) => m[1])).toEqual(ids);
    }
  });
});

describe('wide screens (1280 px)', () => {
  it('show the lesson list with the current lesson and level marked, and the position in the catalogue', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${site.server.url}en/${MIDDLE.slug}/mechanical/`);
    const sidebar = page.locator('.lessons-nav--aside');
    expect(await sidebar.isVisible()).toBe(true);
    expect(await sidebar.locator('.lessons-nav__list > li').count()).toBe(catalog.length);
    const current = sidebar.locator('a[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe(`/en/${MIDDLE.slug}/mechanical/`);
    expect((await sidebar.locator('.lessons-nav__levels .is-current').textContent())?.trim()).toBe(
      'Mechanical',
    );
    // Every lesson link keeps the depth.
    for (const href of await sidebar
      .locator('.lessons-nav__list > li > a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
      expect(href).toMatch(/\/mechanical\/$/);
    }
    const position = catalog.findIndex((l) => l.slug === MIDDLE.slug) + 1;
    expect(await page.locator('.lesson .eyebrow').textContent()).toContain(`of ${catalog.length}`);
    expect(await sidebar.locator('.lessons-nav__count').textContent()).toBe(
      `${position} of ${catalog.length}`,
    );
    expect(await page.locator('.toc--aside').isVisible()).toBe(true);
    expect(await page.locator('.page-disclosures').isVisible()).toBe(false);
    // The header stays on screen.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.locator('.level-switcher a[data-level="formal"]').isVisible()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('mark the section in view in "On this page" and carry it, with the query string, to the switchers', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${site.server.url}en/${MIDDLE.slug}/formal/?demo=1,2`);
    const ids = sectionIds(html(`en/${MIDDLE.slug}/formal`));
    const target = ids[Math.min(2, ids.length - 1)]!;
    await page.locator(`[id="${target}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect
      .poll(() => page.locator('.toc--aside a[aria-current="true"]').getAttribute('href'))
      .toBe(`#${target}`);
    const pt = page.locator('.lang-switcher a[data-lang="pt"]');
    await expect.poll(() => pt.getAttribute('href')).toContain(`#${target}`);
    // An island writes its state with history.replaceState (no event): the link picks it up when used.
    await page.evaluate(() =>
      history.replaceState(null, '', `${location.pathname}?demo=3,4${location.hash}`),
    );
    await pt.click();
    await page.waitForURL(`**/pt/${MIDDLE.slug}/formal/?demo=3,4#${target}`);
    // The same section is on screen in the other language, below the sticky header.
    const top = await page
      .locator(`[id="${target}"]`)
      .evaluate((el) => el.getBoundingClientRect().top);
    const header = await page
      .locator('.site-header')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(header - 1);
    expect(top).toBeLessThan(400);
    // The depth switcher carries the query string too.
    const formal = await page
      .locator('.level-switcher a[data-level="intuitive"]')
      .getAttribute('href');
    expect(formal).toContain('?demo=3,4');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('phones (390 px)', () => {
  it('fold the lesson list and "On this page" into disclosures that work without JavaScript', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}ru/${MIDDLE.slug}/formal/`);
    expect(await page.locator('.lessons-nav--aside').isVisible()).toBe(false);
    expect(await page.locator('.toc--aside').isVisible()).toBe(false);
    const toc = page.locator('details.toc');
    expect(await toc.locator('a').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await toc.locator('a').first().isVisible()).toBe(true);
    await page.locator('details.lessons-nav summary').click();
    expect(await page.locator('details.lessons-nav a[aria-current="page"]').isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('open the depth and language menus from the sticky header', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    await page.goto(`${site.server.url}pt/${MIDDLE.slug}/intuitive/`);
    await page.evaluate(() => scrollTo(0, 2000));
    const depth = page.locator('.level-switcher .menu__button');
    expect(await depth.isVisible()).toBe(true);
    expect(await page.locator('.level-switcher a[data-level="formal"]').isVisible()).toBe(false);
    await depth.click();
    await page.locator('.level-switcher a[data-level="formal"]').click();
    await page.waitForURL(`**/pt/${MIDDLE.slug}/formal/**`);
    await page.locator('.lang-switcher .menu__button').click();
    await page.locator('.lang-switcher a[data-lang="en"]').click();
    await page.waitForURL(`**/en/${MIDDLE.slug}/formal/**`);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a lesson URL without a depth', () => {
  it('opens the default depth, then the remembered one, keeping the query and hash', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    const csp = await watchCsp(page);
    await page.goto(`${site.server.url}en/${LESSON}/`);
    await page.waitForURL(`**/en/${LESSON}/intuitive/`);
    await page.goto(`${site.server.url}ru/${LESSON}/formal/`);
    await page.goto(`${site.server.url}pt/${LESSON}/?x=1#check-yourself`);
    await page.waitForURL(`**/pt/${LESSON}/formal/?x=1#check-yourself`);
    expect(await csp()).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('is a list of the three depths (and a refresh to the default one) without JavaScript', async () => {
    const page = html(`en/${LESSON}`);
    expect(page).toMatch(
      /<noscript><meta http-equiv="refresh" content="0; url=\/en\/[^/]+\/intuitive\/"/,
    );
    expect(page).toContain('<meta name="robots" content="noindex">');
    for (const level of levels) expect(page).toContain(`href="/en/${LESSON}/${level}/"`);
  });
});

describe('reading progress', () => {
  it('marks the lessons and depths read on this device in the lesson list and the index', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${site.server.url}en/${LESSON}/mechanical/`);
    await page.goto(`${site.server.url}pt/${MIDDLE.slug}/formal/`);
    const first = page.locator(`.lessons-nav--aside li[data-progress="${LESSON}"]`);
    expect(await first.getAttribute('data-visited')).toBe('mechanical');
    expect(await first.locator('[data-progress-label]').textContent()).toContain('Mecânico');
    await page.goto(`${site.server.url}ru/`);
    const card = page.locator(`.lesson-list li[data-progress="${MIDDLE.slug}"]`);
    expect(await card.getAttribute('data-visited')).toBe('formal');
    expect(await card.locator('.progress').isVisible()).toBe(true);
    const unread = catalog.find((l) => l.slug !== LESSON && l.slug !== MIDDLE.slug);
    if (unread)
      expect(
        await page
          .locator(`.lesson-list li[data-progress="${unread.slug}"]`)
          .getAttribute('data-visited'),
      ).toBeNull();
    await context.close();
  });
});

describe('the theme switch', () => {
  const tokens = (page: Page) =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const probe = document.body.appendChild(document.createElement('span'));
      const out: Record<string, string> = {};
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          const text = rule.cssText;
          // Colours are light-dark(…): what counts is the colour they resolve to here.
          for (const m of text.matchAll(/(--[\w-]+)\s*:/g)) {
            probe.style.color = `var(${m[1]!})`;
            out[m[1]!] =
              `${style.getPropertyValue(m[1]!).trim()} → ${getComputedStyle(probe).color}`;
          }
        }
      }
      probe.remove();
      return out;
    });

  it('remembers the choice, applies it before the first paint, and the forced dark theme equals the system one', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      colorScheme: 'light',
    });
    const csp = await watchCsp(page);
    const path = `${site.server.url}en/${LESSON}/formal/`;
    await page.goto(path);
    await page.locator('.theme-switcher .menu__button').click();
    await page.locator('[data-theme-choice="dark"]').click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.locator('.theme-switcher .menu__button').getAttribute('aria-label')).toBe(
      'Theme: Dark',
    );
    const forced = await tokens(page);
    // The theme is on <html> before the body is parsed: no light flash.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { __early?: string }).__early ??=
            document.documentElement.dataset.theme;
      });
      new MutationObserver((_, o) => {
        if (document.body) {
          (window as unknown as { __atBody?: string }).__atBody =
            document.documentElement.dataset.theme ?? 'none';
          o.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __atBody?: string }).__atBody)).toBe(
      'dark',
    );
    expect(await csp()).toEqual([]);
    await context.close();

    const system = await site.browser.newContext({ colorScheme: 'dark' });
    const sysPage = await system.newPage();
    await sysPage.goto(path);
    expect(await sysPage.getAttribute('html', 'data-theme')).toBeNull();
    expect(await tokens(sysPage)).toEqual(forced);
    // And "light" wins over a dark system.
    await sysPage.locator('.theme-switcher .menu__button').click();
    await sysPage.locator('[data-theme-choice="light"]').click();
    expect(await sysPage.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await system.close();
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('glossary previews', () => {
  /** A lesson page that links a glossary term. */
  const withTerm = catalog
    .flatMap((l) => levels.map((level) => `en/${l.slug}/${level}`))
    .find((p) => html(p).includes('class="term-wrap"'))!;

  it('show the definition on hover and focus, hide it with Escape, and stay links to the glossary', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${site.server.url}${withTerm}/`);
    const wrap = page.locator('.term-wrap').first();
    const tip = wrap.locator('.term-tip');
    expect(await tip.isVisible()).toBe(false);
    expect(await wrap.locator('a.term').getAttribute('href')).toMatch(/\/en\/glossary\/#[\w-]+$/);
    await wrap.locator('a.term').hover();
    expect(await tip.isVisible()).toBe(true);
    const box = await tip.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1280);
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    await wrap.locator('a.term').focus();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // The definition is the link's accessible description.
    const described = await wrap.locator('a.term').getAttribute('aria-describedby');
    expect((await page.locator(`[id="${described}"]`).textContent())?.length).toBeGreaterThan(20);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('open on the first tap on a touch screen and follow the link on the second', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${site.server.url}${withTerm}/`);
    const term = page.locator('a.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    expect(page.url()).toContain(withTerm);
    const tip = page.locator('.term-wrap').first().locator('.term-tip');
    expect(await tip.isVisible()).toBe(true);
    const box = await tip.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await term.tap();
    await page.waitForURL('**/en/glossary/#*');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the glossary', () => {
  it('lists the terms A–Z in each language, keeping every term id', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    for (const lang of languages) {
      await page.goto(`${site.server.url}${lang}/glossary/`);
      const entries = await page.$$eval('article.glossary > h2[id]', (hs) =>
        hs.map((h) => ({ id: h.id, title: h.textContent?.trim() ?? '' })),
      );
      expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining([...glossaryTerms]));
      // Sorted by the browser's own collation for the page's language.
      const titles = entries.map((e) => e.title);
      const sorted = await page.evaluate(
        ([list, tag]) => [...list].sort(new Intl.Collator(tag).compare),
        [titles, locales[lang].tag] as const,
      );
      expect(titles, lang).toEqual(sorted);
      // "On this page" follows the same order.
      const toc = await page.$$eval('.toc--details a[data-toc-link]', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      expect(toc).toEqual(entries.map((e) => `#${e.id}`));
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('has a letter index with exactly the letters that start a term, each jumping to its first term', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 1280, height: 800 },
    });
    for (const lang of languages) {
      await page.goto(`${site.server.url}${lang}/glossary/`);
      const index = page.locator('nav.letter-index');
      expect(await index.getAttribute('aria-label')).toBe(t(lang)('glossary.index'));
      const links = await index.locator('a').evaluateAll((as) =>
        as.map((a) => ({
          letter: a.textContent?.trim() ?? '',
          href: a.getAttribute('href') ?? '',
        })),
      );
      const firsts = await page.$$eval('article.glossary > h2[id]', (hs) =>
        hs.map((h) => ({ id: h.id, first: h.textContent?.trim().normalize('NFD')[0] ?? '' })),
      );
      const tag = locales[lang].tag;
      const expected = firsts
        .map((f) => ({ letter: f.first.toLocaleUpperCase(tag), href: `#${f.id}` }))
        .filter((f, i, all) => all.findIndex((g) => g.letter === f.letter) === i);
      expect(links, lang).toEqual(expected);
      expect(links.length).toBeGreaterThan(5);
      // A letter from the middle of the index: following it brings its first term into view.
      const target = links[Math.floor(links.length / 2)]!;
      await index.locator(`a[href="${target.href}"]`).click();
      await page.waitForFunction(
        (href) => {
          const top = document.getElementById(href.slice(1))?.getBoundingClientRect().top ?? -1;
          return location.hash === href && top >= 0 && top < window.innerHeight / 2;
        },
        target.href,
        { timeout: 5000 },
      );
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('check-yourself answers', () => {
  /** A Portuguese lesson page with an exercise of at least two numeric steps. */
  const path = catalog
    .flatMap((l) => levels.map((level) => `pt/${l.slug}/${level}`))
    .find((p) =>
      /<softmax-exercise[^>]*>(?:(?!<\/softmax-exercise>)[\s\S])*<softmax-check[\s\S]*?<softmax-check/.test(
        html(p),
      ),
    )!;
  const STORE = 'softmax:checks';
  /** The steps of the first exercise with two of them, and their first accepted answers. */
  const steps = async (page: Page) => {
    const exercise = page
      .locator('softmax-exercise', { has: page.locator('softmax-check >> nth=1') })
      .first();
    const checks = exercise.locator('softmax-check');
    const answers = (await checks.evaluateAll((cs) =>
      cs.map((c) => Number((c as HTMLElement).dataset.answer?.split(' ')[0])),
    )) as number[];
    return { exercise, checks, answers };
  };
  const pt = (x: number) => x.toFixed(3).replace('.', ',');
  const answer = async (check: ReturnType<Page['locator']>, value: string) => {
    await check.locator('input').fill(value);
    await check.locator('input').press('Enter');
  };
  const state = (check: ReturnType<Page['locator']>) =>
    check.locator('[data-feedback]').getAttribute('data-state');

  it('survive a reload, judged again, and count towards solving the exercise', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}${path}/`);
    const { exercise, checks, answers } = await steps(page);
    const [first, second] = [checks.nth(0), checks.nth(1)];
    await answer(first, pt(answers[0]!));
    await answer(second, pt(answers[1]! + 1));
    expect(await state(first)).toBe('correct');
    expect(await state(second)).toBe('incorrect');

    await page.reload();
    expect(await first.locator('input').inputValue()).toBe(pt(answers[0]!));
    expect(await second.locator('input').inputValue()).toBe(pt(answers[1]! + 1));
    expect(await state(first)).toBe('correct');
    expect(await state(second)).toBe('incorrect');
    expect(await first.locator('[data-feedback]').textContent()).toBe(
      await first.getAttribute('data-msg-correct'),
    );
    // Only the second step is redone: the restored first one still counts.
    await answer(second, pt(answers[1]!));
    const id = await exercise.getAttribute('data-id');
    const progress = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem('softmax-exercises') ?? '{}')[key],
      id!,
    );
    expect(progress).toEqual({ answered: true, correct: true });
    // Kept per page: the same lesson in English starts empty.
    await page.goto(`${site.server.url}${path.replace(/^pt\//, 'en/')}/`);
    expect(await (await steps(page)).checks.nth(0).locator('input').inputValue()).toBe('');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('ignore garbage in storage and never trust a stored verdict', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}${path}/`);
    const { checks, answers } = await steps(page);
    const signature = (await checks.nth(0).getAttribute('data-answer'))!;
    const key = path;
    const garbage = [
      'not json {',
      '[1, 2, 3]',
      'null',
      JSON.stringify({ [key]: 'x' }),
      JSON.stringify({ [key]: { '1': { value: 5, verdict: 'correct', answer: signature } } }),
      JSON.stringify({ [key]: { '1': { value: 'abc', verdict: 'correct', answer: signature } } }),
    ];
    for (const raw of garbage) {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORE, raw]);
      await page.reload();
      expect(await checks.nth(0).locator('input').inputValue(), raw).toBe('');
      expect(await state(checks.nth(0)), raw).toBeNull();
    }
    // A wrong value saved as "correct" is shown as what it is.
    const forged = { value: pt(answers[0]! + 1), verdict: 'correct', answer: signature };
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [STORE, JSON.stringify({ [key]: { '1': forged } })],
    );
    await page.reload();
    expect(await state(checks.nth(0))).toBe('incorrect');
    // The question still works, and storage holds valid answers again.
    await answer(checks.nth(0), pt(answers[0]!));
    expect(await state(checks.nth(0))).toBe('correct');
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? ''), STORE);
    expect(stored[key]['1']).toEqual({
      value: pt(answers[0]!),
      verdict: 'correct',
      answer: signature,
    });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('work when storage is blocked', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(`${site.server.url}${path}/`);
    const { checks, answers } = await steps(page);
    await answer(checks.nth(0), pt(answers[0]!));
    expect(await state(checks.nth(0))).toBe('correct');
    await page.reload();
    expect(await checks.nth(0).locator('input').inputValue()).toBe('');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the end of a lesson page', () => {
  it('says when the page was last changed, in its language, from the git history', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    for (const lang of languages) {
      const file = `content/lessons/${lang}/${MIDDLE.slug}/formal.mdx`;
      const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
        encoding: 'utf8',
      }).trim();
      await page.goto(`${site.server.url}${lang}/${MIDDLE.slug}/formal/`);
      const time = page.locator('.page-meta time');
      const datetime = (await time.getAttribute('datetime')) ?? '';
      expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      expect(Date.parse(datetime)).toBeLessThanOrEqual(Date.now());
      expect(datetime).toBe(committed);
      const [y, m, d] = datetime.slice(0, 10).split('-').map(Number);
      const day = await page.evaluate(
        ([tag, utc]) =>
          new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(utc),
        [locales[lang].tag, Date.UTC(y!, m! - 1, d!)] as const,
      );
      expect(await time.textContent()).toBe(day);
      expect(await page.locator('.page-meta__updated').textContent()).toBe(
        t(lang)('lesson.updated', { date: day }),
      );
      // The edit link exists exactly when the build had EDIT_BASE_URL.
      const edit = page.locator('.page-meta__edit a');
      if (process.env.EDIT_BASE_URL)
        expect(await edit.getAttribute('href')).toMatch(
          new RegExp(`/${file.replace(/[.]/g, '\\.')}$`),
        );
      else expect(await edit.count()).toBe(0);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
