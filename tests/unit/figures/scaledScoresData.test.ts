import { describe, expect, it } from 'vitest';
import { softmax, softmaxJacobian } from '../../../src/lib/math';
import { scaledScoresData } from '../../../src/figures/ScaledScores/data';

describe('scaledScoresData', () => {
  const u = [1, 0.5, 0];
  const d = scaledScoresData(u, [1, 16, 64]);

  it('without the scale the softmax sees √d times the scores', () => {
    expect(d.marks[1]!.raw).toEqual(softmax([4, 2, 0]));
    expect(d.marks[2]!.raw).toEqual(softmax([8, 4, 0]));
  });

  it('with the scale the weights are softmax(u) for every d', () => {
    for (const s of d.curve) expect(s.scaled).toEqual(softmax(u));
  });

  it('at d = 1 both are the same row', () => {
    expect(d.marks[0]!.raw).toEqual(d.marks[0]!.scaled);
    expect(d.marks[0]!.jRaw).toBe(d.marks[0]!.jScaled);
  });

  it('the largest Jacobian entry is the library Jacobian’s', () => {
    const j = softmaxJacobian(softmax([8, 4, 0]))
      .flat()
      .map(Math.abs);
    expect(d.marks[2]!.jRaw).toBe(Math.max(...j));
  });

  it('as d grows the first weight saturates towards 1 and the largest |J| fades', () => {
    for (let i = 1; i < d.curve.length; i++) {
      expect(d.curve[i]!.raw[0]).toBeGreaterThan(d.curve[i - 1]!.raw[0]!);
    }
    expect(d.curve.at(-1)!.raw[0]).toBeGreaterThan(0.999);
    expect(d.curve.at(-1)!.jRaw).toBeLessThan(1e-3);
    expect(d.curve[0]!.d).toBe(1);
    expect(d.curve.at(-1)!.d).toBe(256);
  });

  it('rejects a single score and non-positive dimensions', () => {
    expect(() => scaledScoresData([1])).toThrow(RangeError);
    expect(() => scaledScoresData(u, [0])).toThrow(RangeError);
    expect(() => scaledScoresData(u, [], 0)).toThrow(RangeError);
  });
});
