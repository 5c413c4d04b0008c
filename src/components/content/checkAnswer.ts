import { parseNumberList, type ParseErrorCode } from '../../lib/numbers';
import type { NumberLocale } from '../../lib/numbers';

export type CheckVerdict = { kind: 'correct' } | { kind: 'incorrect' } | { kind: 'invalid'; code: ParseErrorCode };

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
 * with `answer` within `tolerance`. Pure, so it is unit tested and shared with the script.
 *
 * @example judgeAnswer('0,79', 'pt', 0.7856, 0.005) // { kind: 'correct' }
 * @example judgeAnswer('', 'en', 1, 0.5) // { kind: 'invalid', code: 'empty' }
 */
export function judgeAnswer(text: string, lang: NumberLocale, answer: number, tolerance: number): CheckVerdict {
  const parsed = parseNumberList(text, lang, { maxValues: 1, maxAbs: Math.max(1e6, Math.abs(answer) * 10) });
  if (!parsed.ok) return { kind: 'invalid', code: parsed.error.code };
  const value = parsed.values[0];
  if (value === undefined) return { kind: 'invalid', code: 'empty' };
  // A hair of slack so that a reader's correctly rounded value is never lost to binary rounding.
  const slack = 1e-9 * Math.max(1, Math.abs(answer));
  return Math.abs(value - answer) <= tolerance + slack ? { kind: 'correct' } : { kind: 'incorrect' };
}
