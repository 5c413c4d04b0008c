import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../../src/lib/math/mulberry32';
import { CHI2_999, chiSquare, mulberry32Fixture } from './fixtures';
import { mulberry32 as referenceReadmeGenerator } from './reference';

const fx = mulberry32Fixture();

describe('mulberry32: reference outputs (independent Python implementation)', () => {
  test.each(Object.entries(fx.outputs))(
    'gives the first 8 outputs for seed %s',
    (seed, outputs) => {
      const rng = mulberry32(Number(seed));
      expect(outputs.map(() => rng())).toEqual(outputs);
    },
  );
  test("agrees with the 32-bit generator of the softmax reference data's README", () => {
    const a = mulberry32(20240613);
    const b = referenceReadmeGenerator(20240613);
    for (let i = 0; i < 1000; i++) expect(a()).toBe(b() / 2 ** 32);
  });
});

describe('mulberry32: conventions', () => {
  test('takes the seed modulo 2^32', () => {
    expect(mulberry32(-1)()).toBe(mulberry32(2 ** 32 - 1)());
    expect(mulberry32(2 ** 32 + 5)()).toBe(mulberry32(5)());
    expect(mulberry32(2 ** 60 + 1024)()).toBe(mulberry32(1024)());
  });
  test.each([0.5, NaN, Infinity, -Infinity])('throws a RangeError for the seed %s', (s) => {
    expect(() => mulberry32(s)).toThrow(RangeError);
  });
  test('gives independent generators for the same seed (no shared state)', () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    a();
    a();
    const c = mulberry32(9);
    expect(b()).toBe(c());
  });
});

describe('mulberry32: properties', () => {
  test('returns multiples of 2^−32 in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const u = rng();
          if (!(u >= 0 && u < 1 && Number.isInteger(u * 2 ** 32))) return false;
        }
        return true;
      }),
    );
  });
  test('fills 10 equal bins uniformly over 100 000 draws (χ² below the 0.999 quantile, seed 1)', () => {
    const rng = mulberry32(1);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[Math.floor(rng() * 10)]! += 1;
    // 9 degrees of freedom: 0.999 quantile 27.877.
    expect(chiSquare(counts, new Array<number>(10).fill(0.1))).toBeLessThan(27.877);
    expect(CHI2_999[4]).toBe(18.467);
  });
});
