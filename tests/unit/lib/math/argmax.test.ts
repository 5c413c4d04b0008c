import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { argmax } from '../../../../src/lib/math/argmax';
import {
  conventionsFor,
  conventionTitle,
  expectConvention,
  generateLogits,
  reference,
} from './reference';

const ref = reference();

describe('argmax: reference cases', () => {
  test.each(ref.cases.map((c) => [c.name, c] as const))('matches %s exactly', (_, c) => {
    expect(argmax(c.logits)).toBe(c.argmax);
  });
  test.each(ref.large.map((c) => [c.name, c] as const))(
    'matches the summary of %s exactly',
    (_, c) => {
      expect(argmax(generateLogits(c.generator))).toBe(c.summary.argmax);
    },
  );
});

describe('argmax: conventions from the reference', () => {
  test.each(conventionsFor('argmax').map((c) => [conventionTitle(c), c] as const))('%s', (_, c) => {
    expectConvention(c, () => argmax(c.args.logits as number[]));
  });
});

describe('argmax: conventions', () => {
  test('returns the first index on ties', () => {
    expect(argmax([2, 2, 1])).toBe(0);
    expect(argmax([1, 3, 3])).toBe(1);
  });
  test('returns the index of the first NaN when there is one', () => {
    expect(argmax([1, NaN, 3, NaN])).toBe(1);
    expect(argmax([NaN, 5])).toBe(0);
    expect(argmax([Infinity, NaN])).toBe(1);
  });
  test('returns the first +Infinity', () => {
    expect(argmax([0, Infinity, Infinity])).toBe(1);
  });
  test('returns 0 when all values are −Infinity', () => {
    expect(argmax([-Infinity, -Infinity])).toBe(0);
  });
  test('returns −1 for empty input', () => {
    expect(argmax([])).toBe(-1);
  });
  test('accepts a Float64Array of 200 000 values', () => {
    const x = new Float64Array(200_000);
    x[123_456] = 1;
    expect(argmax(x)).toBe(123_456);
  });
});

describe('argmax: properties', () => {
  test('agrees with indexOf(max) for finite values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 30 }), (x) => {
        const m = x.reduce((a, b) => (b > a ? b : a), -Infinity);
        return argmax(x) === x.findIndex((v) => v === m);
      }),
    );
  });
});
