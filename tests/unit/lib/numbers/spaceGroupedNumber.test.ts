import { describe, expect, test } from 'vitest';
import { parseNumberList } from '../../../../src/lib/numbers';
import { spaceGroupedNumber } from '../../../../src/lib/numbers/parseNumberList';

describe('spaceGroupedNumber: a number with spaces between digit groups', () => {
  test.each([
    ['1 000,5; 2', '1 000,5'],
    ['2; 1 000,5', '1 000,5'],
    ['12 345 678', '12 345 678'],
    ['−1 000', '−1 000'],
    ['1\u00a0000,5', '1\u00a0000,5'],
    ['1\u202f000', '1\u202f000'],
  ])('finds %j in ru', (text, token) => {
    expect(spaceGroupedNumber(text, 'ru')).toBe(token);
  });

  test.each([
    '2 -1 0,5',
    '2; −1; 0,5',
    '1 2 3',
    '10 20 30',
    '0,5 100',
    '1,000 2',
    '1 0000',
    '1 000,5,5',
  ])('finds nothing in ru %j', (text) => {
    expect(spaceGroupedNumber(text, 'ru')).toBeUndefined();
  });

  test('only where Intl groups thousands with a space (ru), not en or pt-BR', () => {
    expect(spaceGroupedNumber('1 000,5; 2', 'en')).toBeUndefined();
    expect(spaceGroupedNumber('1 000,5; 2', 'pt')).toBeUndefined();
  });

  test('the values are unchanged: the parser still reads the spaces as separators', () => {
    expect(parseNumberList('1 000,5; 2', 'ru')).toEqual({ ok: true, values: [1, 0.5, 2] });
  });

  test('finds what ru itself writes for a large number', () => {
    const written = new Intl.NumberFormat('ru-RU').format(12345.5);
    expect(written).toMatch(/\s/u);
    expect(spaceGroupedNumber(written, 'ru')).toBe(written);
  });
});
