/**
 * Phones and paper (that no page is wider than 280 px is checked on every page by site.test.ts):
 * wide equations/tables/matrices show a
 * scroll cue (CSS scroll shadows, src/styles/global.css), display math is a Tab stop only
 * while it overflows (src/scripts/site.ts), and print drops widget controls but keeps their
 * results (src/styles/print.css).
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

describe('phone width', () => {
  it('shows a scroll cue on equations and tables, and tabs only into equations that scroll', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${site.server.url}en/multi-label/formal/`);
    await page.evaluate(() => document.fonts.ready);
    const states = await page.$$eval('.katex-display', (els) =>
      els.map((el) => ({
        scrolls: el.scrollWidth > el.clientWidth + 1,
        tab: el.hasAttribute('tabindex'),
        cue: getComputedStyle(el).backgroundImage.includes('gradient'),
        local: getComputedStyle(el).backgroundAttachment.includes('local'),
      })),
    );
    expect(states.some((s) => s.scrolls)).toBe(true);
    expect(states.some((s) => !s.scrolls)).toBe(true);
    for (const s of states) {
      expect(s.tab).toBe(s.scrolls);
      expect(s.cue && s.local).toBe(true);
    }
    // Wider window: the equations that now fit leave the Tab order.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.katex-display')].every(
        (el) => el.hasAttribute('tabindex') === el.scrollWidth > el.clientWidth + 1,
      ),
    );
    await context.close();
  });

  it('keeps every equation a Tab stop without JavaScript', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    await page.goto(`${site.server.url}en/multi-label/formal/`);
    const tabs = await page.$$eval('.katex-display', (els) =>
      els.map((el) => el.getAttribute('tabindex')),
    );
    expect(tabs.length).toBeGreaterThan(0);
    expect(new Set(tabs)).toEqual(new Set(['0']));
    await context.close();
  });
});

describe('print', () => {
  it('prints a widget’s result without its controls', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 800, height: 1000 },
    });
    await page.goto(`${site.server.url}en/temperature/intuitive/`);
    await page.locator('.isl').first().scrollIntoViewIfNeeded();
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.$$eval(selector, (els) =>
        els.some((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0),
      );
    for (const hidden of [
      '.isl input[type="text"]',
      '.isl input[type="range"]',
      '.isl-field',
      '.isl-slider',
    ]) {
      expect(await shown(hidden), hidden).toBe(false);
    }
    expect(await shown('.isl-bars')).toBe(true);
    expect(await shown('.isl-title')).toBe(true);
    await context.close();
  });
});
