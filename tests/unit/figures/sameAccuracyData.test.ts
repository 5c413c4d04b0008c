import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { sameAccuracyData } from '../../../src/figures/SameAccuracy/data';

describe('sameAccuracyData', () => {
  const d = sameAccuracyData([2, -1, 0.5], 3);

  it('model B has three times the logits and the library softmax of them', () => {
    expect(d.b.logits).toEqual([6, -3, 1.5]);
    expect(d.a.probabilities).toEqual(softmax([2, -1, 0.5]));
    expect(d.b.probabilities).toEqual(softmax([6, -3, 1.5]));
  });

  it('both predict the first class, B with more confidence', () => {
    expect(d.samePrediction).toBe(true);
    expect(d.a.predicted).toBe(0);
    expect(d.a.confidence).toBeCloseTo(0.786, 3);
    expect(d.b.confidence).toBeCloseTo(0.989, 3);
  });

  it('a factor below 1 lowers the confidence but keeps the prediction', () => {
    const s = sameAccuracyData([2, -1, 0.5], 0.5);
    expect(s.samePrediction).toBe(true);
    expect(s.b.confidence).toBeLessThan(s.a.confidence);
  });

  it('rejects one logit and a non-positive factor', () => {
    expect(() => sameAccuracyData([1])).toThrow(RangeError);
    expect(() => sameAccuracyData([1, 2], 0)).toThrow(RangeError);
    expect(() => sameAccuracyData([1, 2], -1)).toThrow(RangeError);
  });
});
