/**
 * Every URL of the site is built here, so that route files, switchers and tests agree,
 * and so that the `base` path (a site served under e.g. /softmax/) is applied once.
 * All paths end with a slash (`trailingSlash: 'always'`).
 */
import { isLang, languages, type Lang } from './i18n/locales';
import { isLevel, type Level } from './i18n/levels';

/** The configured base path, always with a leading and a trailing slash. */
export const BASE: string = normalizeBase(import.meta.env.BASE_URL ?? '/');

/**
 * @example normalizeBase('softmax') // '/softmax/'
 * @example normalizeBase('/') // '/'
 */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefixes a site-relative path with the base path.
 *
 * @example withBase('en/', '/softmax/') // '/softmax/en/'
 */
export function withBase(path: string, base: string = BASE): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** `/<lang>/<lesson>/<level>/` @example lessonPath('pt', 'temperature', 'formal', '/') // '/pt/temperature/formal/' */
export function lessonPath(lang: Lang, lesson: string, level: Level, base: string = BASE): string {
  return withBase(`${lang}/${lesson}/${level}/`, base);
}

/** `/<lang>/`, the lesson index of a language. */
export function langIndexPath(lang: Lang, base: string = BASE): string {
  return withBase(`${lang}/`, base);
}

/** `/`, the language chooser. */
export function homePath(base: string = BASE): string {
  return withBase('', base);
}

export interface ParsedPath {
  lang?: Lang;
  lesson?: string;
  level?: Level;
}

/**
 * Reads language, lesson and level from a pathname (base path included or not).
 *
 * @example parsePath('/softmax/ru/temperature/formal/', '/softmax/')
 * // { lang: 'ru', lesson: 'temperature', level: 'formal' }
 */
export function parsePath(pathname: string, base: string = BASE): ParsedPath {
  const b = normalizeBase(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const [lang, lesson, level] = rest.split('/').filter(Boolean);
  if (!isLang(lang)) return {};
  if (!lesson) return { lang };
  return isLevel(level) ? { lang, lesson, level } : { lang, lesson };
}

/** `/<lang>/glossary/`, optionally at a term's anchor. */
export function glossaryPath(lang: Lang, term?: string, base: string = BASE): string {
  return withBase(`${lang}/glossary/${term ? `#${term}` : ''}`, base);
}

/** `/<lang>/faq/`, the questions and answers. */
export function faqPath(lang: Lang, base: string = BASE): string {
  return withBase(`${lang}/faq/`, base);
}

/**
 * The same page in another language. Every language mirrors the English paths, so the
 * language segment is swapped and the rest kept (lesson and level, glossary, Q&A);
 * a page outside the language folders (home, 404) maps to that language's index.
 *
 * @example translatePath('/en/temperature/formal/', 'pt', '/') // '/pt/temperature/formal/'
 */
export function translatePath(pathname: string, lang: Lang, base: string = BASE): string {
  const b = normalizeBase(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const [first, ...tail] = rest.split('/');
  if (!isLang(first)) return langIndexPath(lang, base);
  return withBase([lang, ...tail].join('/'), base);
}

/** The alternates of a page in every language, for hreflang links and the switcher. */
export function alternates(pathname: string, base: string = BASE): { lang: Lang; href: string }[] {
  return languages.map((lang) => ({ lang, href: translatePath(pathname, lang, base) }));
}
