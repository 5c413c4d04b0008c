import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roundToBfloat16 } from '../../../../src/lib/math/roundToBfloat16';
import { finite16BitValues, floatFormatsFixture, mismatches } from './fixtures';

const fx = floatFormatsFixture();
const brains = finite16BitValues('bfloat16');

describe('roundToBfloat16: ml_dtypes reference', () => {
  test(`rounds all ${fx.rounding.length} fixture values once, to the exact nearest-even bfloat16`, () => {
    expect(mismatches(fx.rounding, 0, 3, roundToBfloat16)).toEqual([]);
  });
  test("matches ml_dtypes' float64 → bfloat16 cast bit for bit once the input is a float32", () => {
    expect(mismatches(fx.rounding, 0, 4, (x) => roundToBfloat16(Math.fround(x)))).toEqual([]);
  });
  test(`differs from ml_dtypes on a float64 input only where its double rounding does (${fx.doubleRoundingCases} fixture values)`, () => {
    const differ = fx.rounding.filter((r) => !Object.is(roundToBfloat16(r[0]), r[4]));
    expect(differ.length).toBe(fx.doubleRoundingCases);
    expect(differ.length).toBeGreaterThan(0);
    for (const r of differ) expect(Math.fround(r[0])).not.toBe(r[0]);
  });
});

describe('roundToBfloat16: every bfloat16 value', () => {
  test('leaves each finite bfloat16 value (and its negative) unchanged', () => {
    const bad = brains.filter(
      (v) => roundToBfloat16(v) !== v || !Object.is(roundToBfloat16(-v), -v),
    );
    expect(bad).toEqual([]);
  });
  test('rounds each halfway point to the neighbour with an even last bit, and its neighbours to the nearer', () => {
    const bad: number[] = [];
    for (let b = 0; b + 1 < brains.length; b++) {
      const lo = brains[b] as number;
      const hi = brains[b + 1] as number;
      const mid = (lo + hi) / 2;
      const d = (hi - lo) / 1024;
      if (roundToBfloat16(mid) !== (b % 2 === 0 ? lo : hi)) bad.push(mid);
      if (roundToBfloat16(mid - d) !== lo || roundToBfloat16(mid + d) !== hi) bad.push(mid);
    }
    expect(bad).toEqual([]);
  });
});

describe('roundToBfloat16: conventions', () => {
  test('overflows to ±Infinity from the halfway point (2 − 2^−8)·2^127 on', () => {
    const half = (2 - 2 ** -8) * 2 ** 127;
    expect(roundToBfloat16(half * (1 - 2 ** -52))).toBe(3.3895313892515355e38);
    expect(roundToBfloat16(half)).toBe(Infinity);
    expect(roundToBfloat16(-half)).toBe(-Infinity);
  });
  test('keeps subnormals spaced 2^−133 and flushes |x| ≤ 2^−134 to a signed zero', () => {
    expect(roundToBfloat16(2 ** -133)).toBe(2 ** -133);
    expect(roundToBfloat16(2 ** -134)).toBe(0);
    expect(roundToBfloat16(2 ** -134 * (1 + 2 ** -40))).toBe(2 ** -133);
    expect(Object.is(roundToBfloat16(-1e-45), -0)).toBe(true);
  });
  test('rounds a value just above a halfway point up, where float32-first rounding goes down', () => {
    expect(roundToBfloat16(1 + 2 ** -8 + 2 ** -30)).toBe(1 + 2 ** -7);
    expect(roundToBfloat16(Math.fround(1 + 2 ** -8 + 2 ** -30))).toBe(1);
  });
  test('returns NaN for NaN and keeps ±0 and ±Infinity', () => {
    expect(roundToBfloat16(NaN)).toBeNaN();
    expect(Object.is(roundToBfloat16(-0), -0)).toBe(true);
    expect(roundToBfloat16(Infinity)).toBe(Infinity);
  });
});

describe('roundToBfloat16: properties', () => {
  test('keeps the top 16 bits of a float32 input, rounded to nearest even', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true }), (f) => {
        const a = new Float32Array([f]);
        const u = new Uint32Array(a.buffer);
        const bits = u[0] as number;
        const low = bits & 0xffff;
        let top = bits >>> 16;
        if (low > 0x8000 || (low === 0x8000 && (top & 1) === 1)) top += 1;
        u[0] = top << 16;
        return Object.is(roundToBfloat16(f), a[0]);
      }),
      { numRuns: 20_000 },
    );
  });
  test('has a relative error of at most 2^−8 in the normal range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2 ** -126, max: 3e38, noNaN: true }),
        (x) => Math.abs(roundToBfloat16(x) - x) <= 2 ** -8 * x,
      ),
    );
  });
});
