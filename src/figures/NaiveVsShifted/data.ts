import { expInFormat, roundToFormat, softmax, type FloatFormatName } from '../../lib/math';

/** One pipeline: the values after each stage, as a program in the given format computes them. */
export interface Pipeline {
  /** What is exponentiated: the logits (naive) or the logits minus their maximum (shifted). */
  readonly inputs: readonly number[];
  /** e^input, rounded to the format: Infinity or 0 when it overflows or underflows. */
  readonly exps: readonly number[];
  /** The sum of the exponentials (rounded to the format). */
  readonly sum: number;
  /** Each exponential divided by the sum: NaN for ∞/∞ and 0/0. */
  readonly probabilities: readonly number[];
  /** True when every probability is finite. */
  readonly ok: boolean;
}

export interface NaiveVsShiftedData {
  readonly logits: readonly number[];
  readonly format: FloatFormatName;
  /** The largest logit m, subtracted by the shifted pipeline. */
  readonly max: number;
  readonly naive: Pipeline;
  readonly shifted: Pipeline;
  /** The library's softmax, for comparison (equal to the shifted pipeline in float64). */
  readonly reference: readonly number[];
}

const run = (inputs: readonly number[], format: FloatFormatName): Pipeline => {
  const exps = inputs.map((x) => expInFormat(x, format));
  const sum = exps.reduce((a, e) => roundToFormat(a + e, format), 0);
  const probabilities = exps.map((e) => roundToFormat(e / sum, format));
  return { inputs, exps, sum, probabilities, ok: probabilities.every(Number.isFinite) };
};

/**
 * The textbook softmax e^z / Σ e^z and the shifted one e^(z−m) / Σ e^(z−m), stage by stage, in one
 * floating-point format (every intermediate rounded to it).
 *
 * @example naiveVsShiftedData([1000, 1001, 1002]).naive.probabilities // [NaN, NaN, NaN]
 */
export function naiveVsShiftedData(
  logits: readonly number[],
  format: FloatFormatName = 'float64',
): NaiveVsShiftedData {
  if (logits.length === 0) throw new RangeError('naiveVsShiftedData needs at least one logit');
  if (!logits.every(Number.isFinite))
    throw new RangeError('naiveVsShiftedData needs finite logits');
  const max = Math.max(...logits);
  return {
    logits,
    format,
    max,
    naive: run(logits, format),
    shifted: run(
      logits.map((z) => roundToFormat(z - max, format)),
      format,
    ),
    reference: softmax(logits),
  };
}
