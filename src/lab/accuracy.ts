import { argmax } from '../lib/math/argmax';

/**
 * Share of rows of `logits` (`labels.length` rows of `classes` values) whose argmax is the
 * label (ties go to the first maximal class, as in the library's argmax).
 * @example accuracy(Float64Array.of(2, 1, 0, 3), Uint8Array.of(0, 0), 2); // 0.5
 */
export function accuracy(logits: Float64Array, labels: ArrayLike<number>, classes = 10): number {
  const n = labels.length;
  let right = 0;
  for (let i = 0; i < n; i++)
    if (argmax(logits.subarray(i * classes, (i + 1) * classes)) === labels[i]) right++;
  return n === 0 ? NaN : right / n;
}
