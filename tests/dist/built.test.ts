/**
 * Checks over the built site (dist/) that need no browser: valid HTML on every page
 * (html-validate, config in .htmlvalidate.json), sitemap with hreflang alternates, robots.txt,
 * web manifest and icons, Open Graph tags per language. (Budgets are enforced by the build
 * itself: src/integrations/site.mjs fails `npm run build` when a page is over budget.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/site';
import { languages, locales } from '../../src/i18n/locales';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}
const files = htmlFiles(DIST);
const read = (rel: string) => readFileSync(join(DIST, rel), 'utf8');
const home = read('index.html');
const root = /<link rel="canonical" href="([^"]+)"/.exec(home)![1]!;

describe('built HTML', () => {
  it('is valid on every page (html-validate)', { timeout: 600_000 }, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const text = formatterFactory('text');
    const failures: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      if (!report.valid) failures.push(text(report.results));
    }
    expect(failures.join('\n')).toBe('');
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no frames on any page (axe runs without cross-frame testing: tests/support/axe.ts)', () => {
    expect(
      files.filter((f) => /<(iframe|frame|object|embed)\b/i.test(readFileSync(f, 'utf8'))),
    ).toEqual([]);
  });

  it('gives the language chooser Open Graph tags with an image', () => {
    expect(home).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(home).toMatch(/<meta property="og:image" content="https?:\/\/[^"]*og\/en\.png"/);
  });

  it('has Open Graph tags in the page language, with an image', () => {
    for (const lang of languages) {
      for (const rel of [
        `${lang}/index.html`,
        ...files
          .map((f) => relative(DIST, f).split(sep).join('/'))
          .filter((r) => r.startsWith(`${lang}/`)),
      ].slice(0, 6)) {
        const html = read(rel);
        const og = (p: string) =>
          new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(html)?.[1];
        expect(og('og:locale'), rel).toBe(locales[lang].ogLocale);
        expect(og('og:title'), rel).toBeTruthy();
        expect(og('og:url'), rel).toMatch(/^https?:\/\//);
        const image = og('og:image');
        // The language's own 1200 × 630 card (scripts/og-images.mjs), a real PNG of that size.
        expect(image, rel).toMatch(new RegExp(`^https?://.*/og/${lang}\\.png$`));
        const file = join(DIST, new URL(image!).pathname.slice(new URL(root).pathname.length));
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString('latin1'), rel).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], rel).toEqual([1200, 630]);
        expect([og('og:image:width'), og('og:image:height')], rel).toEqual(['1200', '630']);
        expect(/<meta name="twitter:card" content="summary_large_image"/.test(html), rel).toBe(
          true,
        );
      }
    }
  });
});

describe('references', () => {
  const section = (rel: string) =>
    /<section class="references"[^>]*>([\s\S]*?)<\/section>/.exec(read(rel))?.[1] ?? '';
  const items = (rel: string) =>
    [...section(rel).matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );

  it('closes every lesson level with the same reference list in every language', () => {
    const lessonPages = files
      .map((f) => relative(DIST, f).split(sep).join('/'))
      .filter((r) => /^en\/[^/]+\/(intuitive|mechanical|formal)\/index\.html$/.test(r));
    expect(lessonPages.length).toBeGreaterThanOrEqual(39);
    for (const rel of lessonPages) {
      const en = items(rel);
      expect(en.length, rel).toBeGreaterThan(0);
      for (const lang of languages)
        expect(items(rel.replace(/^en\//, `${lang}/`)), rel).toEqual(en);
      for (const [, href] of section(rel).matchAll(/href="([^"]+)"/g))
        expect(href, rel).toMatch(/^https?:\/\/\S+$/);
    }
  });
});

describe('sitemap, robots, manifest', () => {
  const sitemap = read('sitemap-0.xml');
  const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(
    ([, loc, rest]) => ({
      loc: loc!,
      links: [...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => ({
        lang: lang!,
        href: href!,
      })),
    }),
  );
  const locs = new Set(entries.map((e) => e.loc));

  it('lists every page once, except the 404, the search pages and the level choosers', () => {
    const base = new URL(root).pathname;
    const pages = files
      .map((f) => relative(DIST, f).split(sep).join('/'))
      .filter((r) => r !== '404.html')
      .map((r) => new URL(r.replace(/index\.html$/, ''), root).href)
      .filter((href) => !/\/[a-z]{2}\/search\/$/.test(href))
      .filter(
        (href) =>
          !/^[a-z]{2}\/[\w-]+\/$/.test(new URL(href).pathname.slice(base.length)) ||
          /\/(glossary|faq)\/$/.test(href),
      );
    expect(pages.length).toBeGreaterThan(100);
    expect([...locs].sort()).toEqual(pages.sort());
    expect(entries.length).toBe(locs.size);
  });

  it('gives every page hreflang alternates in all languages and an x-default, all listed', () => {
    const tags = [...languages.map((l) => locales[l].tag), 'x-default'].sort();
    for (const { loc, links } of entries) {
      expect(links.map((l) => l.lang).sort(), loc).toEqual(tags);
      for (const l of links) expect(locs.has(l.href), `${loc} → ${l.href}`).toBe(true);
      // The alternates agree with the page's own <link rel=alternate>.
      const html = read(`${new URL(loc).pathname.slice(new URL(root).pathname.length)}index.html`);
      for (const l of links)
        expect(html, `${loc} hreflang=${l.lang}`).toContain(
          `<link rel="alternate" hreflang="${l.lang}" href="${l.href}">`,
        );
    }
  });

  it('has a sitemap index and a robots.txt that points at it', () => {
    expect(read('sitemap-index.xml')).toContain(
      `<loc>${new URL('sitemap-0.xml', root).href}</loc>`,
    );
    expect(read('robots.txt')).toMatch(
      new RegExp(`^Sitemap: ${new URL('sitemap-index.xml', root).href}$`, 'm'),
    );
  });

  it('has a web manifest with SVG and PNG (192, 512) icons under the base path', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as {
      start_url: string;
      icons: { src: string; sizes: string }[];
    };
    const base = new URL(root).pathname;
    expect(manifest.start_url).toBe(base);
    // Each language has its own manifest, named in that language and started at its index.
    for (const lang of languages) {
      const own = JSON.parse(read(`${lang}/manifest.webmanifest`)) as {
        start_url: string;
        lang: string;
      };
      expect(own.start_url).toBe(`${base}${lang}/`);
      expect(own.lang).toBe(locales[lang].tag);
    }
    expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512', 'any']);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(base)).toBe(true);
      const file = join(DIST, icon.src.slice(base.length));
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.src.endsWith('.png')) {
        // PNG header: width and height (big-endian) at bytes 16..23.
        const png = readFileSync(file);
        const [w, h] = icon.sizes.split('x').map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
      }
    }
    expect(home).toContain('rel="manifest"');
  });
});
