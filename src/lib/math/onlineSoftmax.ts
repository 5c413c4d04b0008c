import { doubleArray } from './doubleArray';
import { mergeSoftmaxStates } from './mergeSoftmaxStates';
import { softmaxState, type SoftmaxState } from './softmaxState';

/**
 * Softmax computed the online way, as FlashAttention does it: one pass over
 * the logits in blocks of `blockSize`, keeping only the running state
 * {m, l} ({@link softmaxState} of each block, folded in with
 * {@link mergeSoftmaxStates}: when a block raises the maximum, the sum so far
 * is rescaled by e^{m_old − m_new}), then p_i = e^{z_i − m} / l.
 *
 * The result equals the two-pass {@link softmax} up to rounding (the sum is
 * accumulated block by block, so the relative error of l grows with the
 * number of blocks, about one ulp per block); any block size gives the same
 * distribution. Conventions, as softmax: empty → []; any NaN or +Infinity
 * logit, or all −Infinity → all NaN; −Infinity entries get 0. Throws a
 * RangeError when blockSize is not an integer ≥ 1.
 *
 * @example
 * onlineSoftmax([2, -1, 0.5], 2); // [0.7855970345892759, 0.039112573270687456, 0.1752903921400367]
 * onlineSoftmax([0, -Infinity, 0], 1); // [0.5, 0, 0.5]
 * onlineSoftmax([], 4); // []
 * onlineSoftmax([1, 2], 0); // throws RangeError
 */
export function onlineSoftmax(logits: ArrayLike<number>, blockSize: number): number[] {
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new RangeError(`blockSize must be an integer >= 1, got ${String(blockSize)}`);
  }
  const n = logits.length;
  let state: SoftmaxState = { m: -Infinity, l: 0 };
  for (let b = 0; b < n; b += blockSize) {
    state = mergeSoftmaxStates(
      state,
      softmaxState(Array.prototype.slice.call(logits, b, b + blockSize)),
    );
  }
  const out = doubleArray(n);
  const { m, l } = state;
  for (let i = 0; i < n; i++) out[i] = Math.exp((logits[i] as number) - m) / l;
  return out;
}
