import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { softmax } from '../../../../src/lib/math/softmax';
import { topK } from '../../../../src/lib/math/topK';
import { U } from './reference';

const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
const logitsArb = fc.array(fc.double({ min: -30, max: 30, noNaN: true }), {
  minLength: 1,
  maxLength: 30,
});

describe('topK: reference cases', () => {
  test('keeps the two largest of [0.1, 0.4, 0.2, 0.3] and renormalises them to 4/7 and 3/7', () => {
    const q = topK([0.1, 0.4, 0.2, 0.3], 2);
    expect(q[0]).toBe(0);
    expect(q[2]).toBe(0);
    expect(q[1]).toBeCloseTo(4 / 7, 15);
    expect(q[3]).toBeCloseTo(3 / 7, 15);
  });
  test('k = 1 is greedy decoding: all the mass on the first most probable entry', () => {
    expect(topK([0.2, 0.4, 0.4], 1)).toEqual([0, 1, 0]);
  });
});

describe('topK: conventions', () => {
  test('keeps exactly k entries when the k-th is tied, breaking ties by index', () => {
    expect(topK([0.25, 0.25, 0.25, 0.25], 2)).toEqual([0.5, 0.5, 0, 0]);
  });
  test('renormalises unnormalised weights', () => {
    expect(topK([3, 1, 4], 2)).toEqual([3 / 7, 0, 4 / 7]);
  });
  test('returns [] for empty input', () => {
    expect(topK([], 3)).toEqual([]);
  });
  test.each([[[0.5, NaN]], [[1, -0.5]], [[Infinity, 0]]])(
    'returns all NaN for the invalid weights %j',
    (p) => {
      expect(topK(p, 1).every(Number.isNaN)).toBe(true);
    },
  );
  test('returns all NaN when the kept mass is 0', () => {
    expect(topK([0, 0, 0], 2).every(Number.isNaN)).toBe(true);
  });
  test.each([0, -1, 1.5, NaN, Infinity])('throws a RangeError for k = %s', (k) => {
    expect(() => topK([0.5, 0.5], k)).toThrow(RangeError);
  });
  test('does not modify its input', () => {
    const p = [0.1, 0.4, 0.5];
    topK(p, 1);
    expect(p).toEqual([0.1, 0.4, 0.5]);
  });
});

describe('topK: properties', () => {
  test('k ≥ n returns the softmax itself (within n·u)', () => {
    fc.assert(
      fc.property(logitsArb, fc.integer({ min: 0, max: 5 }), (z, extra) => {
        const p = softmax(z);
        const q = topK(p, z.length + extra);
        q.forEach((v, i) =>
          expect(Math.abs(v - p[i]!)).toBeLessThanOrEqual(2 * z.length * U * p[i]!),
        );
      }),
    );
  });
  test('renormalises to 1, keeps min(k, n) entries, and the kept ones are the largest', () => {
    fc.assert(
      fc.property(logitsArb, fc.integer({ min: 1, max: 40 }), (z, k) => {
        const p = softmax(z);
        const q = topK(p, k);
        expect(Math.abs(sum(q) - 1)).toBeLessThanOrEqual(2 * z.length * U);
        const kept = q.map((v, i) => (v > 0 ? i : -1)).filter((i) => i >= 0);
        expect(kept.length).toBe(Math.min(k, z.length)); // softmax of finite logits ≥ −30…30 has no zeros
        const smallestKept = Math.min(...kept.map((i) => p[i]!));
        p.forEach((v, i) => {
          if (q[i] === 0) expect(v).toBeLessThanOrEqual(smallestKept);
        });
      }),
    );
  });
  test('keeps the ratios between kept entries', () => {
    fc.assert(
      fc.property(logitsArb, fc.integer({ min: 2, max: 10 }), (z, k) => {
        const p = softmax(z);
        const q = topK(p, k);
        const kept = q.map((v, i) => (v > 0 ? i : -1)).filter((i) => i >= 0);
        const [a, b] = [kept[0]!, kept.at(-1)!];
        expect(Math.abs(q[a]! / q[b]! - p[a]! / p[b]!)).toBeLessThanOrEqual(
          4 * U * (p[a]! / p[b]!),
        );
      }),
    );
  });
  test('support size is min(k, number of non-zero entries)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 25 }),
        (w, k) => {
          const nonZero = w.filter((v) => v > 0).length;
          fc.pre(nonZero > 0);
          const q = topK(w, k);
          return q.filter((v) => v > 0).length === Math.min(k, nonZero);
        },
      ),
    );
  });
});
