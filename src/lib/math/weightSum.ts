/**
 * Internal: the total mass Σ_i w_i of a vector of non-negative weights (a
 * probability vector, or unnormalised scores), or NaN when any entry is NaN,
 * negative or infinite: such a vector is not a distribution, and the
 * truncation and sampling functions then return their "no answer" value
 * (all NaN, or −1). Empty → 0.
 *
 * @example
 * weightSum([0.25, 0.5, 0.25]); // 1
 * weightSum([1, -1]); // NaN
 * weightSum([]); // 0
 */
export function weightSum(weights: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (!(w >= 0) || w === Infinity) return NaN;
    s += w;
  }
  return s;
}
