/**
 * The site's languages, derived from the one table in src/i18n/localeTable.ts.
 */
import { locales } from './localeTable';

export { locales, type LocaleInfo } from './localeTable';

export type Lang = keyof typeof locales;

/** Language codes in the table's order (the default language first). */
export const languages = Object.keys(locales) as readonly Lang[];

export const defaultLang: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/**
 * Picks the site language for a browser's preference list (navigator.languages):
 * the first entry whose primary subtag is a site language wins, else the default language.
 *
 * @example pickLanguage(['pt-BR', 'en']) // 'pt'
 * @example pickLanguage(['de-DE']) // 'en'
 */
export function pickLanguage(preferences: readonly string[]): Lang {
  for (const pref of preferences) {
    const primary = pref.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return defaultLang;
}
