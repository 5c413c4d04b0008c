import { doubleArray } from './doubleArray';
import { mergeSoftmaxStates } from './mergeSoftmaxStates';
import { softmaxState, type SoftmaxState } from './softmaxState';

/**
 * The softmax-weighted sum Σ_i softmax(scores)_i · v_i of the rows v_i of
 * `values` (the output of one attention query), computed in a single pass
 * over blocks of `blockSize` rows, as FlashAttention does: besides the
 * softmax state {m, l} it keeps the unnormalised output o = Σ_i e^{z_i − m} v_i
 * and, when a block raises the maximum from m_old to m_new, rescales both l
 * and o by e^{m_old − m_new}. The division by l happens once, at the end, so
 * the n weights are never stored.
 *
 * Equals softmax(scores) followed by the weighted sum, up to rounding.
 * Conventions: empty → []; any NaN or +Infinity score, or all −Infinity →
 * all NaN (the weights are NaN); a row whose weight is 0 (a −Infinity,
 * masked, score, or one that underflows) is skipped, so whatever it holds,
 * even NaN, does not leak into the output. Throws a RangeError when blockSize is not an
 * integer ≥ 1, when values does not have one row per score, or when the rows
 * differ in length.
 *
 * @example
 * onlineSoftmaxWeightedSum([0, 0], [[1, 0], [0, 1]], 1); // [0.5, 0.5]
 * onlineSoftmaxWeightedSum([Math.log(3), 0], [[1], [5]], 1); // [2]
 * onlineSoftmaxWeightedSum([0, -Infinity], [[7], [100]], 2); // [7]
 */
export function onlineSoftmaxWeightedSum(
  scores: ArrayLike<number>,
  values: ArrayLike<ArrayLike<number>>,
  blockSize: number,
): number[] {
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new RangeError(`blockSize must be an integer >= 1, got ${String(blockSize)}`);
  }
  const n = scores.length;
  if (values.length !== n) {
    throw new RangeError(`values has ${values.length} rows, expected one per score (${n})`);
  }
  if (n === 0) return [];
  const d = (values[0] as ArrayLike<number>).length;
  for (let i = 1; i < n; i++) {
    if ((values[i] as ArrayLike<number>).length !== d) {
      throw new RangeError(
        `row ${i} of values has length ${(values[i] as ArrayLike<number>).length}, expected ${d}`,
      );
    }
  }
  let state: SoftmaxState = { m: -Infinity, l: 0 };
  const o = doubleArray(d).fill(0);
  const ob = doubleArray(d);
  for (let b = 0; b < n; b += blockSize) {
    const end = Math.min(b + blockSize, n);
    const block = softmaxState(Array.prototype.slice.call(scores, b, end));
    ob.fill(0);
    if (Number.isFinite(block.m)) {
      for (let i = b; i < end; i++) {
        const w = Math.exp((scores[i] as number) - block.m);
        if (w === 0) continue;
        const v = values[i] as ArrayLike<number>;
        for (let j = 0; j < d; j++) ob[j] = (ob[j] as number) + w * (v[j] as number);
      }
    }
    const next = mergeSoftmaxStates(state, block);
    if (Number.isFinite(next.m)) {
      // One of the two factors is e^0 = 1; the other rescales the part with the smaller maximum.
      const oldScale = state.m === next.m ? 1 : Math.exp(state.m - next.m);
      const newScale = block.m === next.m ? 1 : Math.exp(block.m - next.m);
      for (let j = 0; j < d; j++) o[j] = (o[j] as number) * oldScale + (ob[j] as number) * newScale;
    }
    state = next;
  }
  if (!Number.isFinite(state.m) || !(state.l > 0)) return o.fill(NaN);
  for (let j = 0; j < d; j++) o[j] = (o[j] as number) / state.l;
  return o;
}
