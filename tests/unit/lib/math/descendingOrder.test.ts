import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { descendingOrder } from '../../../../src/lib/math/descendingOrder';

describe('descendingOrder: conventions', () => {
  test('breaks ties by the smaller index first', () => {
    expect(descendingOrder([1, 2, 1, 2])).toEqual([1, 3, 0, 2]);
  });
  test('returns [] for an empty vector', () => {
    expect(descendingOrder([])).toEqual([]);
  });
});

describe('descendingOrder: properties', () => {
  test('is a permutation sorted by descending value, then ascending index', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (v) => {
        const o = descendingOrder(v);
        expect([...o].sort((a, b) => a - b)).toEqual(v.map((_, i) => i));
        for (let j = 1; j < o.length; j++) {
          const a = v[o[j - 1]!]!;
          const b = v[o[j]!]!;
          expect(a > b || (a === b && o[j - 1]! < o[j]!)).toBe(true);
        }
      }),
    );
  });
});
