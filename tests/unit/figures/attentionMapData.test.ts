import { describe, expect, it } from 'vitest';
import { attentionMapData } from '../../../src/figures/AttentionMap/data';
import * as lesson from '../../../content/lessons/_shared/attention/mechanical';

describe('attentionMapData', () => {
  const d = attentionMapData(lesson.S, lesson.d);

  it('gives the lesson’s weights softmax(S / √d), row by row', () => {
    d.weights.forEach((row, i) =>
      row.forEach((w, j) => expect(w).toBeCloseTo(lesson.A[i]![j]!, 14)),
    );
  });

  it('has one arrow per pair, with the cell’s weight', () => {
    expect(d.arrows).toHaveLength(9);
    for (const a of d.arrows) expect(a.weight).toBe(d.weights[a.from]![a.to]!);
  });

  it('each row sums to 1; cats and chase look most at themselves, mice at cats', () => {
    d.rowSums.forEach((s) => expect(s).toBeCloseTo(1, 14));
    expect(d.focus).toEqual([0, 1, 0]);
  });

  it('without the scaling (d = 1) the rows are sharper', () => {
    const raw = attentionMapData(lesson.S, 1);
    expect(raw.weights[0]![0]!).toBeGreaterThan(d.weights[0]![0]!);
    raw.weights.forEach((row, i) =>
      row.forEach((w, j) => expect(w).toBeCloseTo(lesson.Araw[i]![j]!, 14)),
    );
  });

  it('rejects a non-square matrix and a non-positive d', () => {
    expect(() => attentionMapData([[1, 2]])).toThrow(RangeError);
    expect(() => attentionMapData([])).toThrow(RangeError);
    expect(() => attentionMapData([[1]], 0)).toThrow(RangeError);
  });
});
