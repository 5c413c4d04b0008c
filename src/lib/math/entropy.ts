/**
 * Shannon entropy H(p) = −Σ_i p_i ln p_i in nats (divide by ln 2 for bits),
 * with 0 · ln 0 = 0 (a bare loop would give NaN for zero probabilities).
 * The input is not checked to be a distribution; NaN propagates.
 * Empty input → 0 (empty sum).
 *
 * @example
 * entropy([0.25, 0.25, 0.25, 0.25]); // 1.3862943611198906 (= ln 4)
 * entropy([1, 0, 0]); // 0
 */
export function entropy(probabilities: ArrayLike<number>): number {
  const n = probabilities.length;
  let h = 0;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i] as number;
    if (p !== 0) h -= p * Math.log(p);
  }
  return h;
}
