import { crossEntropy } from '../lib/math/crossEntropy';

/**
 * Mean cross-entropy (nats) of softmax(logits / T) against the labels, over
 * `labels.length` rows of `classes` logits: the negative log-likelihood per digit.
 * @example meanCrossEntropy(Float64Array.of(0, 0), Uint8Array.of(1), 2); // Math.LN2
 */
export function meanCrossEntropy(
  logits: Float64Array,
  labels: ArrayLike<number>,
  classes = 10,
  temperature = 1,
): number {
  const n = labels.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += crossEntropy(logits.subarray(i * classes, (i + 1) * classes), labels[i]!, {
      temperature,
    });
  }
  return n === 0 ? NaN : sum / n;
}
