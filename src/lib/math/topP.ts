import { descendingOrder } from './descendingOrder';
import { doubleArray } from './doubleArray';
import { weightSum } from './weightSum';

/**
 * Top-p (nucleus) truncation: keeps the smallest set of entries, taken by
 * descending probability (ties broken by the smaller index), whose mass is at
 * least p, sets the others to 0 and renormalises the kept ones to sum to 1.
 *
 * The mass test is done on the tail: the set of the first j ranked entries is
 * kept as soon as the mass left outside it is ≤ (1 − p) × total, with the
 * tail summed from the smallest entry up. That is the same condition as
 * "kept mass ≥ p × total" in exact arithmetic, but it cannot be fooled by
 * rounding: p = 1 keeps exactly the non-zero entries (even a 1e-20 after a
 * 1), and never a zero one. At least one entry is always kept, so p = 0 is
 * greedy decoding (the first most probable entry). The test is exact for the
 * binary values given, so a decimal tie can go either way: 0.5 + 0.3 is just
 * below 0.8 in binary, and topP([0.5, 0.2, 0.3], 0.8) keeps all three.
 *
 * `probs` are probabilities or any non-negative weights (p is a fraction of
 * their total). Conventions: empty → []; any NaN, negative or infinite entry,
 * or all zero → all NaN. Throws a RangeError when p is not in [0, 1].
 *
 * @example
 * topP([0.5, 0.125, 0.375], 0.8); // [0.5714285714285714, 0, 0.42857142857142855]
 * topP([0.5, 0.125, 0.375], 0.9); // [0.5, 0.125, 0.375]
 * topP([0.5, 0.125, 0.375], 0.5); // [1, 0, 0]
 * topP([0.5, 0.5], 1.5); // throws RangeError
 */
export function topP(probs: ArrayLike<number>, p: number): number[] {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new RangeError(`p must be a number in [0, 1], got ${String(p)}`);
  }
  const n = probs.length;
  const out = doubleArray(n).fill(0);
  if (n === 0) return out;
  if (Number.isNaN(weightSum(probs))) return out.fill(NaN);
  const order = descendingOrder(probs);
  // tail[j] = mass of the ranked entries j…n−1, summed from the smallest.
  const tail = doubleArray(n + 1);
  tail[n] = 0;
  for (let j = n - 1; j >= 0; j--)
    tail[j] = (tail[j + 1] as number) + (probs[order[j] as number] as number);
  const total = tail[0] as number;
  if (total === 0) return out.fill(NaN);
  const allowed = (1 - p) * total;
  let size = 1;
  while (size < n && (tail[size] as number) > allowed) size++;
  // Mark the kept entries, then sum and divide in index order (as topK does).
  for (let j = 0; j < size; j++) out[order[j] as number] = 1;
  let mass = 0;
  for (let i = 0; i < n; i++) if (out[i] === 1) mass += probs[i] as number;
  for (let i = 0; i < n; i++) out[i] = out[i] === 1 ? (probs[i] as number) / mass : 0;
  return out;
}
