import { describe, expect, it } from 'vitest';
import { dictionaries, placeholders, t } from '../../../src/i18n/t';
import { languages } from '../../../src/i18n/locales';
import type { UiKey } from '../../../src/i18n/ui/en';

const en = dictionaries.en;
const keys = Object.keys(en) as UiKey[];

describe('UI dictionaries', () => {
  for (const lang of languages) {
    it(`${lang} has exactly the English keys`, () => {
      expect(Object.keys(dictionaries[lang]).sort()).toEqual([...keys].sort());
    });
    it(`${lang} has no empty string`, () => {
      const empty = keys.filter((k) => dictionaries[lang][k].trim() === '');
      expect(empty).toEqual([]);
    });
    it(`${lang} keeps the same {placeholders} as English`, () => {
      const wrong = keys.filter(
        (k) => placeholders(dictionaries[lang][k]).join() !== placeholders(en[k]).join(),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('pt and ru are translated, not copies of English', () => {
    for (const lang of ['pt', 'ru'] as const) {
      // Words outside {placeholders} must differ ("{label}: {current}" has none to translate).
      const words = (s: string) => s.replace(/\{\w+\}/g, '');
      const same = keys.filter(
        (k) =>
          dictionaries[lang][k] === en[k] &&
          /[a-z]{4,}/i.test(words(en[k])) &&
          !/^(Formal|Softmax)/.test(en[k]),
      );
      expect(same, `${lang} keys identical to English`).toEqual([]);
    }
  });
});

describe('t()', () => {
  it('fills placeholders', () => {
    expect(t('pt')('lesson.number', { n: 2 })).toBe('Lição 2');
    expect(t('ru')('lesson.number', { n: 3 })).toBe('Урок 3');
  });
  it('throws on a missing placeholder value instead of showing {n}', () => {
    expect(() => t('en')('lesson.number')).toThrow(/Missing value for \{n\}/);
  });
});
