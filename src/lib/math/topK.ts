import { descendingOrder } from './descendingOrder';
import { doubleArray } from './doubleArray';
import { weightSum } from './weightSum';

/**
 * Top-k truncation of a distribution: keeps the k most probable entries (ties
 * broken by the smaller index, so exactly min(k, n) entries are kept), sets
 * the others to 0 and renormalises the kept ones to sum to 1.
 *
 * `probs` are probabilities or any non-negative weights (they are divided by
 * the kept mass); for logits, pass softmax(logits, { temperature }) — the
 * usual decoding order is temperature, then top-k, then top-p. k ≥ n keeps
 * everything (the input renormalised). Kept entries that are 0 stay 0, so the
 * support is min(k, number of non-zero entries).
 *
 * Hugging Face's top-k filter keeps every entry tied with the k-th; this one
 * keeps exactly k, so the support size is predictable.
 *
 * Conventions: empty → []; any NaN, negative or infinite entry, or a kept
 * mass of 0 → all NaN. Throws a RangeError when k is not an integer ≥ 1.
 *
 * @example
 * topK([0.5, 0.125, 0.375], 2); // [0.5714285714285714, 0, 0.42857142857142855]
 * topK([0.25, 0.5, 0.25], 2); // [0.3333333333333333, 0.6666666666666666, 0]
 * topK([0.5, 0.125, 0.375], 5); // [0.5, 0.125, 0.375]
 * topK([0.5, 0.5], 0); // throws RangeError
 */
export function topK(probs: ArrayLike<number>, k: number): number[] {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`k must be an integer >= 1, got ${String(k)}`);
  }
  const n = probs.length;
  const out = doubleArray(n).fill(0);
  if (n === 0) return out;
  if (Number.isNaN(weightSum(probs))) return out.fill(NaN);
  // Mark the kept entries, then sum and divide in index order.
  if (k >= n) out.fill(1);
  else for (const i of descendingOrder(probs).slice(0, k)) out[i] = 1;
  let mass = 0;
  for (let i = 0; i < n; i++) if (out[i] === 1) mass += probs[i] as number;
  if (mass === 0) return out.fill(NaN);
  for (let i = 0; i < n; i++) out[i] = out[i] === 1 ? (probs[i] as number) / mass : 0;
  return out;
}
