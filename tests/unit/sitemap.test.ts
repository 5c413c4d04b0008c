import { describe, expect, it } from 'vitest';
import { inSitemap, sitemapAlternates, type SitemapEntry } from '../../src/sitemapAlternates';

describe('inSitemap', () => {
  it('keeps lessons, indexes, glossary and Q&A, at any base path', () => {
    for (const base of ['/', '/softmax/']) {
      const u = (p: string) => `https://x.org${base}${p}`;
      expect(inSitemap(u(''), base)).toBe(true);
      expect(inSitemap(u('ru/'), base)).toBe(true);
      expect(inSitemap(u('pt/temperature/formal/'), base)).toBe(true);
      expect(inSitemap(u('en/glossary/'), base)).toBe(true);
      expect(inSitemap(u('en/faq/'), base)).toBe(true);
    }
  });
  it('leaves out level choosers, the search page, the 404 and non-pages', () => {
    const base = '/softmax/';
    const u = (p: string) => `https://x.org${base}${p}`;
    expect(inSitemap(u('en/temperature/'), base)).toBe(false);
    expect(inSitemap(u('pt/search/'), base)).toBe(false);
    expect(inSitemap(u('404/'), base)).toBe(false);
    expect(inSitemap(u('robots.txt'), base)).toBe(false);
    expect(inSitemap(u('en/manifest.webmanifest'), base)).toBe(false);
  });
});

describe('sitemapAlternates', () => {
  const root = 'https://x.org/softmax/';
  it('makes / the x-default of the three language indexes', () => {
    const entry: SitemapEntry = { url: root };
    const links = sitemapAlternates(entry, root).links ?? [];
    expect(links.map((l) => l.lang)).toEqual(['en', 'pt-BR', 'ru', 'x-default']);
    expect(links.at(-1)?.url).toBe(root);
  });
  it('gives a page its English version as x-default and drops the chooser from its alternates', () => {
    const item = {
      url: `${root}pt/temperature/formal/`,
      links: [
        { lang: 'en', url: `${root}en/temperature/formal/` },
        { lang: 'pt-BR', url: `${root}pt/temperature/formal/` },
        { lang: 'en', url: root },
      ],
    };
    expect(sitemapAlternates(item, root).links).toEqual([
      { lang: 'en', url: `${root}en/temperature/formal/` },
      { lang: 'pt-BR', url: `${root}pt/temperature/formal/` },
      { lang: 'x-default', url: `${root}en/temperature/formal/` },
    ]);
  });
});
