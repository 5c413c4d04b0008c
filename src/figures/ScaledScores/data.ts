import { softmax, softmaxJacobian } from '../../lib/math';

export interface ScaleSample {
  /** Key dimension d. */
  readonly d: number;
  /** Weights when the raw scores √d·u are used as they are (no 1/√d). */
  readonly raw: readonly number[];
  /** Weights with the 1/√d scale: softmax(u), the same for every d. */
  readonly scaled: readonly number[];
  /** Largest |J_ij| of the softmax Jacobian at `raw` and at `scaled`. */
  readonly jRaw: number;
  readonly jScaled: number;
}

export interface ScaledScoresData {
  /** Samples at log-spaced d from `from` to `to`, both included. */
  readonly curve: readonly ScaleSample[];
  /** The lesson's dimensions, computed exactly. */
  readonly marks: readonly ScaleSample[];
}

const largestEntry = (p: readonly number[]) =>
  Math.max(
    ...softmaxJacobian(p)
      .flat()
      .map((v) => Math.abs(v)),
  );

/**
 * A row of attention scores whose scaled form is u: without the 1/√d scale the softmax sees
 * √d·u, whose gaps grow with d, so the weights saturate towards one-hot and the largest entry
 * of the Jacobian shrinks; with the scale it sees u for every d.
 *
 * @example scaledScoresData([1, 0.5, 0], [64]).marks[0].raw[0] // 0.981…
 */
export function scaledScoresData(
  u: readonly number[],
  marks: readonly number[] = [],
  from = 1,
  to = 256,
  samples = 121,
): ScaledScoresData {
  if (u.length < 2) throw new RangeError('scaledScoresData needs at least two scores');
  if (!(from > 0) || !(to > from) || samples < 2)
    throw new RangeError('scaledScoresData needs 0 < from < to');
  if (marks.some((d) => !(d > 0))) throw new RangeError('scaledScoresData needs positive d');
  const scaled = softmax(u);
  const jScaled = largestEntry(scaled);
  const at = (d: number): ScaleSample => {
    const raw = softmax(u.map((v) => Math.sqrt(d) * v));
    return { d, raw, scaled, jRaw: largestEntry(raw), jScaled };
  };
  const ratio = Math.log(to / from);
  const curve = Array.from({ length: samples }, (_, s) =>
    at(s === samples - 1 ? to : from * Math.exp((ratio * s) / (samples - 1))),
  );
  return { curve, marks: marks.map(at) };
}
