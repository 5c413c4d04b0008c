import { describe, expect, test } from 'vitest';
import { expInFormat } from '../../../../src/lib/math/expInFormat';
import { floatFormat, type FloatFormatName } from '../../../../src/lib/math/floatFormat';
import { roundToFormat } from '../../../../src/lib/math/roundToFormat';
import { floatFormatsFixture, type FormatName } from './fixtures';

const fx = floatFormatsFixture();
const NAMES: readonly FormatName[] = ['float64', 'float32', 'float16', 'bfloat16'];

describe('floatFormat: NumPy/ml_dtypes finfo reference', () => {
  test.each(NAMES)(
    'gives the finfo limits of %s exactly (max, smallest normal and subnormal, eps)',
    (name) => {
      const f = floatFormat(name);
      const r = fx.formats[name];
      expect([f.bits, f.precision, f.maxExponent, f.minExponent]).toEqual([
        r.bits,
        r.precision,
        r.maxExponent,
        1 - r.maxExponent,
      ]);
      expect([f.maxFinite, f.minNormal, f.minSubnormal, f.epsilon]).toEqual([
        r.maxFinite,
        r.minNormal,
        r.minSubnormal,
        r.epsilon,
      ]);
    },
  );
  test.each(NAMES)('gives the exp thresholds of %s as the correctly rounded logarithms', (name) => {
    const f = floatFormat(name);
    const r = fx.formats[name];
    expect([f.expOverflow, f.expMinNormal, f.expUnderflow]).toEqual([
      r.expOverflow,
      r.expMinNormal,
      r.expUnderflow,
    ]);
  });
  test('agrees with the JavaScript constants for float64', () => {
    const f = floatFormat('float64');
    expect([f.maxFinite, f.minSubnormal, f.epsilon]).toEqual([
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.EPSILON,
    ]);
  });
});

describe('floatFormat: the thresholds mean what they say', () => {
  test.each(NAMES)(
    '%s: maxFinite, minNormal and minSubnormal are values of the format, and the next step up overflows',
    (name) => {
      const f = floatFormat(name);
      for (const v of [f.maxFinite, f.minNormal, f.minSubnormal, 1 + f.epsilon])
        expect(roundToFormat(v, name)).toBe(v);
      expect(roundToFormat(f.minSubnormal / 2, name)).toBe(0);
      if (name !== 'float64')
        expect(roundToFormat(f.maxFinite * (1 + f.epsilon), name)).toBe(Infinity);
      expect(roundToFormat(1 + f.epsilon / 2, name)).toBe(1); // halfway: ties to even
    },
  );
  test.each(NAMES)('%s: e^x is finite at expOverflow and Infinity just above it', (name) => {
    const f = floatFormat(name);
    expect(expInFormat(f.expOverflow, name)).toBeLessThanOrEqual(f.maxFinite);
    expect(expInFormat(f.expOverflow * (1 + f.epsilon), name)).toBe(Infinity);
  });
  test.each(NAMES)('%s: e^x is normal above expMinNormal and subnormal below it', (name) => {
    const f = floatFormat(name);
    expect(expInFormat(f.expMinNormal * (1 - f.epsilon), name)).toBeGreaterThanOrEqual(f.minNormal);
    expect(expInFormat(f.expMinNormal * (1 + f.epsilon), name)).toBeLessThan(f.minNormal);
  });
  test.each(NAMES)(
    '%s: e^x rounds to 0 just below expUnderflow and to minSubnormal just above it',
    (name) => {
      const f = floatFormat(name);
      const step = Math.max(f.epsilon, 2 ** -40);
      expect(expInFormat(f.expUnderflow * (1 + step), name)).toBe(0);
      expect(expInFormat(f.expUnderflow * (1 - step), name)).toBe(f.minSubnormal);
    },
  );
});

describe('floatFormat: conventions', () => {
  test('returns the same frozen object on every call', () => {
    expect(floatFormat('float16')).toBe(floatFormat('float16'));
    expect(Object.isFrozen(floatFormat('bfloat16'))).toBe(true);
  });
  test.each(['float8', 'toString', '__proto__', ''])(
    'throws a RangeError for the unknown name %j',
    (name) => {
      expect(() => floatFormat(name as FloatFormatName)).toThrow(RangeError);
    },
  );
  test('relates the limits: minNormal = minSubnormal · 2^(p−1), maxFinite = (2 − ε)·2^emax', () => {
    for (const name of NAMES) {
      const f = floatFormat(name);
      expect(f.minSubnormal * 2 ** (f.precision - 1)).toBe(f.minNormal);
      expect((2 - f.epsilon) * 2 ** f.maxExponent).toBe(f.maxFinite);
    }
  });
});
