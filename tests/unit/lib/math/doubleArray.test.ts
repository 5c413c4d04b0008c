import { describe, expect, test } from 'vitest';
import { doubleArray } from '../../../../src/lib/math/doubleArray';

describe('doubleArray', () => {
  test.each([0, 1, 3, 1000, 1_000_000])('returns a plain array of length %i', (n) => {
    const a = doubleArray(n);
    expect(Array.isArray(a)).toBe(true);
    expect(a).toHaveLength(n);
  });
  test('behaves like any array once filled', () => {
    const a = doubleArray(3);
    a[0] = 1;
    a[1] = 2.5;
    a[2] = -0.25;
    expect(a).toEqual([1, 2.5, -0.25]);
    expect(JSON.stringify(a)).toBe('[1,2.5,-0.25]');
  });
});
