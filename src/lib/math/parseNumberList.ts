import type { NumberLocale } from './NumberLocale';

/**
 * Why a list could not be parsed; islands map the code to a localized message.
 *
 * @example
 * const r = parseNumberList('abc', 'en');
 * if (!r.ok) r.error.code; // 'notANumber'
 */
export type ParseErrorCode = 'empty' | 'notANumber' | 'tooManyValues' | 'outOfRange';

/**
 * The error half of {@link ParseResult}.
 *
 * @example
 * parseNumberList('1, x', 'en'); // { ok: false, error: { code: 'notANumber', index: 1, token: 'x' } }
 */
export interface ParseError {
  readonly code: ParseErrorCode;
  /** 0-based position of the offending value in the list (absent for `empty`). */
  readonly index?: number;
  /** The offending token as typed (absent for `empty`; '' for an empty token). */
  readonly token?: string;
}

/**
 * Result of {@link parseNumberList}: never thrown, always returned.
 *
 * @example
 * const r: ParseResult = parseNumberList('0,5 0,5', 'ru');
 * r.ok ? r.values : r.error.code; // [0.5, 0.5]
 */
export type ParseResult =
  { readonly ok: true; readonly values: number[] } | { readonly ok: false; readonly error: ParseError };

/**
 * Limits for {@link parseNumberList}.
 *
 * @example
 * parseNumberList('1 2 3', 'en', { maxValues: 2 }); // { ok: false, error: { code: 'tooManyValues', index: 2, token: '3' } }
 * parseNumberList('1e308', 'en', { maxAbs: Number.MAX_VALUE }); // { ok: true, values: [1e308] }
 */
export interface ParseOptions {
  /** Maximum number of values (default 10); more → `tooManyValues` at index maxValues. */
  readonly maxValues?: number;
  /** Largest allowed |value| (default 1e6); larger, or overflowing like 1e400 → `outOfRange`. */
  readonly maxAbs?: number;
}

const SEPARATORS: Readonly<Record<NumberLocale, RegExp>> = {
  // en: `,` `;` or whitespace (whitespace around `,`/`;` belongs to the separator).
  en: /\s*[,;]\s*|\s+/u,
  // pt/ru: the comma is the decimal separator, so only `;` or whitespace.
  pt: /\s*;\s*|\s+/u,
  ru: /\s*;\s*|\s+/u,
};

/** Plain decimal with optional exponent, after normalisation to `.` and `-`. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/iu;
/** "1.000" or "12.345.678": thousands grouping in pt-BR, so ambiguous. */
const GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/u;

/**
 * Parses a reader-typed list of numbers in the conventions of `locale`.
 * Never throws: returns `{ ok: true, values }` or `{ ok: false, error }`.
 *
 * - `en`: decimal point; values separated by `,`, `;` or whitespace. A decimal
 *   comma is not recognised in `en`: "2,5" is the two values 2 and 5.
 * - `pt`, `ru`: decimal comma (0,25); values separated by `;` or whitespace.
 *   A decimal point is accepted too when unambiguous ("0.25", "1.5", "2.5e-3");
 *   a token that looks like pt-BR thousands grouping ("1.000", "12.345.678")
 *   or mixes `.` and `,` is rejected as `notANumber`.
 *   Digit grouping is not supported in any locale: in ru "1 000" is the two
 *   values 1 and 0, like any whitespace-separated list.
 * - All: leading `+`, `-` or the Unicode minus `−` (U+2212); exponents (1e-3);
 *   surrounding whitespace is ignored.
 *
 * Errors: whitespace-only → `empty`; a token that is not a plain decimal
 * number (letters, "NaN", "Infinity", hex, an empty token as in "1;;2" or a
 * leading/trailing separator) → `notANumber` with its index and token; more
 * than `maxValues` values → `tooManyValues`; |value| > `maxAbs`, or an
 * overflow like 1e400 → `outOfRange`. Errors are reported for the first
 * offending token.
 *
 * @example
 * parseNumberList('2, -1, 0.5', 'en'); // { ok: true, values: [2, -1, 0.5] }
 * parseNumberList('2; −1; 0,5', 'pt'); // { ok: true, values: [2, -1, 0.5] }
 * parseNumberList('2 -1 0,5', 'ru'); // { ok: true, values: [2, -1, 0.5] }
 * parseNumberList('1;;2', 'pt'); // { ok: false, error: { code: 'notANumber', index: 1, token: '' } }
 * parseNumberList('   ', 'en'); // { ok: false, error: { code: 'empty' } }
 */
export function parseNumberList(text: string, locale: NumberLocale, options: ParseOptions = {}): ParseResult {
  const maxValues = options.maxValues ?? 10;
  const maxAbs = options.maxAbs ?? 1e6;
  const trimmed = String(text).trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  const tokens = trimmed.split(SEPARATORS[locale] ?? SEPARATORS.en);
  const values: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    const value = parseToken(token, locale);
    if (value === undefined) return { ok: false, error: { code: 'notANumber', index, token } };
    if (!(Math.abs(value) <= maxAbs)) return { ok: false, error: { code: 'outOfRange', index, token } };
    if (index >= maxValues) return { ok: false, error: { code: 'tooManyValues', index, token } };
    values.push(value);
  }
  return { ok: true, values };
}

function parseToken(token: string, locale: NumberLocale): number | undefined {
  let s = token.replace(/\u2212/gu, '-');
  if (locale !== 'en') {
    const hasComma = s.includes(',');
    if (hasComma && s.includes('.')) return undefined;
    if (hasComma) s = s.replace(',', '.');
    else if (GROUPED.test(s)) return undefined;
  }
  if (!NUMBER.test(s)) return undefined;
  return Number(s);
}
