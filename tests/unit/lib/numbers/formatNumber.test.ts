import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber, NOT_A_FINITE_NUMBER } from '../../../../src/lib/numbers';
import { languages as NUMBER_LOCALES } from '../../../../src/i18n/locales';

describe('formatNumber', () => {
  test('prints the worked example probability as 0.786 / 0,786', () => {
    expect(formatNumber(0.7855970345892759, 'en', 3)).toBe('0.786');
    expect(formatNumber(0.7855970345892759, 'pt', 3)).toBe('0,786');
    expect(formatNumber(0.7855970345892759, 'ru', 3)).toBe('0,786');
  });
  test('drops trailing zeros (at most, not exactly, `digits` fraction digits)', () => {
    expect(formatNumber(0.5, 'en', 3)).toBe('0.5');
    expect(formatNumber(1, 'pt', 3)).toBe('1');
    expect(formatNumber(2.25, 'en', 1)).toBe('2.3');
  });
  test('uses the real minus sign U+2212 for negatives', () => {
    expect(formatNumber(-0.25, 'en', 3)).toBe('\u22120.25');
    expect(formatNumber(-0.25, 'pt', 3)).toBe('\u22120,25');
    expect(formatNumber(-1000, 'ru', 0)).toBe('\u22121000');
  });
  test('never prints a negative zero', () => {
    expect(formatNumber(-0, 'en', 3)).toBe('0');
    expect(formatNumber(-0.0001, 'ru', 3)).toBe('0');
  });
  test('does not group digits, so the output parses back', () => {
    expect(formatNumber(1234567.5, 'en', 1)).toBe('1234567.5');
    expect(formatNumber(1234567.5, 'pt', 1)).toBe('1234567,5');
    expect(formatNumber(1234567.5, 'ru', 1)).toBe('1234567,5');
  });
  test('returns an em dash, never "NaN" or "Infinity", for non-finite input', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      for (const l of NUMBER_LOCALES) expect(formatNumber(v, l, 3)).toBe(NOT_A_FINITE_NUMBER);
    }
    expect(NOT_A_FINITE_NUMBER).toBe('\u2014');
  });
  test('defaults to 3 digits and clamps odd digit counts', () => {
    expect(formatNumber(Math.PI, 'en')).toBe('3.142');
    expect(formatNumber(Math.PI, 'en', -2)).toBe('3');
    expect(formatNumber(Math.PI, 'en', 2.9)).toBe('3.14');
    expect(formatNumber(Math.PI, 'en', NaN)).toBe('3.142');
  });
  test('uses scientific notation on request, with the real minus sign in the exponent', () => {
    expect(formatNumber(9.357620106e-14, 'en', 3, { notation: 'scientific' })).toBe(
      '9.358E\u221214',
    );
    expect(formatNumber(-9.357620106e-14, 'ru', 2, { notation: 'scientific' })).toBe(
      '\u22129,36E\u221214',
    );
    expect(formatNumber(1234567, 'pt', 3, { notation: 'scientific' })).toBe('1,235E6');
    expect(formatNumber(0, 'en', 3, { notation: 'scientific' })).toBe('0');
  });
  test('switches to scientific notation automatically only when the value would print as 0 or is huge', () => {
    expect(formatNumber(3.059e-7, 'en', 3, { notation: 'auto' })).toBe('3.059E\u22127');
    expect(formatNumber(0.0004, 'en', 3, { notation: 'auto' })).toBe('4E\u22124');
    expect(formatNumber(0.0006, 'en', 3, { notation: 'auto' })).toBe('0.001');
    expect(formatNumber(0.786, 'en', 3, { notation: 'auto' })).toBe('0.786');
    expect(formatNumber(1e12, 'en', 3, { notation: 'auto' })).toBe('1E12');
    expect(formatNumber(0, 'en', 3, { notation: 'auto' })).toBe('0');
  });
  test('never contains NaN, Infinity, undefined or an ASCII hyphen', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom(...NUMBER_LOCALES),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('standard', 'scientific', 'auto'),
        (v, l, d, notation) => {
          const s = formatNumber(v, l, d, { notation });
          return !/NaN|Infinity|undefined|∞|-/u.test(s) && s.length > 0;
        },
      ),
    );
  });
});
