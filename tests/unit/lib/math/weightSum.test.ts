import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { weightSum } from '../../../../src/lib/math/weightSum';

describe('weightSum: conventions', () => {
  test('returns 0 for an empty vector and for all zeros', () => {
    expect(weightSum([])).toBe(0);
    expect(weightSum([0, 0])).toBe(0);
  });
  test.each([[[0.5, NaN]], [[1, -1e-300]], [[Infinity, 1]], [[-Infinity]]])(
    'returns NaN for %j: not a vector of non-negative finite weights',
    (w) => {
      expect(weightSum(w)).toBeNaN();
    },
  );
  test('accepts unnormalised weights and −0', () => {
    expect(weightSum([3, 1, -0])).toBe(4);
  });
});

describe('weightSum: properties', () => {
  test('equals the plain sum of non-negative finite weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true })),
        (w) => weightSum(w) === w.reduce((a, b) => a + b, 0),
      ),
    );
  });
});
