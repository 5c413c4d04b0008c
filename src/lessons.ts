/**
 * The lesson catalog: checks that every lesson exists in every language at every level
 * and orders lessons for the index and the prev/next links. Pure, so it is unit tested;
 * the route files feed it the content collection.
 */
import { languages, type Lang } from './i18n/locales';
import { levels, type Level } from './i18n/levels';

export interface LessonEntryLike {
  /** `<lang>/<lesson>/<level>` as produced by the glob loader. */
  id: string;
  data: { title: string; description: string; order: number; level: Level };
}

export interface LessonVariant<E extends LessonEntryLike = LessonEntryLike> {
  lang: Lang;
  lesson: string;
  level: Level;
  entry: E;
}

export interface Lesson<E extends LessonEntryLike = LessonEntryLike> {
  slug: string;
  order: number;
  /** variants[lang][level] */
  variants: Record<Lang, Record<Level, E>>;
}

export class LessonCatalogError extends Error {
  override name = 'LessonCatalogError';
}

/** Splits a collection id into its parts, or explains why it cannot. */
export function parseLessonId(id: string): { lang: string; lesson: string; level: string } {
  const parts = id.split('/');
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    throw new LessonCatalogError(
      `Lesson file "${id}" is not at content/lessons/<lang>/<lesson>/<level>.mdx.`,
    );
  }
  const [lang = '', lesson = '', level = ''] = parts;
  return { lang, lesson, level };
}

/**
 * Builds the ordered catalog and fails with one clear message listing every problem:
 * unknown language or level, a frontmatter `level` that disagrees with the file name,
 * a missing language×level variant, or an `order` that differs between variants.
 */
export function buildCatalog<E extends LessonEntryLike>(entries: readonly E[]): Lesson<E>[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Partial<Record<Lang, Partial<Record<Level, E>>>>>();

  for (const entry of entries) {
    const { lang, lesson, level } = parseLessonId(entry.id);
    if (!(languages as readonly string[]).includes(lang)) {
      problems.push(`${entry.id}: unknown language "${lang}" (expected ${languages.join(', ')}).`);
      continue;
    }
    if (!(levels as readonly string[]).includes(level)) {
      problems.push(`${entry.id}: unknown level "${level}" (expected ${levels.join(', ')}).`);
      continue;
    }
    if (entry.data.level !== level) {
      problems.push(
        `${entry.id}: frontmatter says level "${entry.data.level}" but the file is "${level}.mdx".`,
      );
    }
    const byLang = bySlug.get(lesson) ?? {};
    const byLevel = (byLang[lang as Lang] ??= {});
    byLevel[level as Level] = entry;
    bySlug.set(lesson, byLang);
  }

  const catalog: Lesson<E>[] = [];
  for (const [slug, byLang] of bySlug) {
    const missing: string[] = [];
    const orders = new Set<number>();
    for (const lang of languages) {
      for (const level of levels) {
        const entry = byLang[lang]?.[level];
        if (entry) orders.add(entry.data.order);
        else missing.push(`content/lessons/${lang}/${slug}/${level}.mdx`);
      }
    }
    if (missing.length > 0) {
      problems.push(
        `Lesson "${slug}" is missing ${missing.length} of its 9 variants:\n    ${missing.join('\n    ')}`,
      );
      continue;
    }
    if (orders.size !== 1) {
      problems.push(
        `Lesson "${slug}": every variant must have the same "order" (found ${[...orders].join(', ')}).`,
      );
      continue;
    }
    catalog.push({
      slug,
      order: [...orders][0] ?? 0,
      variants: byLang as Record<Lang, Record<Level, E>>,
    });
  }

  catalog.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  for (let i = 1; i < catalog.length; i++) {
    const prev = catalog[i - 1];
    const cur = catalog[i];
    if (prev && cur && prev.order === cur.order) {
      problems.push(`Lessons "${prev.slug}" and "${cur.slug}" share order ${cur.order}.`);
    }
  }

  if (problems.length > 0) {
    throw new LessonCatalogError(
      `The lessons are incomplete or invalid:\n  - ${problems.join('\n  - ')}`,
    );
  }
  return catalog;
}

/** Neighbours of a lesson in reading order. */
export function neighbours<E extends LessonEntryLike>(
  catalog: readonly Lesson<E>[],
  slug: string,
): { prev?: Lesson<E>; next?: Lesson<E> } {
  const i = catalog.findIndex((l) => l.slug === slug);
  if (i < 0) return {};
  return { prev: catalog[i - 1], next: catalog[i + 1] };
}
