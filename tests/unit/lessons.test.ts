import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  LessonCatalogError,
  neighbours,
  type LessonEntryLike,
} from '../../src/lessons';
import { languages } from '../../src/i18n/locales';
import { levels, type Level } from '../../src/i18n/levels';

function entry(
  lang: string,
  lesson: string,
  level: string,
  order = 1,
  dataLevel?: Level,
): LessonEntryLike {
  return {
    id: `${lang}/${lesson}/${level}`,
    data: {
      title: `${lesson} ${lang}`,
      description: 'd',
      order,
      level: dataLevel ?? (level as Level),
    },
  };
}

function full(lesson: string, order: number): LessonEntryLike[] {
  return languages.flatMap((lang) => levels.map((level) => entry(lang, lesson, level, order)));
}

describe('buildCatalog', () => {
  it('orders complete lessons by their order field', () => {
    const catalog = buildCatalog([...full('b', 2), ...full('a', 1), ...full('c', 3)]);
    expect(catalog.map((l) => l.slug)).toEqual(['a', 'b', 'c']);
    expect(catalog[0]?.variants.ru.formal.id).toBe('ru/a/formal');
  });

  it('fails naming every missing language×level file', () => {
    const entries = full('temperature', 3).filter(
      (e) => e.id !== 'pt/temperature/formal' && e.id !== 'ru/temperature/intuitive',
    );
    expect(() => buildCatalog(entries)).toThrow(LessonCatalogError);
    expect(() => buildCatalog(entries)).toThrow(/missing 2 of its 9 variants/);
    expect(() => buildCatalog(entries)).toThrow(/content\/lessons\/pt\/temperature\/formal\.mdx/);
    expect(() => buildCatalog(entries)).toThrow(
      /content\/lessons\/ru\/temperature\/intuitive\.mdx/,
    );
  });

  it('fails on an unknown language or level folder', () => {
    expect(() => buildCatalog([...full('a', 1), entry('de', 'a', 'formal')])).toThrow(
      /unknown language "de"/,
    );
    expect(() => buildCatalog([...full('a', 1), entry('en', 'a', 'expert', 1, 'formal')])).toThrow(
      /unknown level "expert"/,
    );
  });

  it('fails when the frontmatter level disagrees with the file name', () => {
    const entries = full('a', 1).map((e) =>
      e.id === 'en/a/formal' ? entry('en', 'a', 'formal', 1, 'intuitive') : e,
    );
    expect(() => buildCatalog(entries)).toThrow(
      /frontmatter says level "intuitive" but the file is "formal.mdx"/,
    );
  });

  it('fails when variants disagree on order, or two lessons share one', () => {
    const mixed = full('a', 1).map((e) =>
      e.id === 'ru/a/formal' ? entry('ru', 'a', 'formal', 2) : e,
    );
    expect(() => buildCatalog(mixed)).toThrow(/same "order"/);
    expect(() => buildCatalog([...full('a', 1), ...full('b', 1)])).toThrow(/share order 1/);
  });

  it('fails on a file outside <lang>/<lesson>/<level>', () => {
    expect(() => buildCatalog([{ ...entry('en', 'a', 'formal'), id: 'en/formal' }])).toThrow(
      /not at content\/lessons/,
    );
  });
});

describe('neighbours', () => {
  const catalog = buildCatalog([...full('a', 1), ...full('b', 2), ...full('c', 3)]);
  it('gives previous and next lessons', () => {
    const { prev, next } = neighbours(catalog, 'b');
    expect(prev?.slug).toBe('a');
    expect(next?.slug).toBe('c');
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(catalog, 'a').prev).toBeUndefined();
    expect(neighbours(catalog, 'c').next).toBeUndefined();
  });
});
