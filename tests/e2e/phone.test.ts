/**
 * Phones and paper: nothing widens the page at 280 px, wide equations/tables/matrices show a
 * scroll cue (CSS scroll shadows, src/styles/global.css), display math is a Tab stop only
 * while it overflows (src/scripts/site.ts), and print drops widget controls but keeps their
 * results (src/styles/print.css).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage } from '../support/browser';
import { DIST, openSite, type Site } from '../support/site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Every built page (its URL path), search index and assets left out. */
function pages(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...pages(full));
    } else if (name === 'index.html') {
      out.push(`${relative(DIST, dir)}/`.replace(/^\/$/, ''));
    } else if (name === '404.html') {
      out.push('404.html');
    }
  }
  return out.sort();
}

describe('phone width', () => {
  it('no page is wider than a 280 px screen', { timeout: 600_000 }, async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 280, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    const wide: string[] = [];
    // Every page in English; in pt and ru every page but the formal lessons (their display
    // math scrolls in its own box, as in English), which keeps this under two minutes.
    const all = pages().filter((p) => p.startsWith('en/') || !p.endsWith('/formal/'));
    expect(all.length).toBeGreaterThan(90);
    for (const path of all) {
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'domcontentloaded' });
      // Scroll through so every island hydrates (they load when visible), then measure.
      await page.evaluate(async () => {
        const step = window.innerHeight;
        for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
          window.scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(r));
        }
      });
      await page.waitForTimeout(50);
      const [width, culprit] = await page.evaluate(() => {
        const w = document.documentElement.scrollWidth;
        if (w <= 280) return [w, ''];
        const clipped = (e: Element): boolean => {
          for (let a = e.parentElement; a; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          }
          return false;
        };
        const el = [...document.querySelectorAll<HTMLElement>('body *')].find(
          (e) => e.getBoundingClientRect().right > 281 && !clipped(e),
        );
        return [w, el ? `${el.tagName.toLowerCase()}.${el.className}` : '?'];
      });
      if (width > 280) wide.push(`${path}: ${width} px (${culprit})`);
    }
    expect(wide).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

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
