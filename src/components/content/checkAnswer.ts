import { parseNumberList, type ParseErrorCode } from '../../lib/numbers';
import type { NumberLocale } from '../../lib/numbers';

export type CheckVerdict =
  { kind: 'correct' } | { kind: 'incorrect' } | { kind: 'invalid'; code: ParseErrorCode };

/**
 * Half a unit of the last shown digit: with `digits` 2 any answer within 0.005 counts.
 *
 * @example defaultTolerance(2) // 0.005
 */
export function defaultTolerance(digits: number): number {
  return 0.5 * 10 ** -digits;
}

/**
 * Judges what a reader typed into a check-yourself question: parses one number in the
 * conventions of `lang` (0.79 in English, 0,79 in Portuguese and Russian) and compares it
 * with `answer` within `tolerance`. `answer` may list several accepted values (the answer from
 * the exact numbers and from the numbers as the page prints them, see checkKey.ts): the typed
 * value is correct when it is within `tolerance` of any of them. Pure, so it is unit tested and
 * shared with the script.
 *
 * @example judgeAnswer('0,79', 'pt', 0.7856, 0.005) // { kind: 'correct' }
 * @example judgeAnswer('0.164', 'en', [0.1635, 0.1641], 0.0005) // { kind: 'correct' }
 * @example judgeAnswer('', 'en', 1, 0.5) // { kind: 'invalid', code: 'empty' }
 */
export function judgeAnswer(
  text: string,
  lang: NumberLocale,
  answer: number | readonly number[],
  tolerance: number,
): CheckVerdict {
  const answers = typeof answer === 'number' ? [answer] : answer;
  const largest = Math.max(0, ...answers.map((a) => Math.abs(a)));
  const parsed = parseNumberList(text, lang, { maxValues: 1, maxAbs: Math.max(1e6, largest * 10) });
  if (!parsed.ok) return { kind: 'invalid', code: parsed.error.code };
  const value = parsed.values[0];
  if (value === undefined) return { kind: 'invalid', code: 'empty' };
  // A hair of slack so that a reader's correctly rounded value is never lost to binary rounding.
  const near = (a: number) => Math.abs(value - a) <= tolerance + 1e-9 * Math.max(1, Math.abs(a));
  return answers.some(near) ? { kind: 'correct' } : { kind: 'incorrect' };
}
