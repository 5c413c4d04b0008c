import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { softmaxStagesData } from '../../../src/figures/SoftmaxStages/data';

describe('softmaxStagesData', () => {
  const d = softmaxStagesData([2, -1, 0.5]);

  it('exponentiates every logit', () => {
    expect(d.exps[0]).toBeCloseTo(Math.E ** 2, 12);
    expect(d.exps[1]).toBeCloseTo(1 / Math.E, 12);
    expect(d.exps[2]).toBeCloseTo(Math.exp(0.5), 12);
  });

  it('sums the exponentials', () => {
    expect(d.sum).toBeCloseTo(9.406, 3);
  });

  it('shares are exps / sum and equal the library softmax', () => {
    d.shares.forEach((s, i) => expect(s).toBeCloseTo(d.exps[i]! / d.sum, 12));
    expect(d.shares).toEqual(softmax([2, -1, 0.5]));
    expect(d.shares[0]).toBeCloseTo(0.786, 3);
  });

  it('the logit axis always includes zero', () => {
    expect(d.logitRange).toEqual([-1, 2]);
    expect(softmaxStagesData([1, 3]).logitRange).toEqual([0, 3]);
    expect(softmaxStagesData([-2, -1]).logitRange).toEqual([-2, 0]);
  });

  it('rejects an empty list and logits whose exponentials overflow', () => {
    expect(() => softmaxStagesData([])).toThrow(RangeError);
    expect(() => softmaxStagesData([1000, 0])).toThrow(RangeError);
  });
});
