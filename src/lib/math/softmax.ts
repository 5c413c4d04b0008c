import { argmax } from './argmax';
import { doubleArray } from './doubleArray';
import { resolveTemperature, type TemperatureOptions } from './resolveTemperature';
import { shiftedExpSum } from './shiftedExpSum';

/**
 * Numerically stable softmax, p_i = e^{z_i} / Σ_j e^{z_j} with z = logits / T.
 *
 * Computed as p_i = e^{d_i} / S with d_i = (x_i − max) / T (shift first, then
 * scale) and S = Σ_j e^{d_j}, so huge logits (±1e308) never overflow and a tiny
 * temperature reaches the exact one-hot limit (uniform over ties).
 *
 * Conventions (PyTorch/JAX/TensorFlow parity): any NaN or +Infinity logit →
 * all NaN; −Infinity entries (masked) get probability 0; all −Infinity → all
 * NaN (0/0); empty → []. Throws a RangeError when the temperature is not a
 * finite number > 0.
 *
 * @example
 * softmax([2, -1, 0.5]); // [0.7855970345892759, 0.039112573270687456, 0.1752903921400367]
 * softmax([1, 2, 2], { temperature: 1e-310 }); // [0, 0.5, 0.5]
 * softmax([0, -Infinity]); // [1, 0]
 */
export function softmax(logits: ArrayLike<number>, options?: TemperatureOptions): number[] {
  const temperature = resolveTemperature(options);
  const n = logits.length;
  const out = doubleArray(n);
  if (n === 0) return out;
  const k = argmax(logits);
  const max = logits[k] as number;
  if (!Number.isFinite(max)) return out.fill(NaN);
  const s = 1 + shiftedExpSum(logits, k, max, temperature, out);
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) / s;
  return out;
}
