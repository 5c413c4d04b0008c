import { crossEntropy, crossEntropyGradient, oneHot, softmax } from '../../lib/math';

export interface GradientPanel {
  /** The target as given: a class index (0-based) or a distribution. */
  readonly target: number | readonly number[];
  /** The target as a distribution y (one-hot for a class index). */
  readonly y: readonly number[];
  /** Cross-entropy of the prediction against y. */
  readonly loss: number;
  /** ∂L/∂z = p − y, from the library's crossEntropyGradient. */
  readonly gradient: readonly number[];
}

export interface GradientPMinusYData {
  /** softmax(z), the prediction. */
  readonly p: readonly number[];
  readonly panels: readonly GradientPanel[];
  /** Largest |p_i − y_i| over all panels (for a common scale). */
  readonly maxAbs: number;
}

/**
 * The cross-entropy gradient with respect to the logits, p − y, class by class, for one or more
 * targets (a class index or a soft distribution). Its entries add up to 0 whenever y sums to 1.
 *
 * @example gradientPMinusYData([2, -1, 0.5], [2]).panels[0].gradient[2] // −0.8247…
 */
export function gradientPMinusYData(
  logits: readonly number[],
  targets: readonly (number | readonly number[])[],
): GradientPMinusYData {
  if (logits.length < 2) throw new RangeError('gradientPMinusYData needs at least two logits');
  if (targets.length === 0) throw new RangeError('gradientPMinusYData needs a target');
  const p = softmax(logits);
  const panels = targets.map((target) => {
    const gradient = crossEntropyGradient(logits, target);
    const y = typeof target === 'number' ? oneHot(target, logits.length) : [...target];
    return { target, y, loss: crossEntropy(logits, target), gradient };
  });
  const maxAbs = Math.max(...panels.flatMap((panel) => panel.gradient.map(Math.abs)));
  return { p, panels, maxAbs };
}
