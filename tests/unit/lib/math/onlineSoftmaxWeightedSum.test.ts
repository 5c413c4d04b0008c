import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { onlineSoftmaxWeightedSum } from '../../../../src/lib/math/onlineSoftmaxWeightedSum';
import { softmax } from '../../../../src/lib/math/softmax';
import { U } from './reference';

/** The dense reference: p = softmax(scores), then Σ_i p_i v_i column by column. */
const dense = (scores: number[], values: number[][]): number[] => {
  const p = softmax(scores);
  return (values[0] ?? []).map((_, j) => values.reduce((s, row, i) => s + p[i]! * row[j]!, 0));
};

describe('onlineSoftmaxWeightedSum: reference cases', () => {
  test('averages two rows with equal scores', () => {
    expect(
      onlineSoftmaxWeightedSum(
        [0, 0],
        [
          [1, 0],
          [0, 1],
        ],
        1,
      ),
    ).toEqual([0.5, 0.5]);
  });
  test('weights rows 3 : 1 for scores log 3 and 0, in blocks of 1', () => {
    expect(onlineSoftmaxWeightedSum([Math.log(3), 0], [[1], [5]], 1)[0]).toBeCloseTo(2, 15);
  });
  test('matches the dense attention output for a 6-key example, in every block size', () => {
    const scores = [0.3, -1.2, 2.5, 0.9, 2.4, -0.1];
    const values = [
      [1, 2],
      [-1, 0],
      [0.5, 3],
      [2, -2],
      [0, 1],
      [4, 4],
    ];
    const expected = dense(scores, values);
    for (let b = 1; b <= 7; b++) {
      onlineSoftmaxWeightedSum(scores, values, b).forEach((v, j) =>
        expect(Math.abs(v - expected[j]!)).toBeLessThanOrEqual(64 * U * 4),
      );
    }
  });
});

describe('onlineSoftmaxWeightedSum: conventions', () => {
  test('returns [] for no scores and no rows', () => {
    expect(onlineSoftmaxWeightedSum([], [], 2)).toEqual([]);
  });
  test('skips masked rows entirely, even rows holding NaN or Infinity', () => {
    expect(onlineSoftmaxWeightedSum([0, -Infinity, 0], [[1], [NaN], [3]], 2)).toEqual([2]);
    expect(onlineSoftmaxWeightedSum([-Infinity, 0], [[Infinity], [7]], 1)).toEqual([7]);
  });
  test('returns NaN everywhere when all scores are masked or one is NaN or +Infinity', () => {
    expect(
      onlineSoftmaxWeightedSum(
        [-Infinity, -Infinity],
        [
          [1, 2],
          [3, 4],
        ],
        1,
      ).every(Number.isNaN),
    ).toBe(true);
    expect(onlineSoftmaxWeightedSum([0, NaN], [[1], [2]], 1).every(Number.isNaN)).toBe(true);
    expect(onlineSoftmaxWeightedSum([Infinity, 0], [[1], [2]], 2).every(Number.isNaN)).toBe(true);
  });
  test('rescales the running output when a later block raises the maximum by 1000', () => {
    expect(onlineSoftmaxWeightedSum([0, 1000], [[5], [9]], 1)).toEqual([9]);
  });
  test('throws a RangeError for a bad block size, a missing row or a ragged row', () => {
    expect(() => onlineSoftmaxWeightedSum([0], [[1]], 0)).toThrow(RangeError);
    expect(() => onlineSoftmaxWeightedSum([0, 1], [[1]], 1)).toThrow(RangeError);
    expect(() => onlineSoftmaxWeightedSum([0, 1], [[1], [1, 2]], 1)).toThrow(RangeError);
  });
});

describe('onlineSoftmaxWeightedSum: properties', () => {
  test('equals the dense softmax-then-sum for random scores, values and block sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((d) =>
          fc.array(
            fc.tuple(
              fc.oneof(fc.double({ min: -40, max: 40, noNaN: true }), fc.constant(-Infinity)),
              fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
                minLength: d,
                maxLength: d,
              }),
            ),
            { minLength: 1, maxLength: 40 },
          ),
        ),
        fc.integer({ min: 1, max: 45 }),
        (rows, b) => {
          const scores = rows.map((r) => r[0]);
          const values = rows.map((r) => r[1]);
          fc.pre(scores.some(Number.isFinite));
          const expected = dense(scores, values);
          const n = rows.length;
          onlineSoftmaxWeightedSum(scores, values, b).forEach((v, j) =>
            // |v_i| ≤ 10: each of ~n + blocks roundings costs at most 10·u·(a few).
            expect(Math.abs(v - expected[j]!)).toBeLessThanOrEqual(
              10 * U * (4 * n + 8 * Math.ceil(n / b) + 8),
            ),
          );
        },
      ),
    );
  });
  test('is a convex combination: each output lies between the smallest and largest value in its column', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -40, max: 40, noNaN: true }),
            fc.double({ min: -10, max: 10, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 1, max: 8 }),
        (rows, b) => {
          const [v] = onlineSoftmaxWeightedSum(
            rows.map((r) => r[0]),
            rows.map((r) => [r[1]]),
            b,
          );
          const col = rows.map((r) => r[1]);
          const slack = 64 * U * 10;
          return v! >= Math.min(...col) - slack && v! <= Math.max(...col) + slack;
        },
      ),
    );
  });
});
