import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../../src/lib/numbers';
import { formatNumberList } from '../../../../src/lib/numbers';
import type { NumberLocale } from '../../../../src/lib/numbers';
import { languages as NUMBER_LOCALES } from '../../../../src/i18n/locales';
import { parseNumberList } from '../../../../src/lib/numbers';

const ok = (values: number[]) => ({ ok: true, values });
const fail = (code: string, index?: number, token?: string) => ({
  ok: false,
  error: index === undefined ? { code } : { code, index, token },
});

describe('parseNumberList: English', () => {
  test.each([
    ['2, -1, 0.5', [2, -1, 0.5]],
    ['2,-1,0.5', [2, -1, 0.5]],
    ['2 -1 0.5', [2, -1, 0.5]],
    ['2; -1; 0.5', [2, -1, 0.5]],
    ['  2\t-1\n0.5  ', [2, -1, 0.5]],
    ['+3, .5, 5.', [3, 0.5, 5]],
    ['1e-3, 2.5E+2', [0.001, 250]],
    ['\u22121.25', [-1.25]],
  ])('reads %j', (text, values) => {
    expect(parseNumberList(text, 'en')).toEqual(ok(values));
  });
  test('reads "2,5" as the two values 2 and 5 (no decimal comma in English)', () => {
    expect(parseNumberList('2,5', 'en')).toEqual(ok([2, 5]));
  });
});

describe.each(['pt', 'ru'] as const)('parseNumberList: %s', (locale) => {
  test.each([
    ['2; -1; 0,5', [2, -1, 0.5]],
    ['2;-1;0,5', [2, -1, 0.5]],
    ['2 -1 0,5', [2, -1, 0.5]],
    ['0,25; 0,75', [0.25, 0.75]],
    ['\u22120,25 +1', [-0.25, 1]],
    ['2,5e-3; 1E2', [0.0025, 100]],
    [',5; 3,', [0.5, 3]],
  ])('reads %j', (text, values) => {
    expect(parseNumberList(text, locale)).toEqual(ok(values));
  });
  test('reads "2,5" as the single value 2.5', () => {
    expect(parseNumberList('2,5', locale)).toEqual(ok([2.5]));
  });
  test('accepts an unambiguous decimal point', () => {
    expect(parseNumberList('0.25; 1.5 2.5e-3 0.125', locale)).toEqual(
      ok([0.25, 1.5, 0.0025, 0.125]),
    );
  });
  test('rejects a point that could be thousands grouping, and mixed separators', () => {
    expect(parseNumberList('1.000', locale)).toEqual(fail('ambiguousGrouping', 0, '1.000'));
    expect(parseNumberList('2; 12.345.678', locale)).toEqual(
      fail('ambiguousGrouping', 1, '12.345.678'),
    );
    expect(parseNumberList('1.000,5', locale)).toEqual(fail('notANumber', 0, '1.000,5'));
  });
  test('does not treat a comma as a list separator', () => {
    expect(parseNumberList('1,2,3', locale)).toEqual(fail('notANumber', 0, '1,2,3'));
  });
});

describe('parseNumberList: errors', () => {
  test.each(NUMBER_LOCALES)('reports empty for empty or whitespace-only text (%s)', (locale) => {
    expect(parseNumberList('', locale)).toEqual(fail('empty'));
    expect(parseNumberList(' \t\n\u00a0', locale)).toEqual(fail('empty'));
  });
  test.each([
    ['abc', 0, 'abc'],
    ['1, NaN', 1, 'NaN'],
    ['Infinity', 0, 'Infinity'],
    ['-Infinity', 0, '-Infinity'],
    ['0x10', 0, '0x10'],
    ['1, 2a', 1, '2a'],
    ['1e', 0, '1e'],
    ['--1', 0, '--1'],
    ['1 - 2', 1, '-'],
    ['0b11', 0, '0b11'],
    ['1_000', 0, '1_000'],
  ])('rejects %j as notANumber', (text, index, token) => {
    expect(parseNumberList(text, 'en')).toEqual(fail('notANumber', index, token));
  });
  test('reports an empty token between separators with its index', () => {
    expect(parseNumberList('1;;2', 'pt')).toEqual(fail('emptyValue', 1, ''));
    expect(parseNumberList('1, , 2', 'en')).toEqual(fail('emptyValue', 1, ''));
    expect(parseNumberList('1,,2', 'en')).toEqual(fail('emptyValue', 1, ''));
    expect(parseNumberList('1; 2;', 'ru')).toEqual(fail('emptyValue', 2, ''));
  });
  test('reports outOfRange for an overflowing value such as 1e400', () => {
    expect(parseNumberList('1, 1e400', 'en')).toEqual(fail('outOfRange', 1, '1e400'));
  });
  test('reports outOfRange above maxAbs (default 1e6), which is configurable', () => {
    expect(parseNumberList('1000001', 'en')).toEqual(fail('outOfRange', 0, '1000001'));
    expect(parseNumberList('-1e6', 'en')).toEqual(ok([-1e6]));
    expect(parseNumberList('1e308', 'en', { maxAbs: Number.MAX_VALUE })).toEqual(ok([1e308]));
    expect(parseNumberList('5', 'en', { maxAbs: 4 })).toEqual(fail('outOfRange', 0, '5'));
  });
  test('reports tooManyValues beyond maxValues (default 10), at the first extra value', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => String(i)).join(' ');
    expect(parseNumberList(eleven, 'en')).toEqual(fail('tooManyValues', 10, '10'));
    expect(parseNumberList('1 2 3', 'en', { maxValues: 2 })).toEqual(fail('tooManyValues', 2, '3'));
    expect(parseNumberList(eleven, 'en', { maxValues: 11 }).ok).toBe(true);
  });
  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii' }),
        fc.constantFrom<NumberLocale>(...NUMBER_LOCALES),
        (s, locale) => {
          const r = parseNumberList(s, locale);
          if (r.ok)
            return (
              r.values.length >= 1 &&
              r.values.every((v) => Number.isFinite(v) && Math.abs(v) <= 1e6)
            );
          return [
            'empty',
            'emptyValue',
            'ambiguousGrouping',
            'notANumber',
            'tooManyValues',
            'outOfRange',
          ].includes(r.error.code);
        },
      ),
    );
  });
});

describe('parseNumberList: round trip with formatNumber', () => {
  test.each(NUMBER_LOCALES)('parses what formatNumber prints in the same locale (%s)', (locale) => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        (v, digits) => {
          const text = formatNumber(v, locale, digits);
          const r = parseNumberList(text, locale);
          expect(r.ok, text).toBe(true);
          if (!r.ok) return;
          expect(r.values).toHaveLength(1);
          const parsed = r.values[0]!;
          expect(Math.abs(parsed - v)).toBeLessThanOrEqual(
            0.5 * 10 ** -digits * (1 + 1e-9) + Math.abs(v) * 1e-15,
          );
          expect(formatNumber(parsed, locale, digits)).toBe(text);
        },
      ),
    );
  });
  test.each(NUMBER_LOCALES)(
    'parses scientific notation printed by formatNumber in the same locale (%s)',
    (locale) => {
      fc.assert(
        fc.property(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.integer({ min: 0, max: 8 }),
          (v, digits) => {
            const text = formatNumber(v, locale, digits, { notation: 'scientific' });
            const r = parseNumberList(text, locale);
            expect(r.ok, text).toBe(true);
            if (!r.ok) return;
            expect(Math.abs(r.values[0]! - v)).toBeLessThanOrEqual(
              Math.abs(v) * (0.5 * 10 ** -digits * (1 + 1e-9) + 1e-15),
            );
          },
        ),
      );
    },
  );
  test.each(NUMBER_LOCALES)(
    'parses what formatNumberList prints in the same locale (%s)',
    (locale) => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
            minLength: 1,
            maxLength: 10,
          }),
          (values) => {
            const text = formatNumberList(values, locale, 4);
            const r = parseNumberList(text, locale);
            expect(r.ok, text).toBe(true);
            if (r.ok) expect(formatNumberList(r.values, locale, 4)).toBe(text);
          },
        ),
      );
    },
  );
});
