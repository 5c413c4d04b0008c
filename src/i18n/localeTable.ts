/**
 * THE table of the site's languages: one row per language. Everything that needs to know which
 * languages exist (astro.config.mjs's i18n and sitemap, routes, switchers, number reading and
 * writing, text direction, dictionaries, tests) reads it through src/i18n/locales.ts. Adding a
 * language = one row here + its dictionary file (src/i18n/ui/<code>.ts) + its entry in each
 * widget's and figure's labels.ts + its content. Pure data, so a test can add a row.
 */
export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, `hreflang` and Astro's i18n. */
  readonly tag: string;
  /** The language's own name, shown in the language switcher. */
  readonly name: string;
  /** Open Graph locale. */
  readonly ogLocale: string;
  /** Text direction for `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * Tag whose `Intl.NumberFormat` conventions the site's numbers follow; the decimal separator,
   * and from it the list separator, are derived from it (src/lib/numbers/conventions.ts).
   */
  readonly numberTag: string;
  /**
   * Typography: a dash that opens a clause ("слово — слово") is kept on the line of the word
   * before it (a no-break space before the dash), as Russian and Portuguese typesetting do.
   */
  readonly nbspBeforeDash: boolean;
}

export const locales = {
  en: {
    tag: 'en',
    name: 'English',
    ogLocale: 'en_US',
    dir: 'ltr',
    numberTag: 'en-US',
    nbspBeforeDash: false,
  },
  pt: {
    tag: 'pt-BR',
    name: 'Português',
    ogLocale: 'pt_BR',
    dir: 'ltr',
    numberTag: 'pt-BR',
    nbspBeforeDash: true,
  },
  ru: {
    tag: 'ru',
    name: 'Русский',
    ogLocale: 'ru_RU',
    dir: 'ltr',
    numberTag: 'ru-RU',
    nbspBeforeDash: true,
  },
} as const satisfies Readonly<Record<string, LocaleInfo>>;
