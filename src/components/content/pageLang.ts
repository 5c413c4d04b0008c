import type { Lang } from '../../i18n/locales';
import { defaultLang } from '../../i18n/locales';
import { parsePath } from '../../routing';

/** The language of the page being rendered, read from its URL. */
export function pageLang(url: URL): Lang {
  return parsePath(url.pathname).lang ?? defaultLang;
}
