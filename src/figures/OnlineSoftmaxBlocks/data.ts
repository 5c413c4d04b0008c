import {
  mergeSoftmaxStates,
  onlineSoftmax,
  onlineSoftmaxWeightedSum,
  softmax,
  softmaxState,
  type SoftmaxState,
} from '../../lib/math';

export interface OnlineBlock {
  /** Index of the block's first score in the whole vector. */
  readonly start: number;
  /** The block's scores. */
  readonly scores: readonly number[];
  /** Index, inside the block, of the block's largest score. */
  readonly top: number;
  /** The running state before the block (the empty state before the first). */
  readonly before: SoftmaxState;
  /** The running state after the block (mergeSoftmaxStates of `before` and the block's state). */
  readonly after: SoftmaxState;
  /** e^(m_old − m_new), the factor applied to the old sum; 0 before the first block (nothing to rescale). */
  readonly factor: number;
  /** The old sum as it enters the new one: before.l · factor. */
  readonly oldPart: number;
  /** The block's own terms on the new scale: Σ e^(x_i − m_new) over the block. */
  readonly newPart: number;
  /** Σ p_i v_i over the scores seen so far (softmax of those only), when values are given. */
  readonly output: number | undefined;
}

export interface OnlineSoftmaxBlocksData {
  readonly blocks: readonly OnlineBlock[];
  /** The final state, which is the two-pass state of the whole vector. */
  readonly final: SoftmaxState;
  /** The two-pass state: max of all scores and Σ e^(x_i − max), in one go. */
  readonly twoPass: SoftmaxState;
  /** The online softmax (onlineSoftmax with this block size) and the two-pass one. */
  readonly p: readonly number[];
  readonly pTwoPass: readonly number[];
  /** The weighted sum computed online and from the two-pass softmax (undefined without values). */
  readonly output: number | undefined;
  readonly outputTwoPass: number | undefined;
}

/**
 * The blocks of an online softmax walked left to right: the running maximum m and sum ℓ after
 * each block, the factor e^(m_old − m_new) that rescales the old sum, and how the new ℓ splits
 * into the rescaled old sum and the block's own terms. With values, also the softmax-weighted
 * average of the values seen so far (FlashAttention's running output).
 *
 * @example onlineSoftmaxBlocksData([1, 3, 2, 5, 4, 0], 2).blocks[1].factor // e^(3 − 5) = 0.1353…
 */
export function onlineSoftmaxBlocksData(
  scores: readonly number[],
  block: number,
  values?: readonly number[],
): OnlineSoftmaxBlocksData {
  if (scores.length === 0) throw new RangeError('onlineSoftmaxBlocksData needs at least one score');
  if (!scores.every(Number.isFinite))
    throw new RangeError('onlineSoftmaxBlocksData needs finite scores');
  if (!Number.isInteger(block) || block < 1)
    throw new RangeError('onlineSoftmaxBlocksData needs an integer block size >= 1');
  if (values !== undefined && values.length !== scores.length)
    throw new RangeError('onlineSoftmaxBlocksData needs one value per score');
  const rows = values?.map((v) => [v]);
  const blocks: OnlineBlock[] = [];
  let state: SoftmaxState = { m: -Infinity, l: 0 };
  for (let start = 0; start < scores.length; start += block) {
    const part = scores.slice(start, start + block);
    const own = softmaxState(part);
    const after = mergeSoftmaxStates(state, own);
    const factor = state.m === -Infinity ? 0 : Math.exp(state.m - after.m);
    const end = start + part.length;
    blocks.push({
      start,
      scores: part,
      top: part.indexOf(own.m),
      before: state,
      after,
      factor,
      oldPart: state.l * factor,
      newPart: own.l * Math.exp(own.m - after.m),
      output:
        rows === undefined
          ? undefined
          : onlineSoftmaxWeightedSum(scores.slice(0, end), rows.slice(0, end), block)[0],
    });
    state = after;
  }
  const pTwoPass = softmax(scores);
  return {
    blocks,
    final: state,
    twoPass: softmaxState(scores),
    p: onlineSoftmax(scores, block),
    pTwoPass,
    output: rows === undefined ? undefined : onlineSoftmaxWeightedSum(scores, rows, block)[0],
    outputTwoPass:
      values === undefined ? undefined : pTwoPass.reduce((s, p, i) => s + p * values[i]!, 0),
  };
}
