import type { Lang } from './locales';

/**
 * Builds a per-language dictionary table from the modules of one dictionary folder
 * (`import.meta.glob('./ui/*.ts', { eager: true })`): the file `<code>.ts` exports `<code>`.
 * Adding a language therefore needs no registry edit, only its file; a language of the locale
 * table without a file fails the build here, naming the file to create.
 *
 * @example dictionaryTable(['en'], { './ui/en.ts': { en: { hi: 'Hi' } } }, 'src/i18n/ui') // { en: { hi: 'Hi' } }
 */
export function dictionaryTable<D>(
  langs: readonly Lang[],
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  folder: string,
): Readonly<Record<Lang, D>> {
  const byFile = new Map(
    Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\//u, ''), mod]),
  );
  const missing: string[] = [];
  const table = Object.fromEntries(
    langs.map((lang) => {
      const dict = byFile.get(`${lang}.ts`)?.[lang];
      if (dict === undefined) missing.push(`${folder}/${lang}.ts (export const ${lang})`);
      return [lang, dict as D];
    }),
  ) as Record<Lang, D>;
  if (missing.length > 0) throw new Error(`Missing dictionary file(s):\n  ${missing.join('\n  ')}`);
  return table;
}
