import { locales, type Lang } from '../../i18n/locales';

/**
 * A language's number conventions, all derived from `Intl.NumberFormat(numberTag)` of the
 * locale table (src/i18n/locales.ts), so no code branches on a language code.
 *
 * @example
 * numberConventions('pt'); // { tag: 'pt-BR', decimal: ',', listSeparator: '; ' }
 */
export interface NumberConventions {
  /** The `Intl` tag numbers are formatted with. */
  readonly tag: string;
  /** Decimal separator: `.` or `,`. */
  readonly decimal: string;
  /** Between the entries of a list: `, ` where the decimal is a point, `; ` where it is a comma. */
  readonly listSeparator: string;
}

/** The languages numbers are read and written in: the site's languages. */
export type NumberLocale = Lang;

const cache = new Map<string, NumberConventions>();

/**
 * Number conventions of an `Intl` tag (used by {@link numberConventions}; exported so a test can
 * show that a new language needs nothing beyond its row in the locale table).
 *
 * @example
 * conventionsOfTag('de-DE').decimal; // ','
 * conventionsOfTag('zh-CN').listSeparator; // ', '
 */
export function conventionsOfTag(tag: string): NumberConventions {
  let c = cache.get(tag);
  if (c === undefined) {
    const parts = new Intl.NumberFormat(tag).formatToParts(1.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    c = Object.freeze({ tag, decimal, listSeparator: decimal === ',' ? '; ' : ', ' });
    cache.set(tag, c);
  }
  return c;
}

/**
 * Number conventions of a site language, from its `numberTag` in the locale table.
 *
 * @example
 * numberConventions('en').decimal; // '.'
 * numberConventions('ru').listSeparator; // '; '
 */
export function numberConventions(locale: NumberLocale): NumberConventions {
  const info = (locales as Readonly<Record<string, { numberTag: string }>>)[locale];
  return conventionsOfTag(info?.numberTag ?? locales.en.numberTag);
}
