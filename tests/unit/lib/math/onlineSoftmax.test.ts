import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { onlineSoftmax } from '../../../../src/lib/math/onlineSoftmax';
import { softmax } from '../../../../src/lib/math/softmax';
import { errorModel, expectAllClose, reference, U } from './reference';

const ref = reference();

/** Both compute e^(z_i − max) identically; only the sums differ: n·u inside, about 2u per merged block. */
const tolerance = (p: number, n: number, blockSize: number): number =>
  4 * U * p * (2 * n + 4 * Math.ceil(n / blockSize) + 4) + 2 ** -1072;

describe('onlineSoftmax: reference cases', () => {
  test.each(
    ref.cases
      .filter((c) => c.temperature === undefined)
      .flatMap((c) => [1, 2, 3, 64].map((b) => [`${c.name}, blocks of ${b}`, c, b] as const)),
  )('matches %s within the error model', (_, c, b) => {
    const m = errorModel(c.logits, undefined, c.softmax);
    expectAllClose(
      onlineSoftmax(c.logits, b),
      c.softmax,
      (i) => m.softmax(i) + tolerance(c.softmax[i]!, c.n, b),
      c.name,
    );
  });
});

describe('onlineSoftmax: conventions', () => {
  test('returns an empty array for empty input', () => {
    expect(onlineSoftmax([], 3)).toEqual([]);
  });
  test('returns NaN everywhere when all logits are −Infinity (0/0), whatever the blocks', () => {
    expect(onlineSoftmax([-Infinity, -Infinity, -Infinity], 2).every(Number.isNaN)).toBe(true);
  });
  test('returns NaN everywhere for a NaN or +Infinity logit in any block', () => {
    expect(onlineSoftmax([1, 2, 3, NaN], 2).every(Number.isNaN)).toBe(true);
    expect(onlineSoftmax([Infinity, 2, 3, 4], 2).every(Number.isNaN)).toBe(true);
  });
  test('gives 0 to masked entries, also when a whole block is masked', () => {
    expect(onlineSoftmax([-Infinity, -Infinity, 0, 0], 2)).toEqual([0, 0, 0.5, 0.5]);
  });
  test('does not overflow when a later block raises the maximum to 1e308', () => {
    expect(onlineSoftmax([0, 1e308, -1e308], 1)).toEqual([0, 1, 0]);
  });
  test.each([0, -1, 1.5, NaN, Infinity])('throws a RangeError for blockSize %s', (b) => {
    expect(() => onlineSoftmax([1, 2], b)).toThrow(RangeError);
  });
  test('accepts a Float64Array and a block larger than the input', () => {
    expect(onlineSoftmax(new Float64Array([2, -1, 0.5]), 10)).toEqual(softmax([2, -1, 0.5]));
  });
});

describe('onlineSoftmax: properties', () => {
  test('equals the two-pass softmax for random logits and block sizes, within tight tolerance', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), fc.constant(-Infinity)),
          { minLength: 1, maxLength: 80 },
        ),
        fc.integer({ min: 1, max: 90 }),
        (z, b) => {
          fc.pre(z.some(Number.isFinite));
          const p = softmax(z);
          expectAllClose(
            onlineSoftmax(z, b),
            p,
            (i) => tolerance(p[i]!, z.length, b),
            `blocks of ${b}`,
          );
        },
      ),
    );
  });
  test('a single block gives exactly the two-pass softmax', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (z) => {
          const a = onlineSoftmax(z, z.length);
          const p = softmax(z);
          // Same sum and same exponentials; the two divide by the same S = 1 + R.
          expectAllClose(a, p, (i) => 2 * U * p[i]!, 'one block');
        },
      ),
    );
  });
});
