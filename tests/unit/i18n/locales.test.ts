import { describe, expect, it } from 'vitest';
import { isLang, pickLanguage } from '../../../src/i18n/locales';
import { isLevel, nextLevel } from '../../../src/i18n/levels';

describe('pickLanguage', () => {
  it.each([
    [['pt-BR', 'en-US'], 'pt'],
    [['pt-PT'], 'pt'],
    [['pt'], 'pt'],
    [['ru-RU', 'en'], 'ru'],
    [['RU'], 'ru'],
    [['de-DE', 'ru-RU'], 'ru'],
    [['de-DE', 'fr'], 'en'],
    [['en-GB'], 'en'],
    [[], 'en'],
  ])('picks %j → %s', (prefs, expected) => {
    expect(pickLanguage(prefs)).toBe(expected);
  });
});

describe('guards', () => {
  it('recognizes languages and levels only', () => {
    expect(isLang('pt')).toBe(true);
    expect(isLang('pt-BR')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(isLevel('formal')).toBe(true);
    expect(isLevel('expert')).toBe(false);
  });
  it('walks levels from intuitive to formal', () => {
    expect(nextLevel('intuitive')).toBe('mechanical');
    expect(nextLevel('mechanical')).toBe('formal');
    expect(nextLevel('formal')).toBeUndefined();
  });
});
