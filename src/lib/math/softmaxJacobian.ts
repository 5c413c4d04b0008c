/**
 * Jacobian of the softmax with respect to its (scaled) logits, from the
 * probabilities p = softmax(z): J_ij = ∂p_i/∂z_j = p_i (δ_ij − p_j).
 * J is symmetric and every row (and column) sums to 0. Empty input → [].
 * For a temperature T, ∂p/∂logits = J / T.
 *
 * @example
 * softmaxJacobian([0.5, 0.5]); // [[0.25, -0.25], [-0.25, 0.25]]
 * softmaxJacobian([]); // []
 */
export function softmaxJacobian(probabilities: ArrayLike<number>): number[][] {
  const n = probabilities.length;
  const rows = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const pi = probabilities[i] as number;
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) row[j] = -pi * (probabilities[j] as number);
    row[i] = pi * (1 - pi);
    rows[i] = row;
  }
  return rows;
}
