import { resolveTarget, type Target } from './resolveTarget';
import { type TemperatureOptions } from './resolveTemperature';
import { softmax } from './softmax';

/**
 * Gradient of {@link crossEntropy} with respect to the **scaled** logits
 * z = logits / T: ∂CE/∂z = p − y, where p = softmax(logits / T) and y is the
 * one-hot vector of a class index or the given target distribution. With a
 * temperature, the gradient with respect to the raw logits is (p − y) / T;
 * for T = 1 (the default) the two coincide.
 *
 * Stays finite when the target logit is −Infinity (CE = +Infinity there).
 * Throws a RangeError like {@link crossEntropy}.
 *
 * @example
 * crossEntropyGradient([2, -1, 0.5], 0); // [-0.21440296541072412, 0.039112573270687456, 0.1752903921400367]
 * crossEntropyGradient([0, 0], [0.5, 0.5]); // [0, 0]
 */
export function crossEntropyGradient(
  logits: ArrayLike<number>,
  target: Target,
  options?: TemperatureOptions,
): number[] {
  const t = resolveTarget(target, logits.length);
  const g = softmax(logits, options);
  if (typeof t === 'number') {
    g[t] = (g[t] as number) - 1;
  } else {
    for (let i = 0; i < g.length; i++) g[i] = (g[i] as number) - (t[i] as number);
  }
  return g;
}
