import { softmax } from '../../lib/math';

/** The three stages of softmax for one list of logits, as the figure draws them. */
export interface SoftmaxStagesData {
  readonly logits: readonly number[];
  /** e^z for every logit (not shifted: the figure shows the plain recipe). */
  readonly exps: readonly number[];
  /** Sum of the exponentials. */
  readonly sum: number;
  /** The softmax probabilities: exps / sum, computed by the library. */
  readonly shares: readonly number[];
  /** Smallest and largest value the logit axis must show (always includes 0). */
  readonly logitRange: readonly [number, number];
}

/**
 * Logits → exponentials → shares, for the "three stages" figure.
 *
 * @example softmaxStagesData([2, -1, 0.5]).sum // 9.4060…
 */
export function softmaxStagesData(logits: readonly number[]): SoftmaxStagesData {
  if (logits.length === 0) throw new RangeError('softmaxStagesData needs at least one logit');
  const exps = logits.map((z) => Math.exp(z));
  const sum = exps.reduce((a, b) => a + b, 0);
  if (!Number.isFinite(sum))
    throw new RangeError('softmaxStagesData: the exponentials overflow; use smaller logits');
  return {
    logits,
    exps,
    sum,
    shares: softmax(logits),
    logitRange: [Math.min(0, ...logits), Math.max(0, ...logits)],
  };
}
