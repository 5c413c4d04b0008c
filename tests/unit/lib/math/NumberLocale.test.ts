import { describe, expect, test } from 'vitest';
import { isNumberLocale, NUMBER_LOCALES } from '../../../../src/lib/math/NumberLocale';

describe('NumberLocale', () => {
  test('lists en, pt and ru', () => {
    expect(NUMBER_LOCALES).toEqual(['en', 'pt', 'ru']);
  });
  test('recognises exactly the supported locales', () => {
    for (const l of NUMBER_LOCALES) expect(isNumberLocale(l)).toBe(true);
    for (const l of ['de', 'EN', 'pt-BR', '', null, 1]) expect(isNumberLocale(l)).toBe(false);
  });
});
