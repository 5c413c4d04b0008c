import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roundToPrecision } from '../../../../src/lib/math/roundToPrecision';

const float32 = (x: number): number => roundToPrecision(x, 24, 127);

describe('roundToPrecision: against Math.fround (precision 24, exponents −126…127)', () => {
  test('agrees with Math.fround on arbitrary doubles', () => {
    fc.assert(
      fc.property(fc.double(), (x) => Object.is(float32(x), Math.fround(x))),
      { numRuns: 20_000 },
    );
  });
  test('agrees with Math.fround next to float32 halfway points, subnormals and overflow included', () => {
    fc.assert(
      fc.property(
        fc.float({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -3, max: 3 }),
        (f, k) => {
          // The float64 neighbours of the midpoint between f and the next float32 up.
          const up =
            Math.abs(f) === 3.4028234663852886e38
              ? 3.4028235677973366e38
              : nextFloat32Up(Math.abs(f));
          const mid = (Math.abs(f) + up) / 2;
          const x = mid + k * Math.max(Number.MIN_VALUE, mid * 2 ** -53);
          return Object.is(float32(x), Math.fround(x)) && Object.is(float32(-x), Math.fround(-x));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

/** The next float32 above a non-negative float32 (2^128 for the largest). */
function nextFloat32Up(f: number): number {
  const a = new Float32Array([f]);
  const u = new Uint32Array(a.buffer);
  u[0] = (u[0] as number) + 1;
  return a[0] as number;
}

describe('roundToPrecision: properties', () => {
  const p = fc.integer({ min: 2, max: 52 });
  const emax = fc.integer({ min: 2, max: 1023 });
  test('is idempotent: a rounded value is representable and rounds to itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), p, emax, (x, pp, e) => {
        const r = roundToPrecision(x, pp, e);
        return Object.is(roundToPrecision(r, pp, e), r);
      }),
    );
  });
  test('is monotone and odd: x ≤ y gives r(x) ≤ r(y), and r(−x) = −r(x)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }),
        fc.double({ noNaN: true }),
        p,
        emax,
        (x, y, pp, e) => {
          const [a, b] = x <= y ? [x, y] : [y, x];
          return (
            roundToPrecision(a, pp, e) <= roundToPrecision(b, pp, e) &&
            Object.is(roundToPrecision(-x, pp, e), -roundToPrecision(x, pp, e))
          );
        },
      ),
    );
  });
  test('errs by at most half a unit in the last place when it does not overflow', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), p, emax, (x, pp, e) => {
        const r = roundToPrecision(x, pp, e);
        if (!Number.isFinite(r)) return Math.abs(x) >= (2 - 2 ** -pp) * 2 ** e;
        const exp = Math.max(Math.floor(Math.log2(Math.abs(r) || 1)), 1 - e);
        return Math.abs(r - x) <= 2 ** (exp - pp); // ulp/2 at r's binade (a power of two below r: larger)
      }),
    );
  });
});

describe('roundToPrecision: conventions', () => {
  test('returns NaN, ±0 and ±Infinity unchanged', () => {
    expect(roundToPrecision(NaN, 11, 15)).toBeNaN();
    expect(Object.is(roundToPrecision(-0, 11, 15), -0)).toBe(true);
    expect(roundToPrecision(0, 11, 15)).toBe(0);
    expect(roundToPrecision(Infinity, 11, 15)).toBe(Infinity);
    expect(roundToPrecision(-Infinity, 8, 127)).toBe(-Infinity);
  });
  test('keeps the sign of a value that underflows to zero', () => {
    expect(Object.is(roundToPrecision(-1e-30, 11, 15), -0)).toBe(true);
    expect(Object.is(roundToPrecision(1e-30, 11, 15), 0)).toBe(true);
  });
  test('handles the smallest float64 subnormal and the largest float64', () => {
    expect(roundToPrecision(5e-324, 24, 127)).toBe(0);
    expect(roundToPrecision(Number.MAX_VALUE, 11, 15)).toBe(Infinity);
    expect(roundToPrecision(Number.MAX_VALUE, 52, 1023)).toBe(Infinity);
  });
});
