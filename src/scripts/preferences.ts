/**
 * Reader preferences kept in localStorage: the depth level they last read and the
 * language they picked. Storage can be unavailable (private mode, disabled cookies),
 * so every access is guarded and the site works the same without it.
 */
import { isLang, type Lang } from '../i18n/locales';
import { isLevel, type Level } from '../i18n/levels';

/** Storage keys; exported for the tiny inline scripts that run before the page is parsed. */
export const LEVEL_KEY = 'softmax:level';
export const LANG_KEY = 'softmax:lang';
export const THEME_KEY = 'softmax:theme';
export const VISITED_KEY = 'softmax:visited';

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

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export function rememberedTheme(): Theme {
  const v = read(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function rememberTheme(theme: Theme): void {
  write(THEME_KEY, theme);
}

/**
 * Lessons read on this device, as `lesson/level` strings (the same in every language: a
 * lesson read in Portuguese counts as read in English too).
 */
export function visited(): Set<string> {
  try {
    const v: unknown = JSON.parse(read(VISITED_KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberVisit(lesson: string, level: Level): void {
  const all = visited();
  const key = `${lesson}/${level}`;
  if (all.has(key)) return;
  all.add(key);
  write(VISITED_KEY, JSON.stringify([...all]));
}
