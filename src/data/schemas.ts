/**
 * Frontmatter schemas, kept out of content.config.ts so they can be unit tested: an invalid
 * frontmatter must fail the build with a message that says what to write.
 */
import { z } from 'astro/zod';
import { levels } from '../i18n/levels';

export const lessonSchema = z.object({
  title: z.string({ error: 'title is required (the lesson title in this language)' }).min(1),
  description: z
    .string({ error: 'description is required (one sentence for search results and previews)' })
    .min(1),
  order: z
    .number({ error: 'order is required: the lesson number in reading order (1, 2, …)' })
    .int()
    .positive(),
  level: z.enum(levels, { error: `level must be one of: ${levels.join(', ')}` }),
});

/** Glossary and Q&A pages: one per language. */
export const pageSchema = z.object({
  title: z.string({ error: 'title is required (the page title in this language)' }).min(1),
  description: z
    .string({ error: 'description is required (one sentence for search results and previews)' })
    .min(1),
});
