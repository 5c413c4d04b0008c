import { describe, expect, it } from 'vitest';
import { entropy, softmax } from '../../../src/lib/math';
import { simplexPathData } from '../../../src/figures/SimplexPath/data';

describe('simplexPathData', () => {
  const d = simplexPathData([2, -1, 0.5], [0.25, 1, 2, 10]);

  it('marks are the library softmax at each temperature, with their entropy', () => {
    d.marks.forEach((m) => {
      const p = softmax([2, -1, 0.5], { temperature: m.t });
      expect(m.p).toEqual(p);
      expect(m.h).toBe(entropy(p));
    });
  });

  it('plane coordinates are the barycentric combination of the corners', () => {
    const m = d.marks[1]!;
    expect(m.x).toBeCloseTo(m.p[0] * 0.5 + m.p[2], 14);
    expect(m.y).toBeCloseTo((m.p[0] * Math.sqrt(3)) / 2, 14);
  });

  it('starts near the vertex of the largest logit and ends near the centre', () => {
    expect(d.cold.p).toEqual([1, 0, 0]);
    expect([d.cold.x, d.cold.y]).toEqual([...d.vertices[0]!]);
    expect(d.path[0]!.p[0]).toBeGreaterThan(0.999);
    d.path.at(-1)!.p.forEach((q) => expect(q).toBeCloseTo(1 / 3, 1));
    expect(d.hot.h).toBeCloseTo(Math.log(3), 14);
  });

  it('entropy increases along the path as the temperature grows', () => {
    for (let i = 1; i < d.path.length; i++)
      expect(d.path[i]!.h).toBeGreaterThanOrEqual(d.path[i - 1]!.h);
  });

  it('every point stays strictly inside the triangle', () => {
    for (const s of d.path.slice(20)) for (const q of s.p) expect(q).toBeGreaterThan(0);
  });

  it('a tie for the maximum starts at the midpoint of an edge', () => {
    expect(simplexPathData([1, 1, 0]).cold.p).toEqual([0.5, 0.5, 0]);
  });

  it('rejects anything but three logits and non-positive temperatures', () => {
    expect(() => simplexPathData([1, 2])).toThrow(RangeError);
    expect(() => simplexPathData([1, 2, 3], [0])).toThrow(RangeError);
    expect(() => simplexPathData([1, 2, 3], [], 0)).toThrow(RangeError);
  });
});
