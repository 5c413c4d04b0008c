import { argmax } from './argmax';
import { resolveTarget, type Target } from './resolveTarget';
import { resolveTemperature, type TemperatureOptions } from './resolveTemperature';
import { shiftedExpSum } from './shiftedExpSum';

/**
 * Cross-entropy (in nats) between softmax(logits / T) and a target: a class
 * index t gives −log p_t, a distribution y gives −Σ_i y_i log p_i (terms with
 * y_i = 0 skipped, so masked classes with zero weight do not produce NaN).
 *
 * Computed in the log domain as log S − d_t with d_i = (x_i − max) / T, never
 * as −log(p_t): for logits [0, -1000] and target 1 that would be +Infinity,
 * while the true value is 1000. A target whose logit is −Infinity gives
 * +Infinity. Any NaN/+Infinity logit, or all −Infinity, gives NaN.
 *
 * Throws a RangeError for a non-integer or out-of-range class index, a
 * distribution of the wrong length, or an invalid temperature.
 *
 * @example
 * crossEntropy([2, -1, 0.5], 0); // 0.24131129665715703
 * crossEntropy([0, -1000], 1); // 1000
 * crossEntropy([2, -1, 0.5], [0.25, 0.25, 0.5]); // 1.7413112966571571
 */
export function crossEntropy(
  logits: ArrayLike<number>,
  target: Target,
  options?: TemperatureOptions,
): number {
  const temperature = resolveTemperature(options);
  const n = logits.length;
  const t = resolveTarget(target, n);
  if (n === 0) return 0; // only reachable with an empty distribution: empty sum
  const k = argmax(logits);
  const max = logits[k] as number;
  if (!Number.isFinite(max)) return NaN;
  const logS = Math.log1p(shiftedExpSum(logits, k, max, temperature, null));
  if (typeof t === 'number') {
    return logS - ((logits[t] as number) - max) / temperature;
  }
  let ce = 0;
  for (let i = 0; i < n; i++) {
    const y = t[i] as number;
    if (y !== 0) ce += y * (logS - ((logits[i] as number) - max) / temperature);
  }
  return ce;
}
