import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { argmaxGradientData } from '../../../src/figures/ArgmaxGradient/data';

describe('argmaxGradientData', () => {
  const d = argmaxGradientData([2, -1, 0.5], 0, [1, 0.5, 0.25]);

  it('each curve is σ(1 − σ)/T with the library softmax at temperature T', () => {
    d.curves.forEach((c) => {
      const pt = c.points[100]!;
      const p = softmax([pt.x, -1, 0.5], { temperature: c.t })[0]!;
      expect(pt.y).toBeCloseTo((p * (1 - p)) / c.t, 14);
    });
  });

  it('the peak is 1/(4T) and no sample exceeds it', () => {
    expect(d.curves.map((c) => c.peak)).toEqual([0.25, 0.5, 1]);
    d.curves.forEach((c) => {
      for (const pt of c.points) expect(pt.y).toBeLessThanOrEqual(c.peak + 1e-12);
    });
  });

  it('the peak sits where the class gets one half', () => {
    d.curves.forEach((c) => {
      expect(softmax([c.peakAt, -1, 0.5], { temperature: c.t })[0]).toBeCloseTo(0.5, 12);
    });
  });

  it('the area under each curve is the rise of σ_k, close to 1 and growing as T shrinks', () => {
    const trapezoid = (c: (typeof d.curves)[number]) =>
      c.points
        .slice(1)
        .reduce((a, pt, i) => a + ((pt.y + c.points[i]!.y) / 2) * (pt.x - c.points[i]!.x), 0);
    d.curves.forEach((c) => {
      expect(c.area).toBeGreaterThan(0.97);
      expect(c.area).toBeLessThan(1);
      expect(trapezoid(c)).toBeCloseTo(c.area, 3);
    });
    expect(d.curves[2]!.area).toBeGreaterThan(d.curves[0]!.area);
  });

  it('argmax jumps from 0 to 1 at the largest other logit, with slope 0 elsewhere', () => {
    expect(d.threshold).toBe(0.5);
    expect([d.argmaxBelow, d.argmaxAbove, d.argmaxSlope]).toEqual([0, 1, 0]);
  });

  it('rejects a single logit, a bad index, an empty range and a non-positive temperature', () => {
    expect(() => argmaxGradientData([1])).toThrow(RangeError);
    expect(() => argmaxGradientData([1, 2], 2)).toThrow(RangeError);
    expect(() => argmaxGradientData([1, 2], 0, [1], 3, 3)).toThrow(RangeError);
    expect(() => argmaxGradientData([1, 2], 0, [0])).toThrow(RangeError);
    expect(() => argmaxGradientData([1, 2], 0, [])).toThrow(RangeError);
  });
});
