import { describe, expect, it } from 'vitest';
import { sigmoid, softmax } from '../../../src/lib/math';
import { softmaxVsSigmoidsData } from '../../../src/figures/SoftmaxVsSigmoids/data';

describe('softmaxVsSigmoidsData', () => {
  const z = [3, 2.5, -1, -2];
  const d = softmaxVsSigmoidsData(z);

  it('computes both routes with the library', () => {
    expect(d.softmax).toEqual(softmax(z));
    expect(d.sigmoids).toEqual(z.map((v) => sigmoid(v)));
  });

  it('softmax sums to 1, the sigmoids do not', () => {
    expect(d.softmaxSum).toBeCloseTo(1, 12);
    expect(d.sigmoidSum).toBeCloseTo(2.265, 3);
  });

  it('only the sigmoids call both the cat and the hen present', () => {
    expect(d.presentBySigmoid).toEqual([true, true, false, false]);
    expect(d.presentBySoftmax).toEqual([true, false, false, false]);
  });

  it('softmax can call at most one label present, whatever the logits', () => {
    for (const l of [
      [5, 5, 5],
      [9, 8.9],
      [0, 0, 10],
    ]) {
      expect(softmaxVsSigmoidsData(l).presentBySoftmax.filter(Boolean).length).toBeLessThanOrEqual(
        1,
      );
    }
  });

  it('rejects an empty list', () => {
    expect(() => softmaxVsSigmoidsData([])).toThrow(RangeError);
  });
});
