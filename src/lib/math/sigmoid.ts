/**
 * Logistic sigmoid 1 / (1 + e^{−x}) in the two-branch stable form: for x ≥ 0
 * it is 1 / (1 + e^{−x}), for x < 0 it is e^x / (1 + e^x), so no branch ever
 * evaluates e^{large} (no overflow, full relative accuracy for very negative
 * x, e.g. sigmoid(-745) = 5e-324). It is the two-class softmax:
 * sigmoid(x) = softmax([x, 0])[0].
 *
 * sigmoid(Infinity) = 1, sigmoid(-Infinity) = 0, sigmoid(NaN) = NaN.
 *
 * @example
 * sigmoid(0); // 0.5
 * sigmoid(1); // 0.7310585786300049
 * sigmoid(-800); // 0
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x); // NaN falls through here and propagates
  return e / (1 + e);
}
