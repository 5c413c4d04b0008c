import { describe, expect, it } from 'vitest';
import { softmax, softmaxSteps } from '../../../src/lib/math';
import { naiveVsShiftedData } from '../../../src/figures/NaiveVsShifted/data';

describe('naiveVsShiftedData', () => {
  const d = naiveVsShiftedData([1000, 1001, 1002]);

  it('the naive pipeline overflows: ∞ exponentials, ∞ sum, NaN probabilities', () => {
    expect(d.naive.exps).toEqual([Infinity, Infinity, Infinity]);
    expect(d.naive.sum).toBe(Infinity);
    expect(d.naive.probabilities.every(Number.isNaN)).toBe(true);
    expect(d.naive.ok).toBe(false);
  });

  it('the shifted pipeline matches the library step by step', () => {
    const s = softmaxSteps([1000, 1001, 1002]);
    expect(d.max).toBe(1002);
    expect(d.shifted.inputs).toEqual(s.shifted);
    d.shifted.exps.forEach((e, i) => expect(e).toBeCloseTo(s.exps[i]!, 15));
    expect(d.shifted.sum).toBeCloseTo(s.sum, 15);
    d.shifted.probabilities.forEach((p, i) =>
      expect(p).toBeCloseTo(softmax([1000, 1001, 1002])[i]!, 15),
    );
    expect(d.shifted.ok).toBe(true);
  });

  it('very negative logits underflow to 0/0 in the naive pipeline only', () => {
    const low = naiveVsShiftedData([-1000, -1001, -1002]);
    expect(low.naive.sum).toBe(0);
    expect(low.naive.ok).toBe(false);
    expect(low.shifted.ok).toBe(true);
  });

  it('in float16 the naive pipeline already breaks at logits around 12', () => {
    expect(naiveVsShiftedData([12, 11, 10], 'float16').naive.ok).toBe(false);
    expect(naiveVsShiftedData([12, 11, 10], 'float64').naive.ok).toBe(true);
    expect(naiveVsShiftedData([12, 11, 10], 'float16').shifted.ok).toBe(true);
  });

  it('rejects empty and non-finite logits', () => {
    expect(() => naiveVsShiftedData([])).toThrow(RangeError);
    expect(() => naiveVsShiftedData([1, NaN])).toThrow(RangeError);
  });
});
