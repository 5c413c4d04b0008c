import type { Lang } from '../../i18n/locales';
import { pageLang } from '../../components/content/pageLang';

/**
 * The language of the page a figure is rendered on (from Astro.url), as other content
 * components get it.
 *
 * @example const lang = figureLang(Astro.url);
 */
export function figureLang(url: URL): Lang {
  return pageLang(url);
}
