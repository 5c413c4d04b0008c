/**
 * Reader preferences kept in localStorage: the depth level they last read and the
 * language they picked. Storage can be unavailable (private mode, disabled cookies),
 * so every access is guarded and the site works the same without it.
 */
import { isLang, type Lang } from '../i18n/locales';
import { isLevel, type Level } from '../i18n/levels';

const LEVEL_KEY = 'softmax:level';
const LANG_KEY = 'softmax:lang';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    /* storage unavailable: the preference is simply not remembered */
  }
}

export function rememberedLevel(): Level | undefined {
  const v = read(LEVEL_KEY);
  return isLevel(v) ? v : undefined;
}

export function rememberLevel(level: Level): void {
  write(LEVEL_KEY, level);
}

export function rememberedLang(): Lang | undefined {
  const v = read(LANG_KEY);
  return isLang(v) ? v : undefined;
}

export function rememberLang(lang: Lang): void {
  write(LANG_KEY, lang);
}
