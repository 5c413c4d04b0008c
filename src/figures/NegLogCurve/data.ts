import { crossEntropy, softmax } from '../../lib/math';

export interface LossPoint {
  readonly p: number;
  /** −ln p, the cross-entropy loss when the true class gets probability p. */
  readonly loss: number;
}

export interface NegLogMark extends LossPoint {
  /** The true class assumed for this mark. */
  readonly target: number;
}

export interface NegLogCurveData {
  readonly curve: readonly LossPoint[];
  readonly marks: readonly NegLogMark[];
  /** Largest loss the y axis must show. */
  readonly maxLoss: number;
}

/**
 * The curve −ln p for p from `pMin` to 1, and, for each target class, the probability the
 * example gives it with the loss the library computes (crossEntropy equals −ln p there).
 *
 * @example negLogCurveData([2, -1, 0.5], [0]).marks[0].loss // 0.2413…
 */
export function negLogCurveData(
  logits: readonly number[],
  targets: readonly number[],
  pMin = 0.005,
  samples = 200,
): NegLogCurveData {
  if (!(pMin > 0 && pMin < 1) || samples < 2)
    throw new RangeError('negLogCurveData needs 0 < pMin < 1');
  const p = softmax(logits);
  const marks = targets.map((target) => {
    if (!Number.isInteger(target) || target < 0 || target >= logits.length)
      throw new RangeError(`no class ${target}`);
    return { target, p: p[target]!, loss: crossEntropy(logits, target) };
  });
  // Denser where the curve is steep: samples evenly spaced in ln p.
  const curve = Array.from({ length: samples }, (_, s) => {
    const q = s === samples - 1 ? 1 : pMin * Math.exp((-Math.log(pMin) * s) / (samples - 1));
    return { p: q, loss: -Math.log(q) };
  });
  const maxLoss = Math.max(-Math.log(pMin), ...marks.map((m) => Math.min(m.loss, 12)));
  return { curve, marks, maxLoss };
}
