import { numberConventions, type NumberLocale } from './conventions';

/**
 * A share as a percentage in the reader's language (0.786 → "78.6%" in en, "78,6%" in pt,
 * "78,6 %" in ru), at most `digits` fraction digits of the percentage; "—" when not finite.
 *
 * @example
 * formatPercent(0.7856, 'en', 1); // '78.6%'
 * formatPercent(0.7856, 'pt', 0); // '79%'
 */
export function formatPercent(value: number, locale: NumberLocale, digits = 1): string {
  if (!Number.isFinite(value)) return '\u2014';
  const d = Math.min(20, Math.max(0, Math.trunc(digits)));
  return new Intl.NumberFormat(numberConventions(locale).tag, {
    style: 'percent',
    maximumFractionDigits: d,
  })
    .format(value)
    .replace(/-/gu, '\u2212');
}
