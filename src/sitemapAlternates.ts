/**
 * hreflang alternates in the sitemap, matching the `<link rel=alternate>` of the pages
 * (BaseLayout and the home page). @astrojs/sitemap treats `/` as an English page (it has no
 * locale prefix), which would list `/` and `/en/` both as hreflang="en"; here `/` is the
 * language chooser: the x-default of the three language indexes, and every page's x-default
 * is its English version.
 */
import { languages, locales } from './i18n/locales';

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
  const en = links.find((l) => l.lang === locales.en.tag);
  return { ...item, links: en ? [...links, { lang: 'x-default', url: en.url }] : links };
}
