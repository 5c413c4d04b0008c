/**
 * Jacobian-vector product of the softmax without forming the n×n Jacobian:
 * (J v)_i = p_i (v_i − Σ_j p_j v_j), where p = softmax(z). Because J is
 * symmetric this is also the vector-Jacobian product (the backward pass:
 * given ∂L/∂p = v, it returns ∂L/∂z). O(n) time.
 *
 * Throws a RangeError when the lengths differ.
 *
 * @example
 * softmaxJvp([0.5, 0.5], [1, 0]); // [0.25, -0.25]
 */
export function softmaxJvp(probabilities: ArrayLike<number>, vector: ArrayLike<number>): number[] {
  const n = probabilities.length;
  if (vector.length !== n) {
    throw new RangeError(`vector length ${vector.length} does not match probabilities length ${n}`);
  }
  let s = 0;
  for (let j = 0; j < n; j++) s += (probabilities[j] as number) * (vector[j] as number);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = (probabilities[i] as number) * ((vector[i] as number) - s);
  return out;
}
