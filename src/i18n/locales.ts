/**
 * The one table of the site's languages. Everything that needs to know which
 * languages exist (routes, switchers, sitemap, number formatting) reads it from here.
 */
export const languages = ['en', 'pt', 'ru'] as const;
export type Lang = (typeof languages)[number];

export const defaultLang: Lang = 'en';

export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
  readonly tag: string;
  /** The language's own name, shown in the language switcher. */
  readonly name: string;
  /** Open Graph locale. */
  readonly ogLocale: string;
}

export const locales: Readonly<Record<Lang, LocaleInfo>> = {
  en: { tag: 'en', name: 'English', ogLocale: 'en_US' },
  pt: { tag: 'pt-BR', name: 'Português', ogLocale: 'pt_BR' },
  ru: { tag: 'ru', name: 'Русский', ogLocale: 'ru_RU' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Picks the site language for a browser's preference list (navigator.languages):
 * the first entry starting with pt or ru wins, anything else falls back to English.
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
