import { describe, expect, test } from 'vitest';
import { resolveTemperature } from '../../../../src/lib/math/resolveTemperature';

describe('resolveTemperature', () => {
  test('defaults to 1 when there are no options or no temperature', () => {
    expect(resolveTemperature(undefined)).toBe(1);
    expect(resolveTemperature({})).toBe(1);
  });
  test('returns a valid temperature unchanged, however small', () => {
    expect(resolveTemperature({ temperature: 0.5 })).toBe(0.5);
    expect(resolveTemperature({ temperature: 5e-324 })).toBe(5e-324);
  });
  test.each([0, -0, -1, NaN, Infinity, -Infinity])('throws a RangeError for %s', (t) => {
    expect(() => resolveTemperature({ temperature: t })).toThrow(RangeError);
  });
});
