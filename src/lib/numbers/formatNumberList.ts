import { numberConventions, type NumberLocale } from './conventions';
import { formatNumber } from './formatNumber';

/**
 * Formats a list of numbers with {@link formatNumber} and the locale's list
 * list separator ({@link numberConventions}): ", " where the decimal separator is a point (en),
 * "; " where it is a comma (pt, ru). The result parses back with parseNumberList in the same locale.
 *
 * @example
 * formatNumberList([0.7856, 0.0391, 0.1753], 'en', 2); // '0.79, 0.04, 0.18'
 * formatNumberList([0.7856, -0.0391], 'pt', 2); // '0,79; −0,04'
 */
export function formatNumberList(
  values: ArrayLike<number>,
  locale: NumberLocale,
  digits = 3,
): string {
  const separator = numberConventions(locale).listSeparator;
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++)
    parts.push(formatNumber(values[i] as number, locale, digits));
  return parts.join(separator);
}
