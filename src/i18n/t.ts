import { dictionaryTable } from './dictionaryTable';
import { languages, type Lang } from './locales';
import type { UiDict, UiKey } from './ui/en';

/** UI strings per language: src/i18n/ui/<code>.ts for every language of the locale table. */
export const dictionaries: Readonly<Record<Lang, UiDict>> = dictionaryTable<UiDict>(
  languages,
  import.meta.glob<Record<string, unknown>>('./ui/*.ts', { eager: true }),
  'src/i18n/ui',
);

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
