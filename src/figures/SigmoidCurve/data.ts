import { sigmoid } from '../../lib/math';

export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

export interface SigmoidCurveData {
  readonly from: number;
  readonly to: number;
  /** s(x) = 1 / (1 + e^−x) sampled on [from, to]. */
  readonly curve: readonly CurvePoint[];
  /** The example's logits on the curve; `present` when s(z) > 1/2, that is z > 0. */
  readonly points: readonly { readonly z: number; readonly s: number; readonly present: boolean }[];
  /** The decision threshold 1/2 and the logit where the curve crosses it (0). */
  readonly threshold: number;
  readonly crossing: number;
}

/**
 * The sigmoid S-curve with the 1/2 threshold and the example's logits marked on it.
 *
 * @example sigmoidCurveData([3, 2.5, -1, -2]).points[0].s // 0.9526…
 */
export function sigmoidCurveData(
  logits: readonly number[],
  from = -6,
  to = 6,
  samples = 97,
): SigmoidCurveData {
  if (!(to > from) || samples < 2) throw new RangeError('sigmoidCurveData needs from < to');
  if (!logits.every(Number.isFinite)) throw new RangeError('sigmoidCurveData needs finite logits');
  const curve = Array.from({ length: samples }, (_, i) => {
    const x = from + ((to - from) * i) / (samples - 1);
    return { x, y: sigmoid(x) };
  });
  const points = logits.map((z) => {
    const s = sigmoid(z);
    return { z, s, present: s > 0.5 };
  });
  return { from, to, curve, points, threshold: 0.5, crossing: 0 };
}
