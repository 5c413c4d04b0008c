import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { classifierHeadData } from '../../../src/figures/ClassifierHead/data';

describe('classifierHeadData', () => {
  const sure = [-1.2, 0.4, 6.1, 0.8, -0.5, 1.1, -2, 0.3, 2.2, -0.7];
  const d = classifierHeadData(sure, 84);

  it('probabilities are the library softmax of the logits', () => {
    expect(d.p).toEqual(softmax(sure));
    expect(d.p[2]).toBeCloseTo(0.96, 2);
  });

  it('predicts the class with the largest logit', () => {
    expect(d.k).toBe(2);
  });

  it('counts 84 × 10 weights and 10 biases in the last layer', () => {
    expect(d.parameters).toBe(850);
  });

  it('draws at most seven hidden units, fewer when there are fewer', () => {
    expect(d.hiddenShown).toBe(7);
    expect(classifierHeadData([0, 1], 3).hiddenShown).toBe(3);
  });

  it('rejects one logit and a non-integer hidden size', () => {
    expect(() => classifierHeadData([1])).toThrow(RangeError);
    expect(() => classifierHeadData([1, 2], 0)).toThrow(RangeError);
    expect(() => classifierHeadData([1, 2], 2.5)).toThrow(RangeError);
  });
});
