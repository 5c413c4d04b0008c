/**
 * The framework tabs of <CodeTabs> (src/components/content/CodeTabs.astro and
 * src/scripts/codeTabs.ts) in real Chromium against the built site: clicking a tab or pressing an
 * arrow key switches the panel; the chosen framework is applied to every code block of the page,
 * remembered on later pages and after a reload; without JavaScript the radio buttons and CSS
 * still switch panels (the first framework shows, the others stay in the page as text) and no
 * dead copy button is shown; with JavaScript the copy button copies the code and says so; axe
 * finds nothing in the code blocks of a page in each language.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { newWatchedPage } from '../support/browser';
import { axeViolations } from '../support/axe';
import { openSite, type Site } from '../support/site';
import { t } from '../../src/i18n/t';
import { FRAMEWORKS } from '../../src/components/content/snippets';
import type { Lang } from '../../src/i18n/locales';

const LANGS: Lang[] = ['en', 'pt', 'ru'];
/** Two lesson levels with several code blocks each, the two lightest pages that have them. */
const PAGE = 'what-is-softmax/mechanical/';
const OTHER_PAGE = 'argmax-vs-softmax/mechanical/';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const groups = (page: Page) => page.locator('[data-code-tabs]');
const panel = (group: Locator, framework: string) =>
  group.locator(`.code-tabs__panel[data-framework="${framework}"]`);

/** The framework whose panel is visible in each code block, in page order ('' when none is, '*' when several are). */
async function shown(page: Page): Promise<string[]> {
  return groups(page).evaluateAll((els) =>
    els.map((el) => {
      const visible = [...el.querySelectorAll<HTMLElement>('.code-tabs__panel')]
        .filter((p) => p.offsetParent !== null || p.getClientRects().length > 0)
        .map((p) => p.dataset.framework ?? '');
      return visible.length === 1 ? (visible[0] ?? '') : visible.length === 0 ? '' : '*';
    }),
  );
}

/** The checked radio of each code block, in page order. */
async function checked(page: Page): Promise<string[]> {
  return groups(page).evaluateAll((els) =>
    els.map((el) => el.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? ''),
  );
}

describe.concurrent.each(LANGS)('code tabs in %s', (lang) => {
  const tr = t(lang);
  const url = (path: string) => `${site.server.url}${lang}/${path}`;

  it('switch on click and by keyboard, apply to every block, and are remembered on other pages', async ({
    expect,
  }) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    try {
      await page.goto(url(PAGE), { waitUntil: 'load' });
      const count = await groups(page).count();
      expect(count, `code blocks on ${lang}/${PAGE}`).toBeGreaterThanOrEqual(2);
      // First visit: the first framework everywhere, one panel per block.
      expect(await shown(page)).toEqual(Array(count).fill(FRAMEWORKS[0].id));

      // A click on the PyTorch tab of the second block switches every block of the page.
      const second = groups(page).nth(1);
      await second.locator('label', { hasText: 'PyTorch' }).click();
      await expect.poll(() => shown(page)).toEqual(Array(count).fill('torch'));
      expect(await checked(page)).toEqual(Array(count).fill('torch'));
      expect(await panel(second, 'torch').locator('pre.astro-code').textContent()).toContain(
        'import torch',
      );

      // Arrow keys move between the radios of a group (native radio behaviour), and sync too.
      await second.locator('input[value="torch"]').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => shown(page)).toEqual(Array(count).fill('jax'));

      // Another lesson page: the choice is remembered there.
      await page.goto(url(OTHER_PAGE), { waitUntil: 'load' });
      const others = await groups(page).count();
      expect(others).toBeGreaterThanOrEqual(1);
      await expect.poll(() => shown(page)).toEqual(Array(others).fill('jax'));

      // TypeScript chosen there, then the first page again, reloaded: TypeScript everywhere.
      await groups(page).first().locator('label', { hasText: 'TypeScript' }).click();
      await page.goto(url(PAGE), { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => shown(page)).toEqual(Array(count).fill('ts'));

      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.offHost).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('work without JavaScript: every framework is in the page, the first shows, tabs still switch, no copy button', async ({
    expect,
  }) => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      javaScriptEnabled: false,
    });
    try {
      await page.goto(url(PAGE), { waitUntil: 'domcontentloaded' });
      const count = await groups(page).count();
      expect(count).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < count; i++) {
        const group = groups(page).nth(i);
        // All four panels are in the HTML with their code and recorded output, readable as text.
        for (const fw of FRAMEWORKS) {
          const p = panel(group, fw.id);
          expect(await p.count(), `${fw.id} panel of block ${i + 1}`).toBe(1);
          const code = (await p.locator('pre.astro-code').textContent()) ?? '';
          expect(code.trim()).toBeTruthy();
          // Comments are in the page's language only: no `en:`/`pt:`/`ru:` tags left in the code.
          expect(code, `${fw.id} code of block ${i + 1}`).not.toMatch(/(#|\/\/)\s*(en|pt|ru):/);
          expect((await p.locator('.code-tabs__output').textContent())?.trim()).toBeTruthy();
        }
        // The copy button needs the script: hidden, not a dead control.
        expect(await group.locator('[data-code-copy]:visible').count()).toBe(0);
      }
      // Either the first framework alone (radios + :has()) or, in a browser without :has(), all
      // of them one after another; Chromium supports :has(), so the first one alone.
      expect(await shown(page)).toEqual(Array(count).fill(FRAMEWORKS[0].id));
      // CSS alone switches the panel of the block whose tab is clicked (no sync without the script).
      await groups(page).first().locator('label', { hasText: 'JAX' }).click();
      const after = await shown(page);
      expect(after[0]).toBe('jax');
      expect(after.slice(1)).toEqual(Array(count - 1).fill(FRAMEWORKS[0].id));
    } finally {
      await context.close();
    }
  });

  it('have a copy button per panel that copies the code and announces it', async ({ expect }) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.server.origin,
      });
      await page.goto(url(PAGE), { waitUntil: 'load' });
      const group = groups(page).first();
      const button = panel(group, FRAMEWORKS[0].id).locator('[data-code-copy]');
      await expect.poll(() => button.isVisible()).toBe(true);
      expect(await button.textContent()).toContain(tr('code.copy'));
      expect(await button.getAttribute('aria-label')).toBe(
        tr('code.copyLabel', { framework: FRAMEWORKS[0].label }),
      );
      // One button per panel, each named for its framework.
      expect(await group.locator('[data-code-copy]').count()).toBe(FRAMEWORKS.length);

      const code =
        (await panel(group, FRAMEWORKS[0].id).locator('pre').first().textContent()) ?? '';
      await button.click();
      await expect.poll(() => button.textContent()).toContain(tr('code.copied'));
      expect(await group.locator('[data-code-status]').textContent()).toBe(tr('code.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      // The label comes back after a moment.
      await expect.poll(() => button.textContent(), { timeout: 5000 }).toContain(tr('code.copy'));
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('pass axe in the code blocks, in light and dark themes', async ({ expect }) => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
        colorScheme,
      });
      try {
        await page.goto(url(PAGE), { waitUntil: 'load' });
        found.push(
          ...(await axeViolations(page, { include: '[data-code-tabs]', all: true })).map(
            (v) => `${colorScheme}: ${v}`,
          ),
        );
        // The other frameworks' panels too (axe skips hidden content).
        await groups(page).first().locator('label', { hasText: 'TypeScript' }).click();
        await expect.poll(() => shown(page)).toContain('ts');
        found.push(
          ...(await axeViolations(page, { include: '[data-code-tabs]', all: true })).map(
            (v) => `${colorScheme}, TypeScript: ${v}`,
          ),
        );
      } finally {
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });
});
