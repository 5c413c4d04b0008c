import { softplus } from './softplus';

/**
 * Options of {@link binaryCrossEntropy}.
 *
 * @example
 * binaryCrossEntropy(0, 1, { posWeight: 3 }); // 2.0794415416798357
 */
export interface BinaryCrossEntropyOptions {
  /**
   * Weight w ≥ 0 of the positive term (PyTorch's `pos_weight`, default 1):
   * w > 1 makes missing a positive costlier, e.g. w = negatives / positives
   * for a rare label. Must be finite and ≥ 0, otherwise a RangeError is thrown.
   */
  readonly posWeight?: number | undefined;
}

/**
 * Binary cross-entropy (in nats) of one logit x against a target y ∈ [0, 1],
 * computed from the logit as PyTorch's BCEWithLogitsLoss does for one entry:
 *
 * ℓ = −[w·y·log σ(x) + (1 − y)·log(1 − σ(x))] = w·y·softplus(−x) + (1 − y)·softplus(x).
 *
 * Never forms σ(x), so it neither overflows nor loses the loss of a confident
 * mistake: a logit of −1000 for a positive costs 1000, where −log σ(−1000)
 * evaluated naively is −log 0 = Infinity. A term whose weight is 0 is skipped,
 * so y = 1 with x = +Infinity gives 0 (not 0·Infinity = NaN). Soft targets
 * between 0 and 1 are allowed. NaN logit → NaN.
 *
 * The sum over labels is the multi-label loss of independent sigmoids.
 * PyTorch's own formula, (1 − y)·x + (1 + (w − 1)·y)·softplus(−x), is the same
 * function rearranged; this form avoids its cancellation for negative x.
 *
 * Throws a RangeError when the target is not in [0, 1] or the weight is not a
 * finite number ≥ 0.
 *
 * @example
 * binaryCrossEntropy(2, 1); // 0.1269280110429725
 * binaryCrossEntropy(2, 0); // 2.1269280110429727
 * binaryCrossEntropy(-1000, 1); // 1000
 * binaryCrossEntropy(0, 0.5); // 0.6931471805599453
 * binaryCrossEntropy(0, 2); // throws RangeError
 */
export function binaryCrossEntropy(
  logit: number,
  target: number,
  options?: BinaryCrossEntropyOptions,
): number {
  const w = options?.posWeight ?? 1;
  if (typeof target !== 'number' || !(target >= 0 && target <= 1)) {
    throw new RangeError(`target must be a number in [0, 1], got ${String(target)}`);
  }
  if (typeof w !== 'number' || !(w >= 0) || w === Infinity) {
    throw new RangeError(`posWeight must be a finite number >= 0, got ${String(w)}`);
  }
  const a = w * target;
  const b = 1 - target;
  let loss = 0;
  if (a !== 0) loss += a * softplus(-logit);
  if (b !== 0) loss += b * softplus(logit);
  return logit !== logit ? NaN : loss;
}
