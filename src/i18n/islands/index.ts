import type { Lang } from '../locales';
import { en, type IslandDict } from './en';
import { pt } from './pt';
import { ru } from './ru';

/** Island labels per language; read at build time by the island wrappers only. */
export const islandDictionaries: Readonly<Record<Lang, IslandDict>> = { en, pt, ru };
