import { sigmoid, softmax } from '../../lib/math';

export interface SoftmaxVsSigmoidsData {
  readonly logits: readonly number[];
  /** Softmax over all labels: shares of one whole. */
  readonly softmax: readonly number[];
  /** One sigmoid per label: independent yes/no probabilities. */
  readonly sigmoids: readonly number[];
  readonly softmaxSum: number;
  readonly sigmoidSum: number;
  /** Labels read as present (probability above 1/2) by each route. */
  readonly presentBySoftmax: readonly boolean[];
  readonly presentBySigmoid: readonly boolean[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The same logits through a softmax (rivals sharing 1) and through independent sigmoids, with the
 * labels each route calls present at the 1/2 threshold.
 *
 * @example softmaxVsSigmoidsData([3, 2.5, -1, -2]).presentBySigmoid // [true, true, false, false]
 */
export function softmaxVsSigmoidsData(logits: readonly number[]): SoftmaxVsSigmoidsData {
  if (logits.length === 0) throw new RangeError('softmaxVsSigmoidsData needs at least one logit');
  const p = softmax(logits);
  const s = logits.map((z) => sigmoid(z));
  return {
    logits,
    softmax: p,
    sigmoids: s,
    softmaxSum: sum(p),
    sigmoidSum: sum(s),
    presentBySoftmax: p.map((v) => v > 0.5),
    presentBySigmoid: s.map((v) => v > 0.5),
  };
}
