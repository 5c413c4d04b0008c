/**
 * The verdict of the SafeComputation island: computes softmax the naive way (e^z / Σ e^z, the
 * formula lesson 6 warns about) and the stable way (the library's softmax, which subtracts the
 * maximum first), compares the two results and, when they differ, names the cause. Pure, so it
 * is unit tested (tests/unit/islands/naiveVersusStable.test.ts); the island only displays it.
 *
 * "Finite" is not "right": for the logits (709.5, 709.5, 0) each e^z is finite but their sum
 * overflows, and the naive result is (0, 0, 0); for (−745, −744) the exponentials are subnormal
 * and the naive result is (1/3, 2/3) instead of (0.269, 0.731). Only a comparison catches both.
 */
import { softmax } from '../../lib/math';

/** Largest accepted difference between the naive and the stable probabilities. */
export const NAIVE_TOLERANCE = 1e-9;

/**
 * Why the naive result is wrong: an exponential or their sum became ∞ (`overflow`); an
 * exponential that matters rounded to 0, or all of them did (`underflow`); the exponentials
 * are subnormal (below 2⁻¹⁰²² ≈ 2.2 × 10⁻³⁰⁸ a double keeps fewer significant digits) or
 * otherwise too coarse, so their ratios are off (`precision`).
 */
export type NaiveFailure = 'overflow' | 'underflow' | 'precision';

export type NaiveVerdict =
  /** Within NAIVE_TOLERANCE of the stable result everywhere. */
  | { readonly kind: 'agrees'; readonly maxDiff: number }
  /** A finite naive result that differs from the stable one by more than NAIVE_TOLERANCE. */
  | { readonly kind: 'disagrees'; readonly failure: NaiveFailure; readonly maxDiff: number }
  /** No usable naive result at all (∞/∞ or 0/0 is not a number). */
  | { readonly kind: 'noResult'; readonly failure: NaiveFailure };

export interface NaiveVersusStable {
  /** e^z for each logit, computed directly (may be ∞ or 0). */
  readonly exps: readonly number[];
  readonly sum: number;
  /** e^z / Σ e^z (may contain non-finite values: never display them raw). */
  readonly naive: readonly number[];
  /** The library's softmax. */
  readonly stable: readonly number[];
  readonly verdict: NaiveVerdict;
}

/**
 * Both computations and the verdict.
 *
 * @example naiveVersusStable([1, 2, 3]).verdict.kind // 'agrees'
 * @example naiveVersusStable([709.5, 709.5, 0]).verdict // { kind: 'disagrees', failure: 'overflow', maxDiff: 0.5 }
 * @example naiveVersusStable([1000, 1001]).verdict // { kind: 'noResult', failure: 'overflow' }
 */
export function naiveVersusStable(logits: readonly number[]): NaiveVersusStable {
  const exps = logits.map((x) => Math.exp(x));
  const sum = exps.reduce((a, b) => a + b, 0);
  const naive = exps.map((e) => e / sum);
  const stable = softmax(logits);
  const failure = (): NaiveFailure => {
    if (sum === Infinity || exps.includes(Infinity)) return 'overflow';
    if (sum === 0 || exps.some((e, i) => e === 0 && (stable[i] ?? 0) > NAIVE_TOLERANCE))
      return 'underflow';
    return 'precision';
  };
  let verdict: NaiveVerdict;
  if (!naive.every(Number.isFinite)) {
    verdict = { kind: 'noResult', failure: failure() };
  } else {
    const maxDiff = naive.reduce((m, p, i) => Math.max(m, Math.abs(p - (stable[i] ?? 0))), 0);
    verdict =
      maxDiff <= NAIVE_TOLERANCE
        ? { kind: 'agrees', maxDiff }
        : { kind: 'disagrees', failure: failure(), maxDiff };
  }
  return { exps, sum, naive, stable, verdict };
}
