import { softmax, softmaxJacobian } from '../../lib/math';

export interface JacobianCell {
  readonly row: number;
  readonly col: number;
  /** ∂p_row / ∂z_col. */
  readonly value: number;
  /** value / maxAbs, in −1…1: the position on the diverging colour scale. */
  readonly t: number;
}

export interface JacobianHeatmapData {
  readonly p: readonly number[];
  readonly J: readonly (readonly number[])[];
  readonly cells: readonly JacobianCell[];
  /** Largest |entry| (the ends of the colour scale); 0 only for a single class. */
  readonly maxAbs: number;
  /** Sum of every row: 0 up to rounding, because the probabilities always add up to 1. */
  readonly rowSums: readonly number[];
}

/**
 * The softmax Jacobian J = diag(p) − p pᵀ of the example, with each entry's place on a
 * symmetric diverging colour scale.
 *
 * @example jacobianHeatmapData([0, 0]).J // [[0.25, -0.25], [-0.25, 0.25]]
 */
export function jacobianHeatmapData(logits: readonly number[]): JacobianHeatmapData {
  if (logits.length === 0) throw new RangeError('jacobianHeatmapData needs at least one logit');
  const p = softmax(logits);
  const J = softmaxJacobian(p);
  const maxAbs = Math.max(...J.flat().map(Math.abs));
  const cells = J.flatMap((r, row) =>
    r.map((value, col) => ({ row, col, value, t: maxAbs > 0 ? value / maxAbs : 0 })),
  );
  return { p, J, cells, maxAbs, rowSums: J.map((r) => r.reduce((a, b) => a + b, 0)) };
}
