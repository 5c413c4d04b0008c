import { softmax, softmaxJvp } from '../../lib/math';

export interface NudgePanel {
  /** The logit that is nudged (0-based). */
  readonly j: number;
  readonly pUp: readonly number[];
  /** Actual change of every probability: softmax(z + h·e_j) − softmax(z). */
  readonly delta: readonly number[];
  /** What the Jacobian predicts for that change: J · (h·e_j). */
  readonly predicted: readonly number[];
}

export interface NudgeLogitsData {
  readonly p: readonly number[];
  readonly h: number;
  readonly panels: readonly NudgePanel[];
  /** Largest |change| over all panels (the shared bar scale). */
  readonly maxAbs: number;
}

/**
 * "Nudge one logit": for each logit j, raise it by h and record how every probability moves,
 * next to the Jacobian's linear prediction.
 *
 * @example nudgeLogitsData([2, -1, 0.5], 0.1).panels[2].delta[2] // ≈ +0.0146
 */
export function nudgeLogitsData(logits: readonly number[], h = 0.1): NudgeLogitsData {
  if (logits.length === 0) throw new RangeError('nudgeLogitsData needs at least one logit');
  if (!(h > 0) || !Number.isFinite(h)) throw new RangeError('nudgeLogitsData needs a finite h > 0');
  const p = softmax(logits);
  const panels = logits.map((_, j) => {
    const pUp = softmax(logits.map((z, i) => (i === j ? z + h : z)));
    return {
      j,
      pUp,
      delta: pUp.map((v, i) => v - p[i]!),
      predicted: softmaxJvp(
        p,
        logits.map((_, i) => (i === j ? h : 0)),
      ),
    };
  });
  const maxAbs = Math.max(...panels.flatMap((q) => q.delta.map(Math.abs)));
  return { p, h, panels, maxAbs };
}
