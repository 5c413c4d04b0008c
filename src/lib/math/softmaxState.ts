import { argmax } from './argmax';
import { shiftedExpSum } from './shiftedExpSum';

/**
 * The running state of an online softmax over the logits seen so far:
 * m = their maximum and l = Σ_i e^{z_i − m}. Together they give
 * logSumExp = m + log l and softmax_i = e^{z_i − m} / l, and two states merge
 * exactly ({@link mergeSoftmaxStates}), so a softmax can be computed block by
 * block without storing the blocks.
 *
 * The empty state {m: −Infinity, l: 0} (no logits, or only masked ones) is
 * the identity of the merge. A NaN logit gives {m: NaN, l: NaN} and a
 * +Infinity logit {m: Infinity, l: NaN}; both stay so after any merge, and
 * the softmax computed from them is NaN, as in {@link softmax}.
 *
 * @example
 * softmaxState([0, 0]); // { m: 0, l: 2 }
 */
export interface SoftmaxState {
  /** Running maximum of the logits (−Infinity when none is finite). */
  readonly m: number;
  /** Running sum Σ_i e^{z_i − m} (0 for the empty state, ≥ 1 otherwise). */
  readonly l: number;
}

/**
 * The online-softmax state {m, l} of one block of logits: m = max_i z_i and
 * l = Σ_i e^{z_i − m}, computed like {@link logSumExp} (the maximum
 * contributes exactly 1, the rest is summed with the library's blocked
 * compensated sum), so m + log l is the block's log-sum-exp.
 *
 * Conventions: empty or all −Infinity → {m: −Infinity, l: 0} (the identity
 * of {@link mergeSoftmaxStates}); any NaN → {m: NaN, l: NaN}; any +Infinity
 * (and no NaN) → {m: Infinity, l: NaN}.
 *
 * @example
 * softmaxState([2, -1, 0.5]); // { m: 2, l: 1.2729172285162937 }
 * softmaxState([1000, 1000]); // { m: 1000, l: 2 }
 * softmaxState([]); // { m: -Infinity, l: 0 }
 * softmaxState([-Infinity, -Infinity]); // { m: -Infinity, l: 0 }
 */
export function softmaxState(block: ArrayLike<number>): SoftmaxState {
  if (block.length === 0) return { m: -Infinity, l: 0 };
  const k = argmax(block);
  const m = block[k] as number;
  if (m === -Infinity) return { m, l: 0 };
  if (!Number.isFinite(m)) return { m, l: NaN };
  return { m, l: 1 + shiftedExpSum(block, k, m, 1, null) };
}
