import type { Lang } from './locales';
import { en, type UiDict, type UiKey } from './ui/en';
import { pt } from './ui/pt';
import { ru } from './ui/ru';

export const dictionaries: Readonly<Record<Lang, UiDict>> = { en, pt, ru };

export type Translate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Returns the translator for a language. `{name}` placeholders are replaced by `params`;
 * a placeholder without a value is an error, so a typo never reaches a reader.
 *
 * @example t('pt')('lesson.number', { n: 2 }) // 'Lição 2'
 */
export function t(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, params = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`Missing value for {${name}} in "${key}" (${lang})`);
      return String(value);
    });
}

/** The `{placeholders}` of a UI string, sorted; used to check that translations keep them. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
