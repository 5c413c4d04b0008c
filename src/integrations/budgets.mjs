/**
 * Performance and hygiene budgets over the built site, checked by ./checkSite.mjs at the end of
 * every `npm run build` (src/integrations/site.mjs) and unit-tested on small fixtures in tests/unit/budgets.test.ts.
 *
 * Sizes are gzip-compressed bytes (what a reader downloads from any host that compresses
 * text, which every host in the README does); the raw size is reported next to them.
 */
import { gzipSync } from 'node:zlib';

/**
 * Budgets per page type, in gzip bytes. A lesson "with island" hydrates at least one
 * Svelte widget (runtime + component); plain lessons and indexes ship only the tiny
 * preferences/navigation/search bootstrap. The search engine and its index load on first
 * focus of the search box and are not counted here.
 *
 * CSS of pages with content (lessons, glossary, Q&A): 16 kB. One stylesheet serves them all:
 * KaTeX (≈ 6 kB), the three-column navigation, figures, code tabs and exercises; splitting it
 * per page type would save well under 1 kB per page and cost a second request.
 */
export const BUDGETS = {
  js: {
    home: 2_000,
    index: 4_000,
    lesson: 6_000,
    'lesson-island': 45_000,
    glossary: 4_000,
    faq: 4_000,
    404: 4_000,
    other: 6_000,
  },
  css: {
    home: 6_000,
    index: 6_000,
    lesson: 16_000,
    'lesson-island': 16_000,
    glossary: 16_000,
    faq: 16_000,
    404: 6_000,
    other: 16_000,
  },
  html: {
    home: 6_000,
    index: 12_000,
    lesson: 60_000,
    'lesson-island': 60_000,
    glossary: 40_000,
    faq: 40_000,
    404: 6_000,
    other: 60_000,
  },
};

/** Namespace identifiers that look like URLs but are never fetched. */
const NAMESPACES = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
  'http://www.sitemaps.org/schemas/sitemap/0.9',
];

export const gzipSize = (text) =>
  gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).length;

/**
 * The type of a built page from its path relative to the output folder.
 * @example pageType('en/temperature/formal/index.html', '<astro-island') // 'lesson-island'
 */
export function pageType(relPath, html) {
  const parts = relPath.split('/').filter(Boolean);
  if (relPath === 'index.html') return 'home';
  if (relPath === '404.html') return '404';
  if (parts.length === 2) return 'index';
  if (parts[1] === 'glossary') return 'glossary';
  if (parts[1] === 'faq') return 'faq';
  if (parts.length === 4) return html.includes('<astro-island') ? 'lesson-island' : 'lesson';
  return 'other';
}

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/**
 * What a page loads up front: external and inline scripts (including island components and
 * renderers), stylesheets, preloads.
 */
export function resourcesOf(html) {
  const scripts = [];
  const inlineScripts = [];
  for (const [, attrs, body] of html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(attrs, 'src');
    if (src) scripts.push(src);
    else if (!/type="application\/(ld\+)?json"/i.test(attrs)) inlineScripts.push(body);
  }
  for (const [tag] of html.matchAll(/<astro-island\s[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(tag, name);
      if (url) scripts.push(url);
    }
  }
  for (const [tag] of html.matchAll(/<link\s[^>]*rel="modulepreload"[^>]*>/gi))
    scripts.push(attr(tag, 'href'));
  const styles = [...html.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*>/gi)].map(([tag]) =>
    attr(tag, 'href'),
  );
  const inlineStyles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(
    (m) => m[1],
  );
  const preloads = [...html.matchAll(/<link\s[^>]*rel="preload"[^>]*>/gi)].map(([tag]) => ({
    href: attr(tag, 'href'),
    as: attr(tag, 'as'),
    type: attr(tag, 'type'),
    crossorigin: /\scrossorigin(?=[\s>=])/i.test(tag),
  }));
  return { scripts: [...new Set(scripts)], inlineScripts, styles, inlineStyles, preloads };
}

/**
 * Static imports of an ES module (loaded with it), not dynamic `import()` (loaded later).
 * @example staticImports('import{a as b}from"./x.js";import"./y.js";import("./z.js")') // ['./x.js', './y.js']
 */
export function staticImports(js) {
  const out = [];
  for (const m of js.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{][^'"`;]*?from\s*)?["']([^"']+)["']/g))
    out.push(m[1]);
  for (const m of js.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g))
    out.push(m[1]);
  return [...new Set(out)];
}

/**
 * URLs in a text that point to another origin than the site's and are not namespaces.
 * `kind` selects where URLs count as requests: for HTML, only resource-loading attributes
 * (src, srcset, poster, data, action, and href on <link> other than canonical/alternate,
 * plus style url()) — links a reader clicks (<a href>) and canonical/alternate/og
 * metadata are not requests; for CSS every url()/@import; for JS URLs passed to fetch/import/Worker/… or assigned to
 * src/href.
 */
export function offHostUrls(text, kind, siteOrigin) {
  const found = [];
  const foreign = (url) => {
    try {
      const u = new URL(url);
      return (
        (u.protocol === 'http:' || u.protocol === 'https:') &&
        u.origin !== siteOrigin &&
        !NAMESPACES.includes(url)
      );
    } catch {
      return false;
    }
  };
  if (kind === 'html') {
    for (const [tag] of text.matchAll(/<[a-z][\w-]*\s[^>]*>/gi)) {
      const name = /^<([\w-]+)/.exec(tag)[1].toLowerCase();
      if (name === 'a' || name === 'meta') continue;
      if (name === 'link' && /\srel="(canonical|alternate)"/i.test(tag)) continue;
      for (const m of tag.matchAll(
        /\s(src|srcset|poster|data|action|formaction|href)="([^"]*)"/gi,
      )) {
        for (const url of m[2].split(/,\s*/).map((s) => s.trim().split(/\s+/)[0]))
          if (foreign(url)) found.push(url);
      }
      for (const m of tag.matchAll(/url\(\s*['"]?(https?:[^'")]+)/gi))
        if (foreign(m[1])) found.push(m[1]);
    }
    for (const [, css] of text.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi))
      found.push(...offHostUrls(css, 'css', siteOrigin));
    return found;
  }
  // In JS only request-making contexts count: libraries carry documentation links in their
  // error messages (svelte.dev/e/…) and dummy bases for URL parsing (Pagefind), which are
  // never fetched. At run time the CSP (connect-src 'self') and the e2e off-host recorder
  // catch anything this misses.
  const re =
    kind === 'css'
      ? /(?:url\(\s*['"]?|@import\s+['"])(https?:[^'")\s]+)/gi
      : /(?:\b(?:fetch|import|importScripts|Worker|SharedWorker|WebSocket|EventSource|sendBeacon)\s*\(\s*|\bfrom\s*|\b(?:src|href|action)\s*=\s*|url\(\s*)["'`]?(https?:\/\/[^"'`\s)]+)/g;
  for (const m of text.matchAll(re)) if (foreign(m[1])) found.push(m[1]);
  return found;
}

/** Font files other than woff2 (the README's KaTeX rule: woff2 only). */
export function nonWoff2Fonts(paths) {
  return paths.filter((p) => /\.(woff|ttf|otf|eot)$/i.test(p));
}
