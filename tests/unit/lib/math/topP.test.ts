import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { softmax } from '../../../../src/lib/math/softmax';
import { topK } from '../../../../src/lib/math/topK';
import { topP } from '../../../../src/lib/math/topP';
import { U } from './reference';

const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
const logitsArb = fc.array(fc.double({ min: -30, max: 30, noNaN: true }), {
  minLength: 1,
  maxLength: 30,
});

describe('topP: reference cases', () => {
  test('keeps 0.5 and 0.3 of [0.5, 0.125, 0.375] for p = 0.8 (0.5 + 0.375 = 0.875 ≥ 0.8)', () => {
    expect(topP([0.5, 0.125, 0.375], 0.8)).toEqual([0.5 / 0.875, 0, 0.375 / 0.875]);
  });
  test('keeps only the top entry when it alone reaches p', () => {
    expect(topP([0.1, 0.7, 0.2], 0.7)).toEqual([0, 1, 0]);
  });
});

describe('topP: conventions', () => {
  test('p = 1 keeps every non-zero entry, even one far below the rounding of the others', () => {
    expect(topP([1, 1e-20], 1)).toEqual([1, 1e-20]);
    expect(topP([0.5, 0, 0.5], 1)).toEqual([0.5, 0, 0.5]);
  });
  test('p = 0 keeps one entry (greedy decoding), the first of tied maxima', () => {
    expect(topP([0.25, 0.375, 0.375], 0)).toEqual([0, 1, 0]);
  });
  test('breaks ties by index: of two equal entries that are not both needed, the first is kept', () => {
    expect(topP([0.25, 0.25, 0.5], 0.75)).toEqual([1 / 3, 0, 2 / 3]);
  });
  test('works on unnormalised weights (p is a fraction of the total)', () => {
    expect(topP([2, 1, 1], 0.5)).toEqual([1, 0, 0]);
    expect(topP([2, 1, 1], 0.6)).toEqual([2 / 3, 1 / 3, 0]);
  });
  test('decides a decimal tie on the binary values: 0.5 + 0.3 is just below 0.8', () => {
    expect(topP([0.5, 0.2, 0.3], 0.8).every((v) => v > 0)).toBe(true);
  });
  test('returns [] for empty input and all NaN for all zeros or invalid weights', () => {
    expect(topP([], 0.9)).toEqual([]);
    expect(topP([0, 0], 0.9).every(Number.isNaN)).toBe(true);
    expect(topP([0.5, NaN], 0.9).every(Number.isNaN)).toBe(true);
    expect(topP([1.5, -0.5], 0.9).every(Number.isNaN)).toBe(true);
  });
  test.each([-0.1, 1.01, NaN, Infinity])('throws a RangeError for p = %s', (p) => {
    expect(() => topP([0.5, 0.5], p)).toThrow(RangeError);
  });
});

describe('topP: properties', () => {
  test('renormalises to 1 and keeps a top set: no dropped entry exceeds a kept one', () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: 0, max: 1, noNaN: true }), (z, p) => {
        const probs = softmax(z);
        const q = topP(probs, p);
        expect(Math.abs(sum(q) - 1)).toBeLessThanOrEqual(2 * z.length * U);
        const keptMin = Math.min(...probs.filter((_, i) => q[i]! > 0));
        probs.forEach((v, i) => {
          if (q[i] === 0) expect(v).toBeLessThanOrEqual(keptMin);
        });
      }),
    );
  });
  test('keeps the smallest set whose mass reaches p (exact integer weights, dyadic p)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 64 }),
        (w, k) => {
          const total = sum(w);
          fc.pre(total > 0);
          const p = k / 64;
          const q = topP(w, p);
          const kept = w.filter((_, i) => q[i]! > 0);
          const mass = sum(kept);
          expect(mass).toBeGreaterThanOrEqual(p * total); // reaches p …
          expect(kept.length).toBeGreaterThanOrEqual(1);
          if (kept.length > 1) expect(mass - Math.min(...kept)).toBeLessThan(p * total); // … and is minimal
        },
      ),
    );
  });
  test('grows with p: a larger p never keeps fewer entries', () => {
    fc.assert(
      fc.property(
        logitsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (z, a, b) => {
          const probs = softmax(z);
          const size = (p: number) => topP(probs, p).filter((v) => v > 0).length;
          return a <= b ? size(a) <= size(b) : size(a) >= size(b);
        },
      ),
    );
  });
  test('is top-k with k = the support size of top-p', () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: 0, max: 1, noNaN: true }), (z, p) => {
        const probs = softmax(z);
        const q = topP(probs, p);
        expect(topK(probs, q.filter((v) => v > 0).length)).toEqual(q);
      }),
    );
  });
});
