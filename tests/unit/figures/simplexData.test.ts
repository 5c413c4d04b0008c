import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { simplexData } from '../../../src/figures/Simplex/data';

describe('simplexData', () => {
  const z = [2, -1, 0.5];
  const d = simplexData(z, [-2, 0, 10]);

  it('places softmax(z) at its barycentric point of the unit triangle', () => {
    expect(d.p).toEqual(softmax(z));
    const [x, y] = d.vertices.reduce(
      ([a, b], v, i) => [a + d.p[i]! * v[0], b + d.p[i]! * v[1]],
      [0, 0],
    );
    expect(d.point[0]).toBeCloseTo(x, 12);
    expect(d.point[1]).toBeCloseTo(y, 12);
    expect(d.height).toBeCloseTo(Math.sqrt(3) / 2, 12);
  });

  it('every shifted vector z + c·1 gets the same probabilities as z', () => {
    expect(d.shifts.map((s) => s.logits)).toEqual([
      [0, -3, -1.5],
      [2, -1, 0.5],
      [12, 9, 10.5],
    ]);
    for (const s of d.shifts) s.p.forEach((v, i) => expect(v).toBeCloseTo(d.p[i]!, 12));
    expect(d.maxGap).toBeLessThan(1e-12);
  });

  it('the point is strictly inside: no probability is 0 or 1', () => {
    for (const v of d.p) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
    expect(d.centre[0]).toBeCloseTo(0.5, 12);
  });

  it('rejects anything but three finite logits', () => {
    expect(() => simplexData([1, 2], [0])).toThrow(RangeError);
    expect(() => simplexData([1, 2, Number.NaN], [0])).toThrow(RangeError);
    expect(() => simplexData(z, [Infinity])).toThrow(RangeError);
  });
});
