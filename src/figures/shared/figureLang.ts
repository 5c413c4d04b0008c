import type { Lang } from '../../i18n/locales';
import { currentLang } from '../../components/content/pageLang';

/**
 * The language of the page a figure is rendered on, from `Astro.currentLocale`, as other content
 * components get it.
 *
 * @example const lang = figureLang(Astro.currentLocale);
 */
export function figureLang(currentLocale: string | undefined): Lang {
  return currentLang(currentLocale);
}
