/**
 * End-to-end checks of the build-time figures (src/figures) in real Chromium against the built
 * site: every registered figure is on some page; a page has the same figures, in the same order,
 * in en, pt and ru; the browser draws what the HTML names; and axe finds nothing on one page per
 * figure type, in light and dark. That every figure on every page renders as an <svg role="img">
 * with a name, a description and a <figcaption>, and stays inside a 280 px page, is checked in the
 * crawl of every page (site.test.ts, with tests/support/figures.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newWatchedPage } from '../support/browser';
import { axeViolations } from '../support/axe';
import { figureReport } from '../support/figures';
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

// Every figure of every page is also opened in Chromium on a 280 px phone by site.test.ts
// ("every page": role="img", name, description, caption, nothing outside its box, via
// tests/support/figures.ts); here, that the browser draws exactly the figures the HTML names.
describe('figures in the browser', () => {
  it('draws the figures the built HTML names, in order, on one page per language', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 320, height: 640 },
    });
    for (const lang of languages) {
      const sample = pages.find((p) => withoutLang(p.path)?.lang === lang && p.figures.length > 1);
      expect(sample, `a ${lang} page with figures`).toBeDefined();
      await page.goto(site.server.url + (sample?.path ?? ''));
      const report = await figureReport(page);
      expect(report.figures.map((f) => f.name)).toEqual(sample?.figures);
      expect(report.figures.flatMap((f) => f.problems)).toEqual([]);
    }
    await context.close();
  });
});

describe('accessibility of the figures (axe)', () => {
  // Every figure type on as few pages as cover them all (greedy: the page that shows the most
  // types not yet covered; on a tie, the language used least so far, so each is seen), and on
  // each of those pages one axe run over the figures it was picked for.
  const samples = () => {
    const left = new Set(registered);
    const uses = new Map<Lang, number>(languages.map((l) => [l, 0]));
    const out: { path: string; names: string[] }[] = [];
    while (left.size > 0) {
      let best: { path: string; names: string[]; lang: Lang } | undefined;
      for (const p of pages) {
        const lang = withoutLang(p.path)?.lang;
        if (!lang) continue;
        const names = [...new Set(p.figures.filter((n) => left.has(n)))];
        const better =
          !best ||
          names.length > best.names.length ||
          (names.length === best.names.length &&
            (uses.get(lang) ?? 0) < (uses.get(best.lang) ?? 0));
        if (names.length > 0 && better) best = { path: p.path, names, lang };
      }
      if (!best) break; // (a type on no page: the first test of this file reports it)
      for (const n of best.names) left.delete(n);
      uses.set(best.lang, (uses.get(best.lang) ?? 0) + 1);
      out.push({ path: best.path, names: best.names });
    }
    return out;
  };

  it.concurrent.for(['light', 'dark'] as const)(
    'reports no violation of any impact inside one figure of each type (%s theme)',
    { timeout: 600_000 },
    async (scheme, { expect }) => {
      const sampled = samples();
      expect(sampled.flatMap((s) => s.names).sort()).toEqual(registered);
      const context = await site.browser.newContext({
        colorScheme: scheme,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      const found: string[] = [];
      for (const { names, path } of sampled) {
        await page.goto(site.server.url + path);
        const include = names.map((name) => `figure[data-figure="${name}"]`);
        found.push(...(await axeViolations(page, { include, all: true })));
      }
      await context.close();
      expect(found).toEqual([]);
    },
  );
});
