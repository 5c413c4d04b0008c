/**
 * End-to-end checks of the build-time figures (src/figures) in real Chromium against the built
 * site: every registered figure is on some page; a page has the same figures, in the same order,
 * in en, pt and ru; every figure renders as an <svg role="img"> with a non-empty accessible name
 * and description and a <figcaption>; nothing in it sticks out of a 320 px wide page; and axe finds
 * nothing on one page per figure type, in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newWatchedPage } from '../support/browser';
import { axeViolations } from '../support/axe';
import { builtPages, pageHtml } from '../support/pages';
import { DIST, openSite, type Site } from '../support/site';
import { languages, type Lang } from '../../src/i18n/locales';

/** The figure names: the folders of src/figures that hold a <Name>/<Name>.astro component. */
function registeredFigures(): string[] {
  const root = join(import.meta.dirname, '..', '..', 'src', 'figures');
  return readdirSync(root)
    .filter((name) => /^[A-Z]\w*$/.test(name) && existsSync(join(root, name, `${name}.astro`)))
    .sort();
}

/** The names of the figures on a built page, in document order (from data-figure). */
function figuresIn(html: string): string[] {
  return [...html.matchAll(/<figure\b[^>]*\bdata-figure="([^"]+)"/g)].map((m) => m[1] as string);
}

/** 'en/x/formal/' → 'x/formal/' (the page's path without its language), or undefined. */
function withoutLang(path: string): { lang: Lang; rest: string } | undefined {
  const [first = '', ...rest] = path.split('/');
  const lang = languages.find((l) => l === first);
  return lang ? { lang, rest: rest.join('/') } : undefined;
}

const registered = registeredFigures();
/** The built pages that show at least one figure, with their figures (read in beforeAll). */
let pages: { path: string; figures: string[] }[] = [];

let site: Site;
beforeAll(async () => {
  site = await openSite(DIST, '/');
  pages = builtPages(DIST)
    .map((path) => ({ path, figures: figuresIn(pageHtml(DIST, path)) }))
    .filter((p) => p.figures.length > 0);
});
afterAll(async () => {
  await site?.close();
});

describe('figures in the built site', () => {
  it('every registered figure is drawn on at least one page', () => {
    expect(registered.length).toBeGreaterThan(0);
    const used = new Set(pages.flatMap((p) => p.figures));
    expect(registered.filter((name) => !used.has(name))).toEqual([]);
    expect([...used].filter((name) => !registered.includes(name))).toEqual([]);
  });

  it('a page has the same figures, in the same order, in en, pt and ru', () => {
    const byRest = new Map<string, Partial<Record<Lang, string[]>>>();
    for (const { path, figures } of pages) {
      const key = withoutLang(path);
      if (!key) continue;
      const entry = byRest.get(key.rest) ?? {};
      entry[key.lang] = figures;
      byRest.set(key.rest, entry);
    }
    expect(byRest.size).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const [rest, entry] of byRest) {
      const en = JSON.stringify(entry.en ?? []);
      for (const lang of languages) {
        const here = JSON.stringify(entry[lang] ?? []);
        if (here !== en) problems.push(`${lang}/${rest}: ${here} but en/${rest}: ${en}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('every figure on a 320 px phone', () => {
  it(
    'renders an svg role="img" with a name, a description and a caption, and nothing sticks out',
    { timeout: 600_000 },
    async () => {
      expect(pages.length).toBeGreaterThan(0);
      const found: string[] = [];
      // Two tabs share the list, so the browser is busy while one of them waits.
      const lanes = [0, 1].map(async (lane) => {
        const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
          viewport: { width: 320, height: 640 },
          hasTouch: true,
          isMobile: true,
        });
        for (const { path, figures } of pages.filter((_, i) => i % 2 === lane)) {
          const res = await page.goto(site.server.url + path, { waitUntil: 'domcontentloaded' });
          if (res?.status() !== 200) found.push(`${path}: HTTP ${res?.status()}`);
          const report = await page.evaluate(() => {
            const out: { name: string; problems: string[] }[] = [];
            const text = (ids: string | null) =>
              (ids ?? '')
                .split(/\s+/)
                .filter(Boolean)
                .map((id) => document.getElementById(id)?.textContent ?? '')
                .join(' ')
                .trim();
            const width = document.documentElement.clientWidth;
            for (const fig of document.querySelectorAll<HTMLElement>('figure[data-figure]')) {
              const problems: string[] = [];
              // A figure inside a folded solution is not drawn until the reader opens it.
              const folded = fig.closest('details:not([open])') !== null;
              const svg = fig.querySelector('svg');
              if (!svg) problems.push('no <svg>');
              else {
                if (svg.getAttribute('role') !== 'img') problems.push('svg without role="img"');
                if (!text(svg.getAttribute('aria-labelledby')))
                  problems.push('empty accessible name');
                if (!text(svg.getAttribute('aria-describedby'))) problems.push('empty description');
                const box = svg.getBoundingClientRect();
                if (!folded && (box.width < 100 || box.height < 50))
                  problems.push(`svg drawn ${Math.round(box.width)} × ${Math.round(box.height)}`);
                // SVG overflow is visible: a label outside the viewBox would spill past the page.
                const left = fig.getBoundingClientRect().left - 1;
                const right = Math.min(width, fig.getBoundingClientRect().right) + 1;
                for (const t of svg.querySelectorAll('text')) {
                  const r = t.getBoundingClientRect();
                  if (r.width > 0 && (r.left < left || r.right > right))
                    problems.push(
                      `text “${t.textContent?.slice(0, 30)}” spans ${Math.round(r.left)}…${Math.round(r.right)} px`,
                    );
                }
              }
              const caption = fig.querySelector(':scope > figcaption');
              if (!caption?.textContent?.trim()) problems.push('no figcaption');
              if (fig.getBoundingClientRect().right > width + 1)
                problems.push(`figure ends at ${Math.round(fig.getBoundingClientRect().right)} px`);
              out.push({ name: fig.dataset.figure ?? '?', problems });
            }
            return { figures: out, scrollWidth: document.documentElement.scrollWidth, width };
          });
          const names = report.figures.map((f) => f.name);
          if (JSON.stringify(names) !== JSON.stringify(figures))
            found.push(
              `${path}: figures ${names.join(', ')} in the browser, ${figures.join(', ')} in the HTML`,
            );
          for (const f of report.figures)
            for (const p of f.problems) found.push(`${path}: ${f.name}: ${p}`);
          if (report.scrollWidth > report.width)
            found.push(`${path}: page is ${report.scrollWidth} px wide at ${report.width} px`);
        }
        await context.close();
        found.push(...problems.consoleErrors, ...problems.pageErrors);
        found.push(...problems.offHost.map((url) => `off-host request: ${url}`));
      });
      await Promise.all(lanes);
      expect(found).toEqual([]);
    },
  );
});

describe('accessibility of the figures (axe)', () => {
  // One page per figure type, the first that shows it in path order; the languages take turns.
  const samples = () =>
    registered.flatMap((name, i) => {
      const lang = languages[i % languages.length] as Lang;
      const onPages = pages.filter((p) => p.figures.includes(name));
      const sample = onPages.find((p) => withoutLang(p.path)?.lang === lang) ?? onPages[0];
      return sample ? [{ name, path: sample.path }] : [];
    });

  it.concurrent.for(['light', 'dark'] as const)(
    'reports no violation of any impact inside one figure of each type (%s theme)',
    { timeout: 600_000 },
    async (scheme, { expect }) => {
      const sampled = samples();
      expect(sampled.length).toBeGreaterThan(0);
      const context = await site.browser.newContext({
        colorScheme: scheme,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      const found: string[] = [];
      for (const { name, path } of sampled) {
        await page.goto(site.server.url + path);
        found.push(
          ...(await axeViolations(page, { include: `figure[data-figure="${name}"]`, all: true })),
        );
      }
      await context.close();
      expect(found).toEqual([]);
    },
  );
});
