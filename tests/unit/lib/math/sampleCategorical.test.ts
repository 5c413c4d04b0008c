import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../../src/lib/math/mulberry32';
import { sampleCategorical } from '../../../../src/lib/math/sampleCategorical';
import { softmax } from '../../../../src/lib/math/softmax';
import { CHI2_999, chiSquare } from './fixtures';

describe('sampleCategorical: goodness of fit', () => {
  test('draws softmax([2, 1, 0.5, 0, −1]) with the right frequencies (20 000 draws, seed 11, χ² < 0.999 quantile)', () => {
    const p = softmax([2, 1, 0.5, 0, -1]);
    const rng = mulberry32(11);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[sampleCategorical(p, rng)]! += 1;
    expect(chiSquare(counts, p)).toBeLessThan(CHI2_999[4]!);
  });
  test('draws unnormalised weights [1, 2, 3, 4] as [0.1, 0.2, 0.3, 0.4] (20 000 draws, seed 5)', () => {
    const rng = mulberry32(5);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[sampleCategorical([1, 2, 3, 4], rng)]! += 1;
    expect(chiSquare(counts, [0.1, 0.2, 0.3, 0.4])).toBeLessThan(CHI2_999[3]!);
  });
});

describe('sampleCategorical: conventions', () => {
  test('inverts the cumulative distribution: u in [0, 0.5) → 0, [0.5, 0.7) → 1, [0.7, 1) → 2', () => {
    const p = [0.5, 0.2, 0.3];
    expect([0, 0.49, 0.5, 0.69, 0.7, 0.999].map((u) => sampleCategorical(p, () => u))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
  });
  test('never draws a zero-probability entry, even at u = 0 or u close to 1', () => {
    expect(sampleCategorical([0, 1, 0], () => 0)).toBe(1);
    expect(sampleCategorical([0.5, 0.5, 0], () => 1 - 2 ** -53)).toBe(1);
  });
  test('returns the last non-zero entry when rounding leaves u · total at the end of the sum', () => {
    expect(sampleCategorical([0.1, 0.2, 0], () => 1)).toBe(1);
  });
  test('calls the generator exactly once per draw', () => {
    let calls = 0;
    sampleCategorical([0.2, 0.8], () => (calls++, 0.3));
    expect(calls).toBe(1);
  });
  test.each([[[]], [[0, 0]], [[0.5, NaN]], [[1, -1]], [[Infinity, 1]]])(
    'returns −1 for %j',
    (p) => {
      expect(sampleCategorical(p, () => 0.5)).toBe(-1);
    },
  );
});

describe('sampleCategorical: properties', () => {
  test('is non-decreasing in u and lands on a non-zero entry', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (w, a, b) => {
          fc.pre(w.some((v) => v > 0));
          const [u, v] = a <= b ? [a, b] : [b, a];
          const i = sampleCategorical(w, () => u);
          const j = sampleCategorical(w, () => v);
          return i <= j && w[i]! > 0 && w[j]! > 0;
        },
      ),
    );
  });
});
