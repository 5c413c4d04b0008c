import { entropy, softmax } from '../../lib/math';

export interface TemperatureSample {
  readonly t: number;
  readonly p: readonly number[];
  /** Entropy of p in nats. */
  readonly h: number;
}

export interface TemperatureSweepData {
  /** Samples at log-spaced temperatures from `from` to `to`, both included. */
  readonly curve: readonly TemperatureSample[];
  /** The marked temperatures of the lesson, computed exactly. */
  readonly marks: readonly TemperatureSample[];
  /** ln n, the entropy of the uniform distribution (the ceiling of H). */
  readonly hMax: number;
}

/**
 * p_i(T) = softmax(z / T)_i and H(T) on a log-T grid, plus the lesson's marked temperatures.
 *
 * @example temperatureSweepData([2, -1, 0.5], [1]).marks[0].p[0] // 0.7856…
 */
export function temperatureSweepData(
  logits: readonly number[],
  marks: readonly number[] = [],
  from = 0.05,
  to = 20,
  samples = 161,
): TemperatureSweepData {
  if (logits.length === 0) throw new RangeError('temperatureSweepData needs at least one logit');
  if (!(from > 0) || !(to > from) || samples < 2)
    throw new RangeError('temperatureSweepData needs 0 < from < to');
  const at = (t: number): TemperatureSample => {
    const p = softmax(logits, { temperature: t });
    return { t, p, h: entropy(p) };
  };
  const ratio = Math.log(to / from);
  const curve = Array.from({ length: samples }, (_, s) =>
    at(s === samples - 1 ? to : from * Math.exp((ratio * s) / (samples - 1))),
  );
  return { curve, marks: marks.map(at), hMax: Math.log(logits.length) };
}
