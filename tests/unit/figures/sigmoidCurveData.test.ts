import { describe, expect, it } from 'vitest';
import { sigmoid, softmax } from '../../../src/lib/math';
import { sigmoidCurveData } from '../../../src/figures/SigmoidCurve/data';

describe('sigmoidCurveData', () => {
  const d = sigmoidCurveData([3, 2.5, -1, -2]);

  it('samples the library sigmoid from −6 to 6, rising through 1/2 at 0', () => {
    expect(d.curve[0]!.x).toBe(-6);
    expect(d.curve.at(-1)!.x).toBe(6);
    d.curve.forEach((p) => expect(p.y).toBe(sigmoid(p.x)));
    for (let i = 1; i < d.curve.length; i++)
      expect(d.curve[i]!.y).toBeGreaterThan(d.curve[i - 1]!.y);
    expect(d.curve[(d.curve.length - 1) / 2]!).toEqual({ x: 0, y: 0.5 });
    expect(d.threshold).toBe(0.5);
  });

  it('cat and hen are above the threshold, dog and person below', () => {
    expect(d.points.map((p) => p.present)).toEqual([true, true, false, false]);
    expect(d.points[0]!.s).toBeCloseTo(0.953, 3);
    expect(d.points[3]!.s).toBeCloseTo(0.119, 3);
  });

  it('the sigmoid of a difference is the two-class softmax', () => {
    const s = sigmoidCurveData([3 - 2.5]).points[0]!.s;
    expect(s).toBeCloseTo(softmax([3, 2.5])[0]!, 15);
  });

  it('a logit of exactly 0 is not present (1/2 is not above 1/2)', () => {
    expect(sigmoidCurveData([0]).points[0]!.present).toBe(false);
  });

  it('rejects an empty range and non-finite logits', () => {
    expect(() => sigmoidCurveData([1], 2, 2)).toThrow(RangeError);
    expect(() => sigmoidCurveData([NaN])).toThrow(RangeError);
  });
});
