import { argmax, softmax } from '../../lib/math';

export interface GradientPoint {
  readonly x: number;
  /** ∂σ(z/T)_k / ∂z_k = σ_k(1 − σ_k) / T at this value of logit k. */
  readonly y: number;
}

export interface GradientCurve {
  readonly t: number;
  readonly points: readonly GradientPoint[];
  /** The largest value over all z_k: 1/(4T), reached where σ_k = 1/2. */
  readonly peak: number;
  /** Where the peak sits: z_k = T·ln(Σ_{j≠k} e^{z_j/T}), the logit at which σ_k = 1/2. */
  readonly peakAt: number;
  /** Area under the curve over the plotted range: σ_k(to) − σ_k(from), close to 1. */
  readonly area: number;
}

export interface ArgmaxGradientData {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  /** Where argmax's answer for class k jumps (the largest other logit): no derivative there. */
  readonly threshold: number;
  /** One curve per temperature, in the order given. */
  readonly curves: readonly GradientCurve[];
  /** Derivative of argmax's one-hot answer for class k away from the threshold: always 0. */
  readonly argmaxSlope: 0;
  /** Argmax's answer for class k below and above the threshold (0, then 1). */
  readonly argmaxBelow: number;
  readonly argmaxAbove: number;
}

const share = (logits: readonly number[], index: number, t: number) =>
  softmax(logits, { temperature: t })[index]!;

/**
 * The slope of class k's probability along its own logit, σ_k(1 − σ_k)/T, at several
 * temperatures, against the slope of argmax's one-hot answer (0 except at the jump). As T
 * shrinks the softmax curve grows taller (peak 1/(4T)) and narrower while its area stays the
 * total rise of σ_k, about 1: it tends to a spike at the jump, not to argmax's zero.
 *
 * @example argmaxGradientData([2, -1, 0.5], 0, [1]).curves[0].peak // 0.25
 */
export function argmaxGradientData(
  logits: readonly number[],
  index = 0,
  temperatures: readonly number[] = [1, 0.5, 0.25],
  from = -4,
  to = 5,
  samples = 281,
): ArgmaxGradientData {
  if (logits.length < 2) throw new RangeError('argmaxGradientData needs at least two logits');
  if (!Number.isInteger(index) || index < 0 || index >= logits.length)
    throw new RangeError(`no logit ${index}`);
  if (!(to > from) || samples < 2)
    throw new RangeError('argmaxGradientData needs from < to and two samples');
  if (temperatures.length === 0 || temperatures.some((t) => !(t > 0)))
    throw new RangeError('argmaxGradientData needs positive temperatures');
  const at = (x: number) => logits.map((z, i) => (i === index ? x : z));
  const others = logits.filter((_, i) => i !== index);
  const threshold = Math.max(...others);
  const curves = temperatures.map((t) => {
    const points: GradientPoint[] = [];
    for (let s = 0; s < samples; s++) {
      const x = from + ((to - from) * s) / (samples - 1);
      const p = share(at(x), index, t);
      points.push({ x, y: (p * (1 - p)) / t });
    }
    // σ_k = 1/2 exactly when e^{z_k/T} equals the sum of the other exponentials.
    const peakAt =
      threshold + t * Math.log(others.reduce((a, z) => a + Math.exp((z - threshold) / t), 0));
    return {
      t,
      points,
      peak: 1 / (4 * t),
      peakAt,
      area: share(at(to), index, t) - share(at(from), index, t),
    };
  });
  const answer = (x: number) => (argmax(at(x)) === index ? 1 : 0);
  return {
    index,
    from,
    to,
    threshold,
    curves,
    argmaxSlope: 0,
    argmaxBelow: answer(Math.min(from, threshold - 1)),
    argmaxAbove: answer(Math.max(to, threshold + 1)),
  };
}
