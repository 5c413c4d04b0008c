/**
 * The verdict of the SafeComputation island: computes softmax the naive way (e^z / Σ e^z, the
 * formula lesson 6 warns about) and the stable way (subtract the maximum first), in one of four
 * floating-point formats, compares the two results and, when they differ, names the cause. Pure,
 * so it is unit tested (tests/unit/islands/naiveVersusStable.test.ts); the island only displays it.
 *
 * In float64 the stable result is the library's softmax. In float32, float16 and bfloat16 both
 * recipes are emulated with the library's rounding (src/lib/math: roundToFormat, expInFormat):
 * the logits are stored in the format, and every exponential, every partial sum, every shift and
 * every quotient is rounded to it, as a program that computes in that format does. So the naive
 * formula overflows once a logit passes ln(largest finite value) of the format (≈ 709.78, 88.72,
 * 11.09, 88.72), while the shifted one never does.
 *
 * "Finite" is not "right": for the logits (709.5, 709.5, 0) each e^z is finite but their sum
 * overflows, and the naive result is (0, 0, 0); for (−745, −744) the exponentials are subnormal
 * and the naive result is (1/3, 2/3) instead of (0.269, 0.731). Only a comparison catches both.
 */
import {
  expInFormat,
  floatFormat,
  roundToFormat,
  softmax,
  type FloatFormatName,
} from '../../lib/math';

/** The formats of the precision switch, widest first. */
export const FORMATS = [
  'float64',
  'float32',
  'float16',
  'bfloat16',
] as const satisfies readonly FloatFormatName[];

/** Largest accepted difference between the naive and the stable probabilities in float64. */
export const NAIVE_TOLERANCE = 1e-9;

/**
 * Largest accepted difference between the naive and the stable probabilities in a format:
 * 10⁻⁹ in float64, 8 machine epsilons in the narrower formats. Both recipes round a dozen
 * times, so two correct results can differ by a few units of the last place (at most 4ε in
 * 3000 random cases of up to 10 logits in the normal range, tests/unit/islands); 8ε is about
 * 9.5 × 10⁻⁷ in float32, 0.0078 in float16 and 0.0625 in bfloat16, whose 8 significant bits
 * give barely more than two decimal digits.
 *
 * @example naiveTolerance('float16') // 0.0078125
 */
export function naiveTolerance(format: FloatFormatName): number {
  return format === 'float64' ? NAIVE_TOLERANCE : 8 * floatFormat(format).epsilon;
}

/**
 * Why the naive result is wrong: an exponential or their sum became ∞ (`overflow`); an
 * exponential that matters rounded to 0, or all of them did (`underflow`); the exponentials
 * are subnormal (below the format's smallest normal number, e.g. 2⁻¹⁰²² ≈ 2.2 × 10⁻³⁰⁸ in a
 * double, fewer significant digits are kept) or otherwise too coarse, so their ratios are off
 * (`precision`).
 */
export type NaiveFailure = 'overflow' | 'underflow' | 'precision';

export type NaiveVerdict =
  /** Within the format's tolerance of the stable result everywhere. */
  | { readonly kind: 'agrees'; readonly maxDiff: number }
  /** A finite naive result that differs from the stable one by more than the tolerance. */
  | { readonly kind: 'disagrees'; readonly failure: NaiveFailure; readonly maxDiff: number }
  /** No usable naive result at all (∞/∞ or 0/0 is not a number). */
  | { readonly kind: 'noResult'; readonly failure: NaiveFailure }
  /** A logit itself does not fit in the format (it is stored as ±∞): neither recipe can start. */
  | { readonly kind: 'unrepresentable'; readonly index: number };

export interface NaiveVersusStable {
  readonly format: FloatFormatName;
  /** The logits as the format stores them (rounded; may be ±∞ when the verdict is 'unrepresentable'). */
  readonly stored: readonly number[];
  /** e^z for each stored logit, computed directly in the format (may be ∞ or 0). */
  readonly exps: readonly number[];
  /** Σ e^z, added left to right in the format. */
  readonly sum: number;
  /** e^z / Σ e^z (may contain non-finite values: never display them raw). */
  readonly naive: readonly number[];
  /** The stable recipe's steps in the format (empty lists when the verdict is 'unrepresentable'). */
  readonly max: number;
  readonly shifted: readonly number[];
  readonly shiftedExps: readonly number[];
  readonly shiftedSum: number;
  /** The stable probabilities (in float64, the library's softmax). */
  readonly stable: readonly number[];
  readonly verdict: NaiveVerdict;
}

/** a₁ + a₂ + … added left to right, each partial sum rounded to the format. */
function sumIn(values: readonly number[], format: FloatFormatName): number {
  return values.reduce((a, b) => roundToFormat(a + b, format), 0);
}

/**
 * Both computations in `format` (default float64) and the verdict.
 *
 * @example naiveVersusStable([1, 2, 3]).verdict.kind // 'agrees'
 * @example naiveVersusStable([709.5, 709.5, 0]).verdict // { kind: 'disagrees', failure: 'overflow', maxDiff: 0.5 }
 * @example naiveVersusStable([1000, 1001]).verdict // { kind: 'noResult', failure: 'overflow' }
 * @example naiveVersusStable([88, 89], 'float32').verdict // { kind: 'noResult', failure: 'overflow' }
 * @example naiveVersusStable([11, 12], 'float16').verdict // { kind: 'noResult', failure: 'overflow' }
 * @example naiveVersusStable([70000, 0], 'float16').verdict // { kind: 'unrepresentable', index: 0 }
 */
export function naiveVersusStable(
  logits: readonly number[],
  format: FloatFormatName = 'float64',
): NaiveVersusStable {
  const r = (x: number) => roundToFormat(x, format);
  const stored = logits.map(r);
  const exps = stored.map((x) => expInFormat(x, format));
  const sum = sumIn(exps, format);
  const naive = exps.map((e) => r(e / sum));
  const tooWide = stored.findIndex((x) => !Number.isFinite(x));
  if (tooWide >= 0) {
    return {
      format,
      stored,
      exps,
      sum,
      naive,
      max: NaN,
      shifted: [],
      shiftedExps: [],
      shiftedSum: NaN,
      stable: [],
      verdict: { kind: 'unrepresentable', index: tooWide },
    };
  }
  const max = Math.max(...stored);
  const shifted = stored.map((x) => r(x - max));
  const shiftedExps = shifted.map((d) => expInFormat(d, format));
  const shiftedSum = sumIn(shiftedExps, format);
  const stable = format === 'float64' ? softmax(stored) : shiftedExps.map((e) => r(e / shiftedSum));
  const tolerance = naiveTolerance(format);
  const failure = (): NaiveFailure => {
    if (sum === Infinity || exps.includes(Infinity)) return 'overflow';
    if (sum === 0 || exps.some((e, i) => e === 0 && (stable[i] ?? 0) > tolerance))
      return 'underflow';
    return 'precision';
  };
  let verdict: NaiveVerdict;
  if (!naive.every(Number.isFinite)) {
    verdict = { kind: 'noResult', failure: failure() };
  } else {
    const maxDiff = naive.reduce((m, p, i) => Math.max(m, Math.abs(p - (stable[i] ?? 0))), 0);
    verdict =
      maxDiff <= tolerance
        ? { kind: 'agrees', maxDiff }
        : { kind: 'disagrees', failure: failure(), maxDiff };
  }
  return {
    format,
    stored,
    exps,
    sum,
    naive,
    max,
    shifted,
    shiftedExps,
    shiftedSum,
    stable,
    verdict,
  };
}
