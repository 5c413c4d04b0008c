import { argmax, softmax } from '../../lib/math';

export interface AttentionArrow {
  /** The word that looks (query, row i). */
  readonly from: number;
  /** The word it looks at (key, column j). */
  readonly to: number;
  readonly weight: number;
}

export interface AttentionMapData {
  /** softmax(S_i / √d) for every row i. */
  readonly weights: readonly (readonly number[])[];
  /** Every (i, j) pair with its weight, row by row. */
  readonly arrows: readonly AttentionArrow[];
  /** For every word, the word it attends to most. */
  readonly focus: readonly number[];
  readonly rowSums: readonly number[];
}

/**
 * Attention weights of a square score matrix S (scaled by 1/√d, softmax per row), as a heat map
 * and as arrows between the words.
 *
 * @example attentionMapData([[4, 2, 2], [2, 4, 0], [3, 2, 1]], 2).weights[2][0] // 0.5…
 */
export function attentionMapData(scores: readonly (readonly number[])[], d = 1): AttentionMapData {
  const n = scores.length;
  if (n === 0 || scores.some((r) => r.length !== n))
    throw new RangeError('attentionMapData needs a square, non-empty score matrix');
  if (!(d > 0)) throw new RangeError('attentionMapData needs a positive dimension d');
  const weights = scores.map((row) => softmax(row, { temperature: Math.sqrt(d) }));
  return {
    weights,
    arrows: weights.flatMap((row, i) => row.map((weight, j) => ({ from: i, to: j, weight }))),
    focus: weights.map((row) => argmax(row)),
    rowSums: weights.map((row) => row.reduce((a, b) => a + b, 0)),
  };
}
