// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { failOnMathErrors } from './src/markdown/failOnMathErrors.ts';
import { katexFonts } from './src/markdown/katexFonts.ts';
import { focusableDisplayMath } from './src/markdown/focusableDisplayMath.ts';
import { nbspBeforeDash } from './src/markdown/nbspBeforeDash.ts';
import { inSitemap, sitemapAlternates } from './src/sitemapAlternates.ts';
import { defaultLang, languages, locales } from './src/i18n/locales.ts';
import { siteBuildSteps } from './src/integrations/site.mjs';

// `SITE_URL` (absolute origin, used for canonical URLs and the sitemap) and `BASE_PATH`
// (a sub-path such as /softmax/) come from the environment so one build serves any host.
// Without SITE_URL there is no `site`: pages leave out canonical, og:url and hreflang links
// (an absolute URL naming a guessed host would be wrong when shared) and there is no sitemap.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

/**
 * Stands in for the sitemap when SITE_URL is unset, and says so when building.
 * @returns {import('astro').AstroIntegration}
 */
function noSiteWarning() {
  return {
    name: 'softmax-no-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build') {
          logger.warn(
            'SITE_URL is not set: canonical, og:url and hreflang links and the sitemap are left out. ' +
              'Set SITE_URL=https://your.host to the address the site is served from.',
          );
        }
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  // Separate output and cache folders let several builds (e.g. the sub-path test) run side by side.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  output: 'static',
  // Astro writes each page's Content-Security-Policy <meta>, with the hashes of the inline
  // scripts and styles it emits (island hydration, hoisted styles); src/integrations/site.mjs
  // turns their union into the _headers file. No eval of any kind; style *attributes* stay allowed because KaTeX positions
  // every glyph with style="…" (hashing thousands of values would bloat each page, and
  // attributes cannot run script).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'", { kind: 'attribute', resource: "'unsafe-inline'" }] },
    },
  },
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: defaultLang,
    locales: [...languages],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    svelte(),
    siteBuildSteps({ cspReportUri: process.env.CSP_REPORT_URI || undefined }),
    site
      ? sitemap({
          i18n: {
            defaultLocale: defaultLang,
            locales: Object.fromEntries(languages.map((l) => [l, locales[l].tag])),
          },
          filter: (page) => inSitemap(page, base),
          serialize: (item) =>
            sitemapAlternates(
              item,
              new URL(`/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'), site).href,
            ),
        })
      : noSiteWarning(),
  ],
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins: math needs unified().
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', strict: 'error', trust: false }],
        failOnMathErrors,
        focusableDisplayMath,
        nbspBeforeDash,
      ],
    }),
  },
  vite: {
    plugins: [katexFonts()],
    // Fonts stay files, however small (the subset KaTeX ones are 1–12 kB): a font inlined as
    // base64 would weigh on every page's render-blocking CSS, used or not.
    build: { assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
  },
});
