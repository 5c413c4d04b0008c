import { numberConventions, type NumberLocale } from './conventions';

/**
 * Why a list could not be parsed; the UI maps each code to a message in the reader's language
 * (it never re-examines the text to guess what went wrong).
 *
 * - `empty`: nothing but whitespace;
 * - `emptyValue`: two separators in a row, or one at the start or end ("1;;2");
 * - `ambiguousGrouping`: where the decimal separator is a comma, a token such as "1.000" that
 *   could be thousands grouping;
 * - `notANumber`: any other token that is not a plain decimal number;
 * - `tooManyValues`, `outOfRange`: over the limits of {@link ParseOptions}.
 *
 * @example
 * const r = parseNumberList('abc', 'en');
 * if (!r.ok) r.error.code; // 'notANumber'
 */
export type ParseErrorCode =
  'empty' | 'emptyValue' | 'ambiguousGrouping' | 'notANumber' | 'tooManyValues' | 'outOfRange';

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
  | { readonly ok: true; readonly values: number[] }
  | { readonly ok: false; readonly error: ParseError };

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

/** Where the decimal separator is a point: `,` `;` or whitespace (spaces around `,`/`;` belong to it). */
const POINT_LIST = /\s*[,;]\s*|\s+/u;
/** Where the decimal separator is a comma, it cannot separate values: only `;` or whitespace. */
const COMMA_LIST = /\s*;\s*|\s+/u;

/** Plain decimal with optional exponent, after normalisation to `.` and `-`. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/iu;
/** "1.000" or "12.345.678": thousands grouping where the decimal is a comma, so ambiguous. */
const GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/u;

/**
 * Parses a reader-typed list of numbers in the conventions of `locale`.
 * Never throws: returns `{ ok: true, values }` or `{ ok: false, error }`.
 *
 * The rules follow the language's decimal separator ({@link numberConventions}):
 * - decimal point (en): values separated by `,`, `;` or whitespace. A decimal
 *   comma is not recognised: "2,5" is the two values 2 and 5.
 * - decimal comma (pt, ru): 0,25; values separated by `;` or whitespace.
 *   A decimal point is accepted too when unambiguous ("0.25", "1.5", "2.5e-3");
 *   a token that looks like thousands grouping ("1.000", "12.345.678") is
 *   `ambiguousGrouping`; one that mixes `.` and `,` is `notANumber`.
 *   Digit grouping is not supported in any locale: in ru "1 000" is the two
 *   values 1 and 0, like any whitespace-separated list ({@link spaceGroupedNumber}
 *   finds such a number so the field can say so).
 * - All: leading `+`, `-` or the Unicode minus `−` (U+2212); exponents (1e-3);
 *   surrounding whitespace is ignored.
 *
 * Errors: whitespace-only → `empty`; an empty token as in "1;;2" or a
 * leading/trailing separator → `emptyValue`; a token that is not a plain decimal
 * number (letters, "NaN", "Infinity", hex) → `notANumber` with its index and token; more
 * than `maxValues` values → `tooManyValues`; |value| > `maxAbs`, or an
 * overflow like 1e400 → `outOfRange`. Errors are reported for the first
 * offending token.
 *
 * @example
 * parseNumberList('2, -1, 0.5', 'en'); // { ok: true, values: [2, -1, 0.5] }
 * parseNumberList('2; −1; 0,5', 'pt'); // { ok: true, values: [2, -1, 0.5] }
 * parseNumberList('2 -1 0,5', 'ru'); // { ok: true, values: [2, -1, 0.5] }
 * parseNumberList('1;;2', 'pt'); // { ok: false, error: { code: 'emptyValue', index: 1, token: '' } }
 * parseNumberList('   ', 'en'); // { ok: false, error: { code: 'empty' } }
 */
export function parseNumberList(
  text: string,
  locale: NumberLocale,
  options: ParseOptions = {},
): ParseResult {
  const maxValues = options.maxValues ?? 10;
  const maxAbs = options.maxAbs ?? 1e6;
  const trimmed = String(text).trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  const decimalComma = numberConventions(locale).decimal === ',';
  const tokens = trimmed.split(decimalComma ? COMMA_LIST : POINT_LIST);
  const values: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    const value = parseToken(token, decimalComma);
    if (typeof value === 'string') return { ok: false, error: { code: value, index, token } };
    if (!(Math.abs(value) <= maxAbs))
      return { ok: false, error: { code: 'outOfRange', index, token } };
    if (index >= maxValues) return { ok: false, error: { code: 'tooManyValues', index, token } };
    values.push(value);
  }
  return { ok: true, values };
}

function parseToken(token: string, decimalComma: boolean): number | ParseErrorCode {
  if (token === '') return 'emptyValue';
  let s = token.replace(/\u2212/gu, '-');
  if (decimalComma) {
    const hasComma = s.includes(',');
    if (hasComma && s.includes('.')) return 'notANumber';
    if (hasComma) s = s.replace(',', '.');
    else if (GROUPED.test(s)) return 'ambiguousGrouping';
  }
  if (!NUMBER.test(s)) return 'notANumber';
  return Number(s);
}

/** The locale's thousands separator, from `Intl` (ru: U+00A0; pt-BR: "."; en: ","). */
function groupSeparator(locale: NumberLocale): string {
  const parts = new Intl.NumberFormat(numberConventions(locale).tag).formatToParts(10000);
  return parts.find((p) => p.type === 'group')?.value ?? '';
}

/**
 * A number written with spaces between its digit groups ("1 000,5"), where the language groups
 * thousands with a space (ru, by its `Intl` group separator). {@link parseNumberList} reads
 * spaces as separators, so "1 000,5; 2" is the three values 1, 0,5 and 2; this returns the
 * first such run of digit groups for a note next to the field (the values are still used),
 * or `undefined` when there is none or the language does not group with spaces.
 *
 * @example
 * spaceGroupedNumber('1 000,5; 2', 'ru'); // '1 000,5'
 * spaceGroupedNumber('1 000,5; 2', 'en'); // undefined (en groups with ",")
 * spaceGroupedNumber('2 -1 0,5', 'ru'); // undefined
 */
export function spaceGroupedNumber(text: string, locale: NumberLocale): string | undefined {
  if (!/^\s$/u.test(groupSeparator(locale))) return undefined;
  const m = /(?<![\d.,])[+\-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d.,])/u.exec(
    String(text),
  );
  return m ? m[0] : undefined;
}
