import { argmax, softmax } from '../../lib/math';

export interface ClassifierHeadData {
  readonly hidden: number;
  /** How many hidden units the diagram draws (the rest are an ellipsis). */
  readonly hiddenShown: number;
  readonly logits: readonly number[];
  readonly p: readonly number[];
  /** The predicted class (argmax of the logits, hence of p). */
  readonly k: number;
  /** Number of weights and biases of the last layer: hidden × classes + classes. */
  readonly parameters: number;
}

/**
 * The last layers of a classifier with worked numbers: hidden units → logits → softmax → argmax.
 *
 * @example classifierHeadData([0, 1, 0], 84).k // 1
 */
export function classifierHeadData(
  logits: readonly number[],
  hidden = 84,
  maxShown = 7,
): ClassifierHeadData {
  if (logits.length < 2) throw new RangeError('classifierHeadData needs at least two logits');
  if (!Number.isInteger(hidden) || hidden < 1)
    throw new RangeError('hidden must be a positive integer');
  const p = softmax(logits);
  return {
    hidden,
    hiddenShown: Math.min(hidden, maxShown),
    logits,
    p,
    k: argmax(p),
    parameters: hidden * logits.length + logits.length,
  };
}
