import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { dot } from '../../../../src/lib/math/dot';

describe('dot', () => {
  test('sums the products of matching entries', () => {
    expect(dot([1, 0, 1, 1], [4, 2, 0, 0])).toBe(4);
    expect(dot([], [])).toBe(0);
  });
  test('is symmetric and linear in its first argument', () => {
    const vec = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(vec, fc.integer({ min: -5, max: 5 }), (u, c) => {
        const v = u.map((x, i) => x - i);
        // === rather than toBe: c = 0 may give −0 on one side and 0 on the other.
        expect(dot(u, v) === dot(v, u)).toBe(true);
        expect(
          dot(
            u.map((x) => c * x),
            v,
          ) ===
            c * dot(u, v),
        ).toBe(true);
      }),
    );
  });
  test('throws a RangeError when the lengths differ', () => {
    expect(() => dot([1, 2], [3])).toThrow(RangeError);
  });
});
