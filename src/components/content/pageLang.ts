import type { Lang } from '../../i18n/locales';
import { defaultLang, isLang } from '../../i18n/locales';

/**
 * The language of the page being rendered, from `Astro.currentLocale`: Astro sets it from the
 * route's `[lang]` parameter (or the URL's locale segment), so nothing parses the URL here.
 * Astro types it `string | undefined` because it is undefined only without an `i18n` config;
 * with this site's config it is always one of the locales (the default one on routes outside
 * `[lang]`, such as / and 404), so the fallback only narrows the type.
 *
 * @example const lang = currentLang(Astro.currentLocale);
 */
export function currentLang(currentLocale: string | undefined): Lang {
  return isLang(currentLocale) ? currentLocale : defaultLang;
}
