import { argmax, softmax } from '../../lib/math';

export interface RampPoint {
  readonly x: number;
  readonly y: number;
}

export interface ArgmaxRampData {
  /** Which logit moves (0-based). */
  readonly index: number;
  readonly from: number;
  readonly to: number;
  /** Softmax probability of class `index` as its logit goes from `from` to `to`. */
  readonly softmax: readonly RampPoint[];
  /** Argmax's answer for that class (1 when it wins, 0 otherwise): a step. */
  readonly argmax: readonly RampPoint[];
  /** Where argmax jumps: the largest of the other logits. */
  readonly threshold: number;
  /** The example itself: the logit's current value and both answers there. */
  readonly current: { readonly x: number; readonly softmax: number; readonly argmax: number };
}

const argmaxShare = (logits: readonly number[], index: number) =>
  argmax(logits) === index ? 1 : 0;

/**
 * The probability of one class as its own logit varies and the others stay fixed: the smooth
 * softmax ramp against the argmax staircase.
 *
 * @example argmaxRampData([2, -1, 0.5]).threshold // 0.5
 */
export function argmaxRampData(
  logits: readonly number[],
  index = 0,
  from = -4,
  to = 6,
  samples = 121,
): ArgmaxRampData {
  if (logits.length < 2) throw new RangeError('argmaxRampData needs at least two logits');
  if (!Number.isInteger(index) || index < 0 || index >= logits.length)
    throw new RangeError(`no logit ${index}`);
  if (!(to > from) || samples < 2)
    throw new RangeError('argmaxRampData needs from < to and two samples');
  const at = (x: number) => logits.map((z, i) => (i === index ? x : z));
  const threshold = Math.max(...logits.filter((_, i) => i !== index));
  const curve: RampPoint[] = [];
  for (let s = 0; s < samples; s++) {
    const x = from + ((to - from) * s) / (samples - 1);
    curve.push({ x, y: softmax(at(x))[index]! });
  }
  const step: RampPoint[] = [{ x: from, y: argmaxShare(at(from), index) }];
  if (threshold > from && threshold < to) {
    step.push({ x: threshold, y: step[0]!.y }, { x: threshold, y: argmaxShare(at(to), index) });
  }
  step.push({ x: to, y: argmaxShare(at(to), index) });
  const x = logits[index]!;
  return {
    index,
    from,
    to,
    softmax: curve,
    argmax: step,
    threshold,
    current: { x, softmax: softmax(logits)[index]!, argmax: argmaxShare(logits, index) },
  };
}
