import { dictionaryTable } from '../dictionaryTable';
import { languages, type Lang } from '../locales';
import type { IslandDict } from './en';

/** Island labels per language (src/i18n/islands/<code>.ts); read at build time by the island wrappers only. */
export const islandDictionaries: Readonly<Record<Lang, IslandDict>> = dictionaryTable<IslandDict>(
  languages,
  import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts'], { eager: true }),
  'src/i18n/islands',
);
