import { argmax } from './argmax';
import { resolveTemperature, type TemperatureOptions } from './resolveTemperature';
import { shiftedExpSum } from './shiftedExpSum';

/**
 * Numerically stable log-sum-exp of the scaled logits z = logits / T:
 * LSE(z) = log Σ_i e^{z_i}, computed as max/T + log1p(Σ_{i≠argmax} e^{d_i})
 * with d_i = (x_i − max) / T, so it never overflows for large logits.
 * The temperature is optional (default 1, then LSE = max + log S).
 *
 * Conventions: empty → −Infinity (log of an empty sum); all −Infinity →
 * −Infinity; any +Infinity → +Infinity; any NaN → NaN (NaN wins over
 * +Infinity). Throws a RangeError when the temperature is not a finite
 * number > 0.
 *
 * @example
 * logSumExp([2, -1, 0.5]); // 2.241311296657157
 * logSumExp([1000, 1000]); // 1000.6931471805599
 * logSumExp([]); // -Infinity
 */
export function logSumExp(logits: ArrayLike<number>, options?: TemperatureOptions): number {
  const temperature = resolveTemperature(options);
  if (logits.length === 0) return -Infinity;
  const k = argmax(logits);
  const max = logits[k] as number;
  // NaN → NaN, +Infinity → +Infinity, -Infinity (all masked) → -Infinity.
  if (!Number.isFinite(max)) return max;
  const rest = shiftedExpSum(logits, k, max, temperature, null);
  return max / temperature + Math.log1p(rest);
}
