import type { SoftmaxState } from './softmaxState';

/**
 * Merges the online-softmax states of two disjoint groups of logits into the
 * state of their union (Milakov & Gimelshein's online normaliser, the core of
 * FlashAttention): with m = max(a.m, b.m),
 *
 * l = a.l · e^{a.m − m} + b.l · e^{b.m − m}.
 *
 * One of the two factors is e^0 = 1, so only the smaller state is rescaled,
 * by one exponential that cannot overflow (its argument is ≤ 0). The merge is
 * exactly commutative (bit for bit) and associative up to rounding (a few
 * ulps of l); the empty state {m: −Infinity, l: 0} is its identity, and two
 * empty states give the empty state (not e^{−∞ + ∞} = NaN). NaN and +Infinity
 * states absorb everything (see {@link SoftmaxState}).
 *
 * @example
 * mergeSoftmaxStates({ m: 0, l: 1 }, { m: 0, l: 1 }); // { m: 0, l: 2 }
 * mergeSoftmaxStates({ m: 2, l: 1 }, { m: 0.5, l: 1.22313016014843 }); // { m: 2, l: 1.2729172285162937 }  (the states of [2] and [-1, 0.5])
 * mergeSoftmaxStates({ m: -Infinity, l: 0 }, { m: 3, l: 1.5 }); // { m: 3, l: 1.5 }
 * mergeSoftmaxStates({ m: -Infinity, l: 0 }, { m: -Infinity, l: 0 }); // { m: -Infinity, l: 0 }
 */
export function mergeSoftmaxStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  if (a.m === -Infinity && b.m === -Infinity) return { m: -Infinity, l: a.l + b.l };
  if (a.m !== a.m || b.m !== b.m) return { m: NaN, l: NaN };
  if (a.m === Infinity || b.m === Infinity) return { m: Infinity, l: NaN };
  return a.m >= b.m
    ? { m: a.m, l: a.l + b.l * Math.exp(b.m - a.m) }
    : { m: b.m, l: b.l + a.l * Math.exp(a.m - b.m) };
}
