import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Lesson } from '../lessons';

export type LessonEntry = CollectionEntry<'lessons'>;

let cached: Promise<Lesson<LessonEntry>[]> | undefined;

/** The validated lesson catalog; the build fails here when a variant is missing. */
export function getCatalog(): Promise<Lesson<LessonEntry>[]> {
  cached ??= getCollection('lessons').then((entries) => buildCatalog(entries));
  return cached;
}
