import { numberConventions, type NumberLocale } from './conventions';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * What {@link formatNumber} prints instead of "NaN" / "Infinity": an em dash (U+2014).
 *
 * @example
 * formatNumber(Infinity, 'en', 3) === NOT_A_FINITE_NUMBER; // true ('—')
 */
export const NOT_A_FINITE_NUMBER = '\u2014';

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * formatNumber(9.357620106e-14, 'en', 3, { notation: 'auto' }); // '9.358E−14'
 */
export interface FormatOptions {
  /**
   * `standard` (default): plain decimals, so tiny values print as "0".
   * `scientific`: mantissa with at most `digits` fraction digits and an exponent
   * ("9.358E−14"; 0 prints as "0"). `auto`: scientific only when the value would
   * otherwise print as 0 or has 10 or more integer digits.
   */
  readonly notation?: 'standard' | 'scientific' | 'auto';
}

function formatter(locale: NumberLocale, digits: number, scientific: boolean): Intl.NumberFormat {
  const key = `${locale}:${digits}:${scientific ? 's' : 'd'}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(numberConventions(locale).tag, {
      notation: scientific ? 'scientific' : 'standard',
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
      useGrouping: false,
      signDisplay: 'negative',
    });
    cache.set(key, f);
  }
  return f;
}

/**
 * Formats a number for the reader: Intl.NumberFormat with the language's `numberTag`
 * (src/i18n/locales.ts), at most `digits` fraction digits (default 3, clamped to 0…20),
 * rounded half-expand. Formatters are cached per locale and digit count.
 *
 * Decisions: trailing zeros are dropped (minimumFractionDigits 0: 0.5 → "0.5",
 * 1 → "1", 0.7855970345892759 → "0.786"); no digit grouping (so the output
 * always parses back with parseNumberList in the same locale); the
 * real minus sign "−" (U+2212) for negatives (and negative exponents), and no
 * sign when the value rounds to zero (never "−0"). Non-finite input (NaN,
 * ±Infinity) returns "—" (U+2014, {@link NOT_A_FINITE_NUMBER}) rather than
 * "NaN"/"∞"; callers should still guard and explain. See {@link FormatOptions}
 * for scientific notation (tiny probabilities).
 *
 * @example
 * formatNumber(0.7855970345892759, 'en', 3); // '0.786'
 * formatNumber(-0.25, 'pt', 3); // '−0,25'
 * formatNumber(1234.5, 'ru', 1); // '1234,5'
 * formatNumber(9.357620106e-14, 'pt', 2, { notation: 'scientific' }); // '9,36E−14'
 * formatNumber(NaN, 'en', 3); // '—'
 */
export function formatNumber(
  value: number,
  locale: NumberLocale,
  digits = 3,
  options: FormatOptions = {},
): string {
  if (!Number.isFinite(value)) return NOT_A_FINITE_NUMBER;
  const d = Math.min(20, Math.max(0, Math.trunc(Number.isFinite(digits) ? digits : 3)));
  const notation = options.notation ?? 'standard';
  const abs = Math.abs(value);
  const scientific =
    value !== 0 &&
    (notation === 'scientific' || (notation === 'auto' && (abs < 0.5 * 10 ** -d || abs >= 1e9)));
  return formatter(locale, d, scientific).format(value).replace(/-/gu, '\u2212');
}
