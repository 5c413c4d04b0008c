import { describe, expect, it } from 'vitest';
import { causalMaskData } from '../../../src/figures/CausalMask/data';
import * as lesson from '../../../content/lessons/_shared/attention/mechanical';

describe('causalMaskData', () => {
  const d = causalMaskData(lesson.S, lesson.d);

  it('gives the lesson’s masked weights', () => {
    d.weights.forEach((row, i) =>
      row.forEach((w, j) => expect(w).toBeCloseTo(lesson.Am[i]![j]!, 14)),
    );
  });

  it('masked cells are exact zeros and every row still sums to 1', () => {
    const masked = d.cells.filter((c) => c.masked);
    expect(masked.map((c) => [c.row, c.col])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(masked.every((c) => c.weight === 0)).toBe(true);
    expect(d.weights[0]).toEqual([1, 0, 0]);
    d.rowSums.forEach((s) => expect(s).toBeCloseTo(1, 14));
  });

  it('the last row has no future and is unchanged by the mask', () => {
    expect(d.weights[2]).toEqual(d.unmaskedWeights[2]);
    d.unmaskedWeights.forEach((row, i) =>
      row.forEach((w, j) => expect(w).toBeCloseTo(lesson.A[i]![j]!, 14)),
    );
  });

  it('rejects a non-square matrix and a non-positive d', () => {
    expect(() => causalMaskData([[1, 2]])).toThrow(RangeError);
    expect(() => causalMaskData([[1]], -1)).toThrow(RangeError);
  });
});
