import { describe, expect, it } from 'vitest';
import { softmax, softmaxJacobian } from '../../../src/lib/math';
import { nudgeLogitsData } from '../../../src/figures/NudgeLogits/data';

describe('nudgeLogitsData', () => {
  const z = [2, -1, 0.5];
  const d = nudgeLogitsData(z, 0.1);

  it('each panel is the library softmax of z with one logit raised by h', () => {
    expect(d.panels[2]!.pUp).toEqual(softmax([2, -1, 0.6]));
    expect(d.panels[2]!.delta[2]).toBeCloseTo(softmax([2, -1, 0.6])[2]! - softmax(z)[2]!, 15);
  });

  it('the nudged class gains, every other class loses, and the changes add up to 0', () => {
    for (const q of d.panels) {
      q.delta.forEach((v, i) => expect(Math.sign(v)).toBe(i === q.j ? 1 : -1));
      expect(q.delta.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 15);
    }
  });

  it('the prediction is column j of the Jacobian times h, close to the actual change', () => {
    const J = softmaxJacobian(softmax(z));
    for (const q of d.panels) {
      q.predicted.forEach((v, i) => expect(v).toBeCloseTo(J[i]![q.j]! * 0.1, 15));
      q.predicted.forEach((v, i) => expect(Math.abs(v - q.delta[i]!)).toBeLessThan(0.002));
    }
  });

  it('maxAbs is the largest change over all panels', () => {
    expect(d.maxAbs).toBe(Math.max(...d.panels.flatMap((q) => q.delta.map(Math.abs))));
  });

  it('rejects no logits and a non-positive h', () => {
    expect(() => nudgeLogitsData([])).toThrow(RangeError);
    expect(() => nudgeLogitsData(z, 0)).toThrow(RangeError);
  });
});
