/**
 * The languages whose number conventions the library knows:
 * `en` writes 0.25 and separates lists with `,`; `pt` and `ru` write 0,25 and
 * separate lists with `;` (or spaces). Deliberately independent of the site's
 * i18n module: pass the page language in.
 *
 * @example
 * const locale: NumberLocale = 'pt'; // also 'en' | 'ru'
 * formatNumber(0.25, 'pt', 2); // '0,25'
 */
export type NumberLocale = 'en' | 'pt' | 'ru';

/**
 * All supported number locales, in a stable order.
 *
 * @example
 * NUMBER_LOCALES; // ['en', 'pt', 'ru']
 */
export const NUMBER_LOCALES: readonly NumberLocale[] = Object.freeze(['en', 'pt', 'ru'] as const);

/**
 * Type guard for {@link NumberLocale}.
 *
 * @example
 * isNumberLocale('pt'); // true
 * isNumberLocale('de'); // false
 */
export function isNumberLocale(value: unknown): value is NumberLocale {
  return value === 'en' || value === 'pt' || value === 'ru';
}
