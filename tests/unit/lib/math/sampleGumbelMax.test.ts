import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../../src/lib/math/mulberry32';
import { sampleGumbelMax } from '../../../../src/lib/math/sampleGumbelMax';
import { softmax } from '../../../../src/lib/math/softmax';
import { CHI2_999, chiSquare } from './fixtures';

const frequencies = (z: number[], seed: number, draws: number, temperature?: number): number[] => {
  const rng = mulberry32(seed);
  const counts = z.map(() => 0);
  for (let i = 0; i < draws; i++) counts[sampleGumbelMax(z, rng, { temperature })]! += 1;
  return counts;
};

describe('sampleGumbelMax: the Gumbel-max theorem, checked by χ²', () => {
  test('draws softmax([2, 1, 0.5, 0, −1]) (20 000 draws, seed 2024, χ² < 0.999 quantile for 4 degrees of freedom)', () => {
    const z = [2, 1, 0.5, 0, -1];
    expect(chiSquare(frequencies(z, 2024, 20_000), softmax(z))).toBeLessThan(CHI2_999[4]!);
  });
  test('draws softmax(z / T) at temperature 2.5 (20 000 draws, seed 7)', () => {
    const z = [3, -1, 0.5, 2, 0];
    expect(
      chiSquare(frequencies(z, 7, 20_000, 2.5), softmax(z, { temperature: 2.5 })),
    ).toBeLessThan(CHI2_999[4]!);
  });
  test('draws huge logits as softmax does, without overflow (z shifted by 1e6)', () => {
    const z = [1e6 + 1, 1e6, 1e6 - 1];
    expect(chiSquare(frequencies(z, 99, 20_000), softmax(z))).toBeLessThan(CHI2_999[2]!);
  });
  test('is detectably wrong when the noise is wrong: uniform instead of Gumbel noise fails the same test', () => {
    const z = [2, 1, 0.5, 0, -1];
    const rng = mulberry32(2024);
    const counts = z.map(() => 0);
    for (let i = 0; i < 20_000; i++) {
      const scores = z.map((v) => v + rng());
      counts[scores.indexOf(Math.max(...scores))]! += 1;
    }
    expect(chiSquare(counts, softmax(z))).toBeGreaterThan(CHI2_999[4]!);
  });
});

describe('sampleGumbelMax: conventions', () => {
  test('never draws a −Infinity (masked) entry', () => {
    expect(frequencies([0, -Infinity, 1], 3, 2000)[1]).toBe(0);
  });
  test('is greedy at a tiny temperature, uniform over tied maxima', () => {
    const counts = frequencies([1, 3, 3, 2], 4, 4000, 1e-300);
    expect([counts[0], counts[3]]).toEqual([0, 0]);
    expect(chiSquare([counts[1]!, counts[2]!], [0.5, 0.5])).toBeLessThan(CHI2_999[1]!);
  });
  test('returns the argmax of the logits when every uniform is the same', () => {
    expect(sampleGumbelMax([0.1, 2, -1], () => 0.3)).toBe(1);
  });
  test('calls the generator exactly once per entry, masked ones included, so draws replay', () => {
    let calls = 0;
    sampleGumbelMax([1, -Infinity, 2, 0], () => (calls++, 0.5));
    expect(calls).toBe(4);
    const a = frequencies([1, 2, 3], 8, 500);
    expect(frequencies([1, 2, 3], 8, 500)).toEqual(a);
  });
  test.each([[[]], [[-Infinity, -Infinity]], [[0, NaN]], [[Infinity, 0]]])(
    'returns −1 for %j',
    (z) => {
      expect(sampleGumbelMax(z, mulberry32(1))).toBe(-1);
    },
  );
  test('treats u = 0 as g = −Infinity: that entry loses', () => {
    const us = [0, 0.5];
    expect(sampleGumbelMax([5, 0], () => us.shift()!)).toBe(1);
  });
  test.each([0, -1, NaN, Infinity])('throws a RangeError for temperature %s', (t) => {
    expect(() => sampleGumbelMax([1, 2], mulberry32(1), { temperature: t })).toThrow(RangeError);
  });
});

describe('sampleGumbelMax: properties', () => {
  test('does not depend on a shift of the logits (same draws)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -80, max: 80 }).map((k) => k / 8),
          { minLength: 1, maxLength: 10 },
        ),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer(),
        (z, c, seed) =>
          sampleGumbelMax(z, mulberry32(seed)) ===
          sampleGumbelMax(
            z.map((v) => v + c),
            mulberry32(seed),
          ),
      ),
    );
  });
  test('returns an index of a finite logit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -50, max: 50, noNaN: true }), fc.constant(-Infinity)), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.integer(),
        (z, seed) => {
          fc.pre(z.some(Number.isFinite));
          const i = sampleGumbelMax(z, mulberry32(seed));
          return Number.isFinite(z[i]!);
        },
      ),
    );
  });
});
