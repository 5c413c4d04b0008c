import { argmax } from './argmax';
import { doubleArray } from './doubleArray';
import { resolveTemperature, type TemperatureOptions } from './resolveTemperature';
import { shiftedExpSum } from './shiftedExpSum';

/**
 * The intermediates of the stable softmax, as shown in the worked examples.
 *
 * @example
 * const steps: SoftmaxSteps = softmaxSteps([1, 2]);
 * steps.shifted; // [-1, 0]
 */
export interface SoftmaxSteps {
  /** The temperature T used (1 by default). */
  readonly temperature: number;
  /** Index of the (first) maximal logit; −1 for empty input (see {@link argmax}). */
  readonly argmax: number;
  /** max z = max(logits) / T (−Infinity for empty input). */
  readonly max: number;
  /** d_i = (x_i − max) / T = z_i − max z, computed shift first, then scale. */
  readonly shifted: number[];
  /** e_i = e^{d_i}, each in [0, 1]; the maximal entry is exactly 1. */
  readonly exps: number[];
  /** S = Σ_i e_i, in [1, n]. */
  readonly sum: number;
  /** p_i = e_i / S (identical to {@link softmax}). */
  readonly probabilities: number[];
  /** log Σ_i e^{z_i} = max z + log S (identical to {@link logSumExp}). */
  readonly logSumExp: number;
}

/**
 * The stable softmax computation as a trace: max, shifted logits, exps, sum
 * and probabilities — the numbers the worked-example islands print.
 * The probabilities and logSumExp are bit-identical to {@link softmax} and
 * {@link logSumExp}.
 *
 * Non-finite inputs follow the softmax conventions: with a NaN, +Infinity or
 * all −Infinity logits every array is NaN-filled and sum is NaN (max and
 * logSumExp keep their meaning: NaN, +Infinity, −Infinity). Empty input gives
 * empty arrays, sum 0, max and logSumExp −Infinity.
 *
 * @example
 * softmaxSteps([2, -1, 0.5]);
 * // { temperature: 1, argmax: 0, max: 2, shifted: [0, -3, -1.5],
 * //   exps: [1, 0.049787068367863944, 0.22313016014842982], sum: 1.2729172285162937,
 * //   probabilities: [0.7855970345892759, 0.039112573270687456, 0.1752903921400367],
 * //   logSumExp: 2.241311296657157 }
 */
export function softmaxSteps(
  logits: ArrayLike<number>,
  options?: TemperatureOptions,
): SoftmaxSteps {
  const temperature = resolveTemperature(options);
  const n = logits.length;
  const k = argmax(logits);
  if (n === 0) {
    return {
      temperature,
      argmax: -1,
      max: -Infinity,
      shifted: [],
      exps: [],
      sum: 0,
      probabilities: [],
      logSumExp: -Infinity,
    };
  }
  const rawMax = logits[k] as number;
  const max = rawMax / temperature;
  if (!Number.isFinite(rawMax)) {
    const nan = (): number[] => doubleArray(n).fill(NaN);
    return {
      temperature,
      argmax: k,
      max,
      shifted: nan(),
      exps: nan(),
      sum: NaN,
      probabilities: nan(),
      logSumExp: rawMax,
    };
  }
  const shifted = doubleArray(n);
  for (let i = 0; i < n; i++) shifted[i] = ((logits[i] as number) - rawMax) / temperature;
  const exps = doubleArray(n);
  const rest = shiftedExpSum(logits, k, rawMax, temperature, exps);
  const sum = 1 + rest;
  const probabilities = doubleArray(n);
  for (let i = 0; i < n; i++) probabilities[i] = (exps[i] as number) / sum;
  return {
    temperature,
    argmax: k,
    max,
    shifted,
    exps,
    sum,
    probabilities,
    logSumExp: max + Math.log1p(rest),
  };
}
