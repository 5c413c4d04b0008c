import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roundToFloat32 } from '../../../../src/lib/math/roundToFloat32';
import { floatFormatsFixture, mismatches } from './fixtures';

const fx = floatFormatsFixture();

describe('roundToFloat32: NumPy reference', () => {
  test(`matches NumPy's float64 → float32 cast on all ${fx.rounding.length} fixture values, bit for bit`, () => {
    expect(mismatches(fx.rounding, 0, 1, roundToFloat32)).toEqual([]);
  });
});

describe('roundToFloat32: conventions', () => {
  test('overflows to ±Infinity from (2 − 2^−24)·2^127 on and keeps subnormals down to 2^−149', () => {
    expect(roundToFloat32((2 - 2 ** -24) * 2 ** 127)).toBe(Infinity);
    expect(roundToFloat32(-3.5e38)).toBe(-Infinity);
    expect(roundToFloat32(2 ** -149)).toBe(2 ** -149);
    expect(roundToFloat32(2 ** -150)).toBe(0);
  });
  test('returns NaN for NaN and keeps −0', () => {
    expect(roundToFloat32(NaN)).toBeNaN();
    expect(Object.is(roundToFloat32(-0), -0)).toBe(true);
  });
});

describe('roundToFloat32: properties', () => {
  test('round-trips through a Float32Array', () => {
    fc.assert(
      fc.property(fc.double(), (x) => Object.is(roundToFloat32(x), new Float32Array([x])[0])),
    );
  });
});
