import type { NumberLocale } from './NumberLocale';

const TAGS: Readonly<Record<NumberLocale, string>> = { en: 'en-US', pt: 'pt-BR', ru: 'ru-RU' };
const cache = new Map<string, Intl.NumberFormat>();

/**
 * What {@link formatNumber} prints instead of "NaN" / "Infinity": an em dash (U+2014).
 *
 * @example
 * formatNumber(Infinity, 'en', 3) === NOT_A_FINITE_NUMBER; // true ('—')
 */
export const NOT_A_FINITE_NUMBER = '\u2014';

function formatter(locale: NumberLocale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(TAGS[locale] ?? TAGS.en, {
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
 * Formats a number for the reader: Intl.NumberFormat with en-US / pt-BR /
 * ru-RU, at most `digits` fraction digits (default 3, clamped to 0…20),
 * rounded half-expand.
 *
 * Decisions: trailing zeros are dropped (minimumFractionDigits 0: 0.5 → "0.5",
 * 1 → "1", 0.7855970345892759 → "0.786"); no digit grouping (so the output
 * always parses back with {@link parseNumberList} in the same locale); the
 * real minus sign "−" (U+2212) for negatives, and no sign when the value
 * rounds to zero (never "−0"). Non-finite input (NaN, ±Infinity) returns "—"
 * (U+2014, {@link NOT_A_FINITE_NUMBER}) rather than "NaN"/"∞"; callers should
 * still guard and explain.
 *
 * @example
 * formatNumber(0.7855970345892759, 'en', 3); // '0.786'
 * formatNumber(-0.25, 'pt', 3); // '−0,25'
 * formatNumber(1234.5, 'ru', 1); // '1234,5'
 * formatNumber(NaN, 'en', 3); // '—'
 */
export function formatNumber(value: number, locale: NumberLocale, digits = 3): string {
  if (!Number.isFinite(value)) return NOT_A_FINITE_NUMBER;
  const d = Math.min(20, Math.max(0, Math.trunc(Number.isFinite(digits) ? digits : 3)));
  return formatter(locale, d).format(value).replace(/[-\u2212]/u, '\u2212');
}
