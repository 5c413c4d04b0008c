/**
 * Softplus, log(1 + e^x), in the stable form max(x, 0) + log1p(e^{−|x|}): the
 * exponential never exceeds 1 (no overflow for large x, softplus(1000) = 1000)
 * and log1p keeps full relative accuracy where the value is tiny
 * (softplus(−745) = 5e-324 ≈ e^{−745}). It is the log-sum-exp of [x, 0] and
 * the loss of a sigmoid: −log σ(x) = softplus(−x), −log(1 − σ(x)) = softplus(x).
 *
 * softplus(Infinity) = Infinity, softplus(−Infinity) = 0, softplus(NaN) = NaN.
 *
 * @example
 * softplus(0); // 0.6931471805599453
 * softplus(2); // 2.1269280110429727
 * softplus(1000); // 1000
 * softplus(-40); // 4.248354255291589e-18
 */
export function softplus(x: number): number {
  return (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
