import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expInFormat } from '../../../../src/lib/math/expInFormat';
import type { FloatFormatName } from '../../../../src/lib/math/floatFormat';
import { floatFormatsFixture } from './fixtures';

const fx = floatFormatsFixture();

describe('expInFormat: NumPy reference', () => {
  test.each([
    ['float32', 2],
    ['float16', 3],
    ['bfloat16', 4],
  ] as const)(
    'matches NumPy exp in float64, rounded once to %s, at the fixture points',
    (name, column) => {
      const bad = fx.exp.filter((r) => !Object.is(expInFormat(r[0], name), r[column]));
      expect(bad.map((r) => r[0])).toEqual([]);
    },
  );
  test('matches NumPy exp in float64 within one ulp', () => {
    for (const r of fx.exp) {
      const got = expInFormat(r[0], 'float64');
      if (Number.isFinite(r[1])) expect(Math.abs(got - r[1])).toBeLessThanOrEqual(2 ** -52 * r[1]);
      else expect(got).toBe(r[1]);
    }
  });
});

describe('expInFormat: conventions', () => {
  test('shows where a naive float16 softmax breaks: e^11 is finite, e^12 overflows, e^−18 is 0', () => {
    expect(expInFormat(11, 'float16')).toBe(59872);
    expect(expInFormat(12, 'float16')).toBe(Infinity);
    expect(expInFormat(-18, 'float16')).toBe(0);
  });
  test('overflows above about 88.7 in float32 and bfloat16 but not in float64', () => {
    expect(expInFormat(89, 'float32')).toBe(Infinity);
    expect(expInFormat(89, 'bfloat16')).toBe(Infinity);
    expect(expInFormat(89, 'float64')).toBe(Math.exp(89));
  });
  test('returns NaN for NaN, 0 for −Infinity and Infinity for Infinity', () => {
    for (const f of ['float64', 'float32', 'float16', 'bfloat16'] as const) {
      expect(expInFormat(NaN, f)).toBeNaN();
      expect(expInFormat(-Infinity, f)).toBe(0);
      expect(expInFormat(Infinity, f)).toBe(Infinity);
    }
  });
  test('throws a RangeError for an unknown format', () => {
    expect(() => expInFormat(1, 'float8' as FloatFormatName)).toThrow(RangeError);
  });
});

describe('expInFormat: properties', () => {
  test('is non-decreasing in x in every format', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -120, max: 100, noNaN: true }),
        fc.double({ min: -120, max: 100, noNaN: true }),
        fc.constantFrom<FloatFormatName>('float64', 'float32', 'float16', 'bfloat16'),
        (a, b, f) =>
          a <= b ? expInFormat(a, f) <= expInFormat(b, f) : expInFormat(a, f) >= expInFormat(b, f),
      ),
    );
  });
});
