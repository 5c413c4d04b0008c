import { describe, expect, test } from 'vitest';
import { conventionsOfTag, numberConventions } from '../../../../src/lib/numbers';
import { languages, locales } from '../../../../src/i18n/locales';

describe('numberConventions', () => {
  test('derives the decimal and list separators of every site language from Intl', () => {
    expect(numberConventions('en')).toEqual({ tag: 'en-US', decimal: '.', listSeparator: ', ' });
    expect(numberConventions('pt')).toEqual({ tag: 'pt-BR', decimal: ',', listSeparator: '; ' });
    expect(numberConventions('ru')).toEqual({ tag: 'ru-RU', decimal: ',', listSeparator: '; ' });
  });
  test('reads the tag from the locale table for every language', () => {
    for (const l of languages) expect(numberConventions(l).tag).toBe(locales[l].numberTag);
  });
  test('works for tags the site does not use yet (German comma, Chinese point)', () => {
    expect(conventionsOfTag('de-DE')).toMatchObject({ decimal: ',', listSeparator: '; ' });
    expect(conventionsOfTag('zh-CN')).toMatchObject({ decimal: '.', listSeparator: ', ' });
  });
});
