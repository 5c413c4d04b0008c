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
 * formatNumberList([0.09, 0.245, 0.665], 'en', 3, { uniform: true }); // '0.090, 0.245, 0.665'
 *
 * With `uniform`, every entry shows as many fraction digits as the longest one needs (at most
 * `digits`), so a column of probabilities reads at one precision.
 */
export function formatNumberList(
  values: ArrayLike<number>,
  locale: NumberLocale,
  digits = 3,
  { uniform = false }: { readonly uniform?: boolean } = {},
): string {
  const { listSeparator, decimal } = numberConventions(locale);
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++)
    parts.push(formatNumber(values[i] as number, locale, digits));
  if (!uniform) return parts.join(listSeparator);
  const fraction = (s: string) => (s.includes(decimal) ? s.length - s.indexOf(decimal) - 1 : 0);
  const width = Math.max(0, ...parts.filter((s) => /\d$/.test(s)).map(fraction));
  return parts
    .map((s) => {
      if (!/^[\u2212]?\d+(?:[.,]\d+)?$/u.test(s)) return s; // "—", scientific: as they are
      const pad = width - fraction(s);
      return pad <= 0 ? s : `${s}${fraction(s) === 0 ? decimal : ''}${'0'.repeat(pad)}`;
    })
    .join(listSeparator);
}
