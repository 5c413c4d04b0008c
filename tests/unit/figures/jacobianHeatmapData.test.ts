import { describe, expect, it } from 'vitest';
import { softmax, softmaxJacobian } from '../../../src/lib/math';
import { jacobianHeatmapData } from '../../../src/figures/JacobianHeatmap/data';

describe('jacobianHeatmapData', () => {
  const d = jacobianHeatmapData([2, -1, 0.5]);
  const p = softmax([2, -1, 0.5]);

  it('is the library Jacobian of the softmax probabilities', () => {
    expect(d.J).toEqual(softmaxJacobian(p));
    expect(d.J[0]![0]).toBeCloseTo(p[0]! * (1 - p[0]!), 12);
    expect(d.J[0]![2]).toBeCloseTo(-p[0]! * p[2]!, 12);
  });

  it('lists every cell with its place on a symmetric −1…1 scale', () => {
    expect(d.cells).toHaveLength(9);
    expect(Math.max(...d.cells.map((c) => Math.abs(c.t)))).toBe(1);
    for (const c of d.cells) expect(c.t).toBeCloseTo(c.value / d.maxAbs, 12);
  });

  it('diagonal positive, off-diagonal negative, rows summing to 0', () => {
    for (const c of d.cells) expect(Math.sign(c.value)).toBe(c.row === c.col ? 1 : -1);
    for (const s of d.rowSums) expect(s).toBeCloseTo(0, 15);
  });

  it('one class has a zero Jacobian and a neutral colour', () => {
    const one = jacobianHeatmapData([3]);
    expect(one.maxAbs).toBe(0);
    expect(one.cells[0]!.t).toBe(0);
  });

  it('rejects no logits', () => {
    expect(() => jacobianHeatmapData([])).toThrow(RangeError);
  });
});
