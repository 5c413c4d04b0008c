/**
 * The build-step and budget helpers (src/integrations/*.mjs) on small HTML/JS/CSS fixtures; the
 * real site is checked by `npm run build` itself (src/integrations/site.mjs runs checkSite).
 */
import { describe, expect, it } from 'vitest';
import {
  nonWoff2Fonts,
  offHostUrls,
  pageType,
  resourcesOf,
  staticImports,
} from '../../src/integrations/budgets.mjs';
import {
  cspOf,
  hoistIslandStyle,
  markMathForSearch,
  mergePolicies,
  preloadMathFonts,
} from '../../src/integrations/html.mjs';

const SITE = 'https://softmax.example';

describe('pageType', () => {
  it('names home, 404, language index, glossary, FAQ and lessons with or without an island', () => {
    expect(pageType('index.html', '')).toBe('home');
    expect(pageType('404.html', '')).toBe('404');
    expect(pageType('pt/index.html', '')).toBe('index');
    expect(pageType('ru/glossary/index.html', '')).toBe('glossary');
    expect(pageType('en/faq/index.html', '')).toBe('faq');
    expect(pageType('en/temperature/formal/index.html', '<p>')).toBe('lesson');
    expect(pageType('en/temperature/formal/index.html', '<astro-island uid="a">')).toBe(
      'lesson-island',
    );
  });
});

describe('resourcesOf', () => {
  it('finds external and inline scripts, island components, stylesheets and preloads', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="preload" as="font" type="font/woff2" href="/_astro/f.woff2" crossorigin>' +
      '<script type="module" src="/_astro/s.js"></script><script>(()=>{})()</script><script type="application/ld+json">{}</script>' +
      '<astro-island component-url="/_astro/C.js" renderer-url="/_astro/r.js"></astro-island><style>x{}</style>';
    const r = resourcesOf(html);
    expect(r.scripts).toEqual(['/_astro/s.js', '/_astro/C.js', '/_astro/r.js']);
    expect(r.inlineScripts).toEqual(['(()=>{})()']);
    expect(r.styles).toEqual(['/_astro/a.css']);
    expect(r.inlineStyles).toEqual(['x{}']);
    expect(r.preloads).toEqual([
      { href: '/_astro/f.woff2', as: 'font', type: 'font/woff2', crossorigin: true },
    ]);
  });
});

describe('staticImports', () => {
  it('lists static imports and re-exports but not dynamic import()', () => {
    expect(
      staticImports(
        'import{a as b}from"./x.js";import"./y.js";export*from"./w.js";const m=import("./z.js")',
      ),
    ).toEqual(['./x.js', './y.js', './w.js']);
  });
});

describe('offHostUrls', () => {
  it('flags resources from other origins in HTML but not links, canonical/alternate or og metadata', () => {
    const html =
      '<link rel="canonical" href="https://other.example/a/"><link rel="alternate" hreflang="pt-BR" href="https://other.example/pt/">' +
      '<meta property="og:image" content="https://cdn.example/og.png"><a href="https://en.wikipedia.org/wiki/Softmax_function">w</a>' +
      '<svg xmlns="http://www.w3.org/2000/svg"></svg><img src="https://cdn.example/x.png"><link rel="stylesheet" href="https://fonts.example/css">' +
      `<script src="${SITE}/_astro/ok.js"></script><div style="background:url(https://img.example/b.png)"></div>`;
    expect(offHostUrls(html, 'html', SITE)).toEqual([
      'https://cdn.example/x.png',
      'https://fonts.example/css',
      'https://img.example/b.png',
    ]);
  });
  it('flags url() and @import in CSS', () => {
    expect(
      offHostUrls(
        '@import "https://a.example/x.css";b{background:url(https://b.example/i.png)}',
        'css',
        SITE,
      ),
    ).toEqual(['https://a.example/x.css', 'https://b.example/i.png']);
  });
  it('flags fetch/import of other origins in JS, not documentation URLs in error messages', () => {
    const js =
      'fetch("https://api.example/x");throw new Error(`see https://svelte.dev/e/each_key_duplicate`);new URL(u,"https://example.com")';
    expect(offHostUrls(js, 'js', SITE)).toEqual(['https://api.example/x']);
  });
});

describe('nonWoff2Fonts', () => {
  it('keeps woff2 and reports every other font format', () => {
    expect(nonWoff2Fonts(['_astro/a.woff2', '_astro/b.woff', '_astro/c.ttf', 'x.js'])).toEqual([
      '_astro/b.woff',
      '_astro/c.ttf',
    ]);
  });
});

describe("content security policy (_headers from the pages' <meta>)", () => {
  it("reads the policy Astro's security.csp writes into a page", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a'"></head>`;
    expect(cspOf(html)).toBe("script-src 'self' 'sha256-a'");
    expect(cspOf('<head></head>')).toBeUndefined();
  });
  it("merges the pages' policies directive by directive, without duplicates, and adds frame-ancestors", () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src-attr 'unsafe-inline';",
      "default-src 'self'; script-src 'self' 'sha256-b'",
    ]);
    expect(merged).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src-attr 'unsafe-inline'; frame-ancestors 'none'",
    );
  });
});

describe('math and fonts', () => {
  const math =
    '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>z</mi></mrow><annotation encoding="application/x-tex">z</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">z</span><span class="mop op-symbol large-op">∑</span></span></span>';
  it('hides KaTeX visual HTML and the MathML tree from search, keeping the TeX annotation', () => {
    const marked = markMathForSearch(math);
    expect(marked).toContain('<span class="katex-html" data-search-ignore aria-hidden="true">');
    expect(marked).toContain('<semantics><mrow data-search-ignore>');
    expect(marked).toContain('<annotation encoding="application/x-tex">z</annotation>');
    expect(markMathForSearch(marked)).toBe(marked);
  });
  it('preloads the fonts a math page uses, before the first stylesheet, and nothing without math', () => {
    const fonts = {
      'KaTeX_Main-Regular': '/_astro/KaTeX_Main-Regular.1.woff2',
      'KaTeX_Math-Italic': '/_astro/KaTeX_Math-Italic.2.woff2',
      'KaTeX_Size1-Regular': '/_astro/KaTeX_Size1-Regular.3.woff2',
      'KaTeX_Size2-Regular': '/_astro/KaTeX_Size2-Regular.4.woff2',
    };
    const page = `<head><link rel="stylesheet" href="/a.css"></head><body>${math}</body>`;
    const out = preloadMathFonts(page, fonts);
    const preloads = [
      ...out.matchAll(
        /<link rel="preload" as="font" type="font\/woff2" href="([^"]+)" crossorigin>/g,
      ),
    ].map((m) => m[1]);
    expect(preloads).toEqual([
      fonts['KaTeX_Main-Regular'],
      fonts['KaTeX_Math-Italic'],
      fonts['KaTeX_Size2-Regular'],
    ]);
    expect(out.indexOf('rel="preload"')).toBeLessThan(out.indexOf('rel="stylesheet"'));
    expect(preloadMathFonts(out, fonts)).toBe(out);
    expect(
      preloadMathFonts('<head><link rel="stylesheet" href="/a.css"></head><p>no math</p>', fonts),
    ).not.toContain('preload');
  });
  it("moves Astro's island <style> from <body> to <head>", () => {
    const html =
      '<head><title>t</title></head><body><div><style>astro-island{display:contents}</style><astro-island></astro-island></div></body>';
    expect(hoistIslandStyle(html)).toBe(
      '<head><title>t</title><style>astro-island{display:contents}</style></head><body><div><astro-island></astro-island></div></body>',
    );
  });
});

describe('_headers', () => {
  it('carries the policy for every path under the base, and a report-uri only when asked', async () => {
    const { headersFile, siteBuildSteps } = await import('../../src/integrations/site.mjs');
    const plain = headersFile("default-src 'self'", '/softmax/', undefined);
    expect(plain).toContain("/softmax/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(plain).not.toContain('report-uri');
    expect(plain).toContain('\n  X-Content-Type-Options: nosniff\n');
    expect(plain).toContain('\n  Referrer-Policy: strict-origin-when-cross-origin\n');
    expect(headersFile("default-src 'self'", '/', 'https://r.example/csp')).toContain(
      "Content-Security-Policy: default-src 'self'; report-uri https://r.example/csp",
    );
    expect(() => siteBuildSteps({ cspReportUri: 'http://x; script-src *' })).toThrow(/https/);
  });
});
