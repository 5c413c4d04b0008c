/**
 * Text helpers shared by the islands: placeholder filling, localized messages for the
 * logits field, and number formatting that never prints "NaN" or "Infinity".
 * Everything here returns plain strings that Svelte inserts as text (never as HTML).
 */
import {
  formatNumber,
  formatNumberList,
  type NumberLocale,
  type ParseError,
  numberConventions,
} from '../../lib/numbers';
import type { CommonLabels } from './labels';
import type { ValueLimits } from './limits';

/**
 * Fills `{name}` placeholders; an unknown placeholder is left empty rather than shown raw.
 * @example fill('Class {n}', { n: 2 }) // 'Class 2'
 */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? '' : String(v);
  });
}

/** What the field reports for text that is not a usable list. */
export type FieldError = ParseError | { readonly code: 'tooFewValues' | 'wrongCount' };

/**
 * The message shown next to the field for an error, in the reader's language.
 * Tokens typed by the reader are shortened so a pasted essay does not flood the page.
 * @example fieldMessage({ code: 'empty' }, 'en', labels, limits) // 'Type at least one number.'
 */
export function fieldMessage(
  error: FieldError,
  locale: NumberLocale,
  c: CommonLabels,
  limits: ValueLimits,
): string {
  const n = 'index' in error && error.index !== undefined ? error.index + 1 : 0;
  const raw = 'token' in error && error.token !== undefined ? error.token : '';
  const token = raw.length > 24 ? `${raw.slice(0, 23)}…` : raw;
  switch (error.code) {
    case 'empty':
      return c.errEmpty;
    case 'emptyValue':
      return fill(c.errEmptyValue, { n });
    case 'ambiguousGrouping':
      return fill(c.errAmbiguousPoint, { token });
    case 'notANumber': {
      const example = separatedAsList(raw, locale);
      return example
        ? fill(c.errListSeparator, { token, example })
        : fill(c.errNotANumber, { n, token });
    }
    case 'outOfRange':
      return fill(c.errOutOfRange, { n, token, max: formatNumber(limits.maxAbs, locale, 0) });
    case 'tooManyValues':
      return limits.count !== undefined
        ? fill(c.errCount, { count: limits.count })
        : fill(c.errTooMany, { max: limits.max });
    case 'tooFewValues':
      return fill(c.errTooFew, { min: limits.min });
    case 'wrongCount':
      return fill(c.errCount, { count: limits.count ?? limits.max });
  }
}

/**
 * Where the decimal separator is a comma (pt, ru), "1,5, 2" is one token that is not a number:
 * the reader separated values with commas. Returns the same text with the locale's list
 * separator where a comma is followed by a space (a decimal comma never is), for a message that
 * shows how to write it; undefined otherwise.
 * @example separatedAsList('1,5, 2', 'pt') // '1,5; 2'
 */
export function separatedAsList(token: string, locale: NumberLocale): string | undefined {
  const { decimal, listSeparator } = numberConventions(locale);
  if (decimal !== ',' || token.length > 60) return undefined;
  return /,\s/.test(token) ? token.trim().replace(/\s*,\s+/g, listSeparator) : undefined;
}

/**
 * Where the decimal separator is a point (English), a comma separates values, so "2,5" is two values. When a comma sits between
 * two digits without a space, the reader may have meant a decimal comma: return that token
 * for a gentle note (the values are still used).
 * @example ambiguousComma('2,5, 1', 'en') // '2,5'
 */
export function ambiguousComma(text: string, locale: NumberLocale): string | undefined {
  if (numberConventions(locale).decimal !== '.') return undefined;
  const m = /[+\-\u2212]?\d+,\d+/u.exec(text);
  return m ? m[0] : undefined;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number for the reader: plain (formatNumber) in the everyday range, scientific
 * (1.014 × 10³⁰⁴) for very large or very small magnitudes, "—" when not finite.
 * @example formatSci(1.0142320547350045e304, 'pt') // '1,014 × 10³⁰⁴'
 */
export function formatSci(value: number, locale: NumberLocale, digits = 3): string {
  const a = Math.abs(value);
  if (!Number.isFinite(value) || a === 0 || (a >= 1e-3 && a < 1e7))
    return formatNumber(value, locale, digits);
  let e = Math.floor(Math.log10(a));
  // Near the bottom of the double range 10 ** e underflows: scale the value up first.
  let m = e < -300 ? (value * 1e20) / 10 ** (e + 20) : value / 10 ** e;
  if (Math.abs(m) >= 9.9995) {
    m /= 10;
    e += 1;
  }
  const exp = String(e)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
  return `${formatNumber(m, locale, digits)} × 10${exp}`;
}

/** A list of numbers in the reader's format, in parentheses, at one precision: (0.090, 0.245, 0.665). */
export function tuple(values: ArrayLike<number>, locale: NumberLocale, digits = 3): string {
  return `(${formatNumberList(values, locale, digits, { uniform: true })})`;
}

/** A piece of widget text: plain, or an exponent / index to be set as a superscript / subscript. */
export interface TextPart {
  readonly text: string;
  /** For an exponent or index: how to set it, and the characters hidden from sight but kept in the text ("^", "_(", ")"). */
  readonly sup?: { readonly kind: 'sup' | 'sub'; readonly before: string; readonly after: string };
}

/**
 * Splits widget text at its exponents and indices, written `^(…)`, `^token`, `_(…)` or `_token`
 * in the label files, so they can be set as superscripts and subscripts (e^(3 − 5) → e³⁻⁵,
 * p_1 → p₁ in <sup>/<sub>) while the text itself, what a screen reader or a copy gets, stays as
 * written.
 * @example superscripts('e^(1 − 2) = 0.37') // [{text:'e'},{text:'1 − 2',sup:{kind:'sup',before:'^(',after:')'}},{text:' = 0.37'}]
 */
export function superscripts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = /([\^_])\(([^()]*)\)|([\^_])([+\-\u2212]?[\p{L}\p{N}]+(?:[.,]\p{N}+)*)/gu;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    const mark = m[1] ?? m[3] ?? '^';
    const kind = mark === '_' ? 'sub' : 'sup';
    parts.push(
      m[2] !== undefined
        ? { text: m[2], sup: { kind, before: `${mark}(`, after: ')' } }
        : { text: m[4] ?? '', sup: { kind, before: mark, after: '' } },
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
