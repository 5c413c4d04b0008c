import { describe, expect, test } from 'vitest';
import { oneHot } from '../../../../src/lib/math/oneHot';
import { conventionsFor, conventionTitle, expectConvention } from './reference';

describe('oneHot: conventions from the reference', () => {
  test.each(conventionsFor('oneHot').map((c) => [conventionTitle(c), c] as const))('%s', (_, c) => {
    expectConvention(c, () => oneHot(c.args.index as number, c.args.n as number));
  });
});

describe('oneHot', () => {
  test('puts a single 1 at the index', () => {
    expect(oneHot(2, 4)).toEqual([0, 0, 1, 0]);
    expect(oneHot(0, 1)).toEqual([1]);
  });
  test('throws a RangeError for an index out of range, negative or not an integer', () => {
    for (const i of [4, -1, 1.5, NaN]) expect(() => oneHot(i, 4)).toThrow(RangeError);
  });
  test('throws a RangeError for a length that is not a non-negative integer', () => {
    expect(() => oneHot(0, -1)).toThrow(RangeError);
    expect(() => oneHot(0, 2.5)).toThrow(RangeError);
    expect(() => oneHot(0, 0)).toThrow(RangeError);
  });
});
