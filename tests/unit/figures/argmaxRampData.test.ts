import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { argmaxRampData } from '../../../src/figures/ArgmaxRamp/data';

describe('argmaxRampData', () => {
  const d = argmaxRampData([2, -1, 0.5]);

  it('the softmax ramp is the library softmax with one logit replaced', () => {
    const mid = d.softmax[60]!;
    expect(mid.x).toBeCloseTo(1, 12);
    expect(mid.y).toBe(softmax([1, -1, 0.5])[0]);
  });

  it('the ramp rises monotonically from near 0 to near 1', () => {
    for (let i = 1; i < d.softmax.length; i++)
      expect(d.softmax[i]!.y).toBeGreaterThan(d.softmax[i - 1]!.y);
    expect(d.softmax[0]!.y).toBeLessThan(0.02);
    expect(d.softmax.at(-1)!.y).toBeGreaterThan(0.99);
  });

  it('argmax is a single step at the largest other logit', () => {
    expect(d.threshold).toBe(0.5);
    expect(d.argmax.map((p) => [p.x, p.y])).toEqual([
      [-4, 0],
      [0.5, 0],
      [0.5, 1],
      [6, 1],
    ]);
  });

  it('marks the example value with both answers', () => {
    expect(d.current).toEqual({ x: 2, softmax: softmax([2, -1, 0.5])[0], argmax: 1 });
  });

  it('has no jump when the threshold lies outside the range', () => {
    expect(argmaxRampData([2, 10], 0).argmax.map((p) => p.y)).toEqual([0, 0]);
  });

  it('rejects a single logit, a bad index and an empty range', () => {
    expect(() => argmaxRampData([1])).toThrow(RangeError);
    expect(() => argmaxRampData([1, 2], 2)).toThrow(RangeError);
    expect(() => argmaxRampData([1, 2], 0, 3, 3)).toThrow(RangeError);
  });
});
