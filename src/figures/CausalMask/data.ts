import { softmax } from '../../lib/math';

export interface MaskCell {
  readonly row: number;
  readonly col: number;
  /** True for a future position (col > row): its score is replaced by −∞. */
  readonly masked: boolean;
  /** The weight: exactly 0 for a masked cell, because e^−∞ = 0. */
  readonly weight: number;
  /** The weight the cell would have without the mask. */
  readonly unmasked: number;
}

export interface CausalMaskData {
  readonly cells: readonly MaskCell[];
  readonly weights: readonly (readonly number[])[];
  readonly unmaskedWeights: readonly (readonly number[])[];
  readonly rowSums: readonly number[];
}

/**
 * Causal attention: scores S / √d with every future position set to −∞ before the row softmax.
 * The masked weights are exact zeros and every row still sums to 1.
 *
 * @example causalMaskData([[4, 2, 2], [2, 4, 0], [3, 2, 1]], 2).weights[0] // [1, 0, 0]
 */
export function causalMaskData(scores: readonly (readonly number[])[], d = 1): CausalMaskData {
  const n = scores.length;
  if (n === 0 || scores.some((r) => r.length !== n))
    throw new RangeError('causalMaskData needs a square, non-empty score matrix');
  if (!(d > 0)) throw new RangeError('causalMaskData needs a positive dimension d');
  const T = Math.sqrt(d);
  const weights = scores.map((row, i) =>
    softmax(
      row.map((v, j) => (j <= i ? v : -Infinity)),
      { temperature: T },
    ),
  );
  const unmaskedWeights = scores.map((row) => softmax(row, { temperature: T }));
  return {
    weights,
    unmaskedWeights,
    cells: weights.flatMap((row, i) =>
      row.map((weight, j) => ({
        row: i,
        col: j,
        masked: j > i,
        weight,
        unmasked: unmaskedWeights[i]![j]!,
      })),
    ),
    rowSums: weights.map((row) => row.reduce((a, b) => a + b, 0)),
  };
}
