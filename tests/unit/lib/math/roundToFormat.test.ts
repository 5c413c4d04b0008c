import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FloatFormatName } from '../../../../src/lib/math/floatFormat';
import { roundToBfloat16 } from '../../../../src/lib/math/roundToBfloat16';
import { roundToFloat16 } from '../../../../src/lib/math/roundToFloat16';
import { roundToFormat } from '../../../../src/lib/math/roundToFormat';
import { floatFormatsFixture, mismatches } from './fixtures';

const fx = floatFormatsFixture();

describe('roundToFormat: reference', () => {
  test.each([
    ['float32', 1],
    ['float16', 2],
    ['bfloat16', 3],
  ] as const)('matches the %s column of the fixture', (name, column) => {
    expect(mismatches(fx.rounding, 0, column, (x) => roundToFormat(x, name))).toEqual([]);
  });
  test('is the identity for float64 (−0 and NaN included)', () => {
    expect(mismatches(fx.rounding, 0, 0, (x) => roundToFormat(x, 'float64'))).toEqual([]);
  });
});

describe('roundToFormat: conventions', () => {
  test.each(['float8', 'Float16', '', 'half'])(
    'throws a RangeError for the unknown format %j',
    (name) => {
      expect(() => roundToFormat(1, name as FloatFormatName)).toThrow(RangeError);
    },
  );
});

describe('roundToFormat: properties', () => {
  test('dispatches to Math.fround, roundToFloat16 and roundToBfloat16', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        return (
          Object.is(roundToFormat(x, 'float32'), Math.fround(x)) &&
          Object.is(roundToFormat(x, 'float16'), roundToFloat16(x)) &&
          Object.is(roundToFormat(x, 'bfloat16'), roundToBfloat16(x))
        );
      }),
    );
  });
});
