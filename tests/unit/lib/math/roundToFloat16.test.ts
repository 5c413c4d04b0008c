import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roundToFloat16 } from '../../../../src/lib/math/roundToFloat16';
import { finite16BitValues, floatFormatsFixture, mismatches } from './fixtures';

const fx = floatFormatsFixture();
const halves = finite16BitValues('float16');

describe('roundToFloat16: NumPy reference', () => {
  test(`matches NumPy's float64 → float16 cast on all ${fx.rounding.length} fixture values, bit for bit`, () => {
    expect(mismatches(fx.rounding, 0, 2, roundToFloat16)).toEqual([]);
  });
});

describe('roundToFloat16: every float16 value', () => {
  test('leaves each of the 63 488 finite float16 values (and their negatives) unchanged', () => {
    const bad = halves.filter((v) => roundToFloat16(v) !== v || !Object.is(roundToFloat16(-v), -v));
    expect(bad).toEqual([]);
  });
  test('rounds each halfway point to the neighbour with an even last bit, and its neighbours to the nearer', () => {
    const bad: number[] = [];
    for (let b = 0; b + 1 < halves.length; b++) {
      const lo = halves[b] as number;
      const hi = halves[b + 1] as number;
      const mid = (lo + hi) / 2;
      const d = (hi - lo) / 1024;
      if (roundToFloat16(mid) !== (b % 2 === 0 ? lo : hi)) bad.push(mid);
      if (roundToFloat16(mid - d) !== lo || roundToFloat16(mid + d) !== hi) bad.push(mid);
      if (roundToFloat16(-mid) !== -(b % 2 === 0 ? lo : hi)) bad.push(-mid);
    }
    expect(bad).toEqual([]);
  });
});

describe('roundToFloat16: conventions', () => {
  test('overflows to ±Infinity from 65520 (halfway between 65504 and 65536) on', () => {
    expect(roundToFloat16(65519.99999999999)).toBe(65504);
    expect(roundToFloat16(65520)).toBe(Infinity);
    expect(roundToFloat16(-65520)).toBe(-Infinity);
    expect(roundToFloat16(1e300)).toBe(Infinity);
  });
  test('keeps subnormals spaced 2^−24 below 2^−14 and flushes |x| ≤ 2^−25 to a signed zero', () => {
    expect(roundToFloat16(2 ** -14 - 2 ** -24)).toBe(1023 * 2 ** -24);
    expect(roundToFloat16(3 * 2 ** -25)).toBe(2 * 2 ** -24); // 1.5 ulp: tie to the even 2
    expect(roundToFloat16(2 ** -25)).toBe(0);
    expect(roundToFloat16(2 ** -25 * (1 + 2 ** -52))).toBe(2 ** -24);
    expect(Object.is(roundToFloat16(-(2 ** -26)), -0)).toBe(true);
  });
  test('returns NaN for NaN and keeps ±0 and ±Infinity', () => {
    expect(roundToFloat16(NaN)).toBeNaN();
    expect(Object.is(roundToFloat16(-0), -0)).toBe(true);
    expect(roundToFloat16(-Infinity)).toBe(-Infinity);
  });
});

describe('roundToFloat16: properties', () => {
  test('is a float32 value for every input (float16 ⊂ float32)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) =>
        Object.is(Math.fround(roundToFloat16(x)), roundToFloat16(x)),
      ),
    );
  });
  test('has a relative error of at most 2^−11 in the normal range', () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -14, max: 65504, noNaN: true }), (x) => {
        return Math.abs(roundToFloat16(x) - x) <= 2 ** -11 * x;
      }),
    );
  });
});
