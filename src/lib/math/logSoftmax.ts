import { argmax } from './argmax';
import { doubleArray } from './doubleArray';
import { resolveTemperature, type TemperatureOptions } from './resolveTemperature';
import { shiftedExpSum } from './shiftedExpSum';

/**
 * Numerically stable log-softmax, l_i = z_i − logSumExp(z) with z = logits / T.
 *
 * Computed as l_i = d_i − log S with d_i = (x_i − max) / T and
 * log S = log1p(Σ_{j≠argmax} e^{d_j}); never as log(softmax(x)), which would
 * give −Infinity for entries whose probability underflows.
 *
 * Conventions: any NaN or +Infinity logit → all NaN; −Infinity entries →
 * −Infinity; all −Infinity → all NaN; empty → []. Throws a RangeError when the
 * temperature is not a finite number > 0.
 *
 * @example
 * logSoftmax([2, -1, 0.5]); // [-0.24131129665715703, -3.241311296657157, -1.7413112966571571]
 * logSoftmax([0, -1000]); // [0, -1000]
 */
export function logSoftmax(logits: ArrayLike<number>, options?: TemperatureOptions): number[] {
  const temperature = resolveTemperature(options);
  const n = logits.length;
  const out = doubleArray(n);
  if (n === 0) return out;
  const k = argmax(logits);
  const max = logits[k] as number;
  if (!Number.isFinite(max)) return out.fill(NaN);
  const logS = Math.log1p(shiftedExpSum(logits, k, max, temperature, null));
  if (temperature === 1) {
    // Same value as the general branch (division by 1 is exact), without the division.
    for (let i = 0; i < n; i++) out[i] = (logits[i] as number) - max - logS;
  } else {
    for (let i = 0; i < n; i++) out[i] = ((logits[i] as number) - max) / temperature - logS;
  }
  return out;
}
