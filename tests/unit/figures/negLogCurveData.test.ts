import { describe, expect, it } from 'vitest';
import { crossEntropy, softmax } from '../../../src/lib/math';
import { negLogCurveData } from '../../../src/figures/NegLogCurve/data';

describe('negLogCurveData', () => {
  const sure = [-1.2, 0.4, 6.1, 0.8, -0.5, 1.1, -2, 0.3, 2.2, -0.7];
  const d = negLogCurveData(sure, [2, 8]);

  it('the curve is −ln p from pMin to exactly 1, where the loss is 0', () => {
    expect(d.curve[0]!.p).toBeCloseTo(0.005, 12);
    expect(d.curve.at(-1)).toEqual({ p: 1, loss: -0 });
    for (const q of d.curve) expect(q.loss).toBeCloseTo(-Math.log(q.p), 12);
  });

  it('marks carry the softmax probability of the true class and the library loss', () => {
    const p = softmax(sure);
    expect(d.marks[0]).toEqual({ target: 2, p: p[2], loss: crossEntropy(sure, 2) });
    expect(d.marks[1]!.loss).toBeCloseTo(-Math.log(p[8]!), 10);
  });

  it('a confident right answer costs little, a wrong one a lot', () => {
    expect(d.marks[0]!.loss).toBeLessThan(0.1);
    expect(d.marks[1]!.loss).toBeGreaterThan(3);
  });

  it('the y range covers the curve and every mark', () => {
    expect(d.maxLoss).toBeGreaterThanOrEqual(-Math.log(0.005));
    expect(d.maxLoss).toBeGreaterThanOrEqual(d.marks[1]!.loss);
  });

  it('rejects an unknown class and a bad pMin', () => {
    expect(() => negLogCurveData([1, 2], [2])).toThrow(RangeError);
    expect(() => negLogCurveData([1, 2], [0], 0)).toThrow(RangeError);
  });
});
