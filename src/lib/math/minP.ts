import { doubleArray } from './doubleArray';
import { weightSum } from './weightSum';

/**
 * Min-p truncation: keeps every entry whose probability is at least
 * pMin × (the largest probability), sets the others to 0 and renormalises the
 * kept ones to sum to 1. The cut-off scales with the model's confidence: a
 * peaked distribution keeps few tokens, a flat one keeps many. pMin = 0 keeps
 * everything, pMin = 1 keeps only the entries tied with the maximum.
 *
 * `probs` are probabilities or any non-negative weights. Conventions:
 * empty → []; any NaN, negative or infinite entry, or all zero → all NaN.
 * Throws a RangeError when pMin is not in [0, 1].
 *
 * @example
 * minP([0.5, 0.125, 0.375], 0.5); // [0.5714285714285714, 0, 0.42857142857142855]
 * minP([0.5, 0.125, 0.375], 0.25); // [0.5, 0.125, 0.375]
 * minP([0.4, 0.4, 0.2], 1); // [0.5, 0.5, 0]
 */
export function minP(probs: ArrayLike<number>, pMin: number): number[] {
  if (typeof pMin !== 'number' || !(pMin >= 0 && pMin <= 1)) {
    throw new RangeError(`pMin must be a number in [0, 1], got ${String(pMin)}`);
  }
  const n = probs.length;
  const out = doubleArray(n).fill(0);
  if (n === 0) return out;
  if (Number.isNaN(weightSum(probs))) return out.fill(NaN);
  let max = 0;
  for (let i = 0; i < n; i++) if ((probs[i] as number) > max) max = probs[i] as number;
  if (max === 0) return out.fill(NaN);
  const cut = pMin * max;
  let mass = 0;
  for (let i = 0; i < n; i++) if ((probs[i] as number) >= cut) mass += probs[i] as number;
  for (let i = 0; i < n; i++) {
    const v = probs[i] as number;
    out[i] = v >= cut ? v / mass : 0;
  }
  return out;
}
