import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { minP } from '../../../../src/lib/math/minP';
import { softmax } from '../../../../src/lib/math/softmax';
import { U } from './reference';

const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
const logitsArb = fc.array(fc.double({ min: -30, max: 30, noNaN: true }), {
  minLength: 1,
  maxLength: 30,
});

describe('minP: reference cases', () => {
  test('keeps the entries with at least 0.5 × the top probability 0.5 (≥ 0.25)', () => {
    expect(minP([0.5, 0.125, 0.375], 0.5)).toEqual([0.5 / 0.875, 0, 0.375 / 0.875]);
  });
  test('adapts the cut-off: a flat distribution keeps more than a peaked one', () => {
    const flat = minP([0.3, 0.25, 0.25, 0.2], 0.5).filter((v) => v > 0).length;
    const peaked = minP([0.85, 0.05, 0.05, 0.05], 0.5).filter((v) => v > 0).length;
    expect([flat, peaked]).toEqual([4, 1]);
  });
});

describe('minP: conventions', () => {
  test('pMin = 0 keeps everything, renormalised', () => {
    expect(minP([2, 1, 1], 0)).toEqual([0.5, 0.25, 0.25]);
  });
  test('pMin = 1 keeps exactly the entries tied with the maximum', () => {
    expect(minP([0.4, 0.2, 0.4], 1)).toEqual([0.5, 0, 0.5]);
  });
  test('returns [] for empty input and all NaN for all zeros or invalid weights', () => {
    expect(minP([], 0.1)).toEqual([]);
    expect(minP([0, 0], 0.1).every(Number.isNaN)).toBe(true);
    expect(minP([NaN, 1], 0.1).every(Number.isNaN)).toBe(true);
  });
  test.each([-0.5, 2, NaN])('throws a RangeError for pMin = %s', (p) => {
    expect(() => minP([0.5, 0.5], p)).toThrow(RangeError);
  });
});

describe('minP: properties', () => {
  test('renormalises to 1 and keeps exactly the entries ≥ pMin · max', () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: 0, max: 1, noNaN: true }), (z, pMin) => {
        const p = softmax(z);
        const q = minP(p, pMin);
        const max = Math.max(...p);
        expect(Math.abs(sum(q) - 1)).toBeLessThanOrEqual(2 * z.length * U);
        p.forEach((v, i) => expect(q[i]! > 0).toBe(v >= pMin * max));
      }),
    );
  });
});
