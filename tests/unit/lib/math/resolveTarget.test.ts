import { describe, expect, test } from 'vitest';
import { resolveTarget } from '../../../../src/lib/math/resolveTarget';

describe('resolveTarget', () => {
  test('accepts an integer class index in range', () => {
    expect(resolveTarget(0, 3)).toBe(0);
    expect(resolveTarget(2, 3)).toBe(2);
  });
  test('accepts a distribution of the right length, including a Float64Array', () => {
    const y = new Float64Array([0.5, 0.5]);
    expect(resolveTarget(y, 2)).toBe(y);
  });
  test('throws a RangeError for an index out of range, negative or not an integer', () => {
    for (const t of [3, -1, 0.5, NaN, Infinity])
      expect(() => resolveTarget(t, 3)).toThrow(RangeError);
  });
  test('throws a RangeError for a distribution of the wrong length', () => {
    expect(() => resolveTarget([1], 3)).toThrow(RangeError);
  });
});
