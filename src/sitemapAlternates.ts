/**
 * hreflang alternates in the sitemap, matching the `<link rel=alternate>` of the pages
 * (BaseLayout and the home page). @astrojs/sitemap treats `/` as an English page (it has no
 * locale prefix), which would list `/` and `/en/` both as hreflang="en"; here `/` is the
 * language chooser: the x-default of the three language indexes, and every page's x-default
 * is its English version.
 */
import { defaultLang, languages, locales } from './i18n/locales';

export interface SitemapLink {
  url: string;
  lang: string;
}
export interface SitemapEntry {
  url: string;
  links?: SitemapLink[];
}

/**
 * @param root the site's home URL (site + base), ending with a slash
 * @example sitemapAlternates({ url: 'https://x.org/' }, 'https://x.org/').links?.at(-1)
 * // { lang: 'x-default', url: 'https://x.org/' }
 */
export function sitemapAlternates<T extends SitemapEntry>(item: T, root: string): T {
  if (item.url === root) {
    const links = languages.map((l) => ({ lang: locales[l].tag, url: `${root}${l}/` }));
    return { ...item, links: [...links, { lang: 'x-default', url: root }] };
  }
  if (!item.links?.length) return item;
  const links = item.links.filter((l) => l.url !== root && l.lang !== 'x-default');
  const fallback = links.find((l) => l.lang === locales[defaultLang].tag);
  return {
    ...item,
    links: fallback ? [...links, { lang: 'x-default', url: fallback.url }] : links,
  };
}

/** The two-segment pages (/<lang>/<x>/) that are content; the others are level choosers or search. */
const LANGUAGE_SECTIONS = new Set(['glossary', 'faq']);

/**
 * Whether a built page belongs in the sitemap: not the 404, not a file that is not a page, not the
 * search page, and not a lesson's level chooser (/<lang>/<lesson>/, a noindex redirect).
 *
 * @example inSitemap('https://x.org/softmax/en/temperature/', '/softmax/') // false
 * @example inSitemap('https://x.org/softmax/en/glossary/', '/softmax/') // true
 */
export function inSitemap(page: string, base: string): boolean {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = new URL(page).pathname;
  if (/\/404\/?$/.test(path) || /\.(txt|webmanifest)$/.test(path)) return false;
  const parts = (path.startsWith(root) ? path.slice(root.length) : path).split('/').filter(Boolean);
  if (parts.length !== 2 || !(languages as readonly string[]).includes(parts[0] ?? '')) return true;
  return LANGUAGE_SECTIONS.has(parts[1] ?? '');
}
