import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { levels } from './i18n/levels';

/**
 * Lessons live in content/lessons/<lang>/<lesson>/<level>.mdx; the id keeps that path
 * (`en/what-is-softmax/intuitive`) so src/lessons.ts can check the language×level matrix.
 */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/*/*.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.object({
    title: z.string({ error: 'title is required (the lesson title in this language)' }).min(1),
    description: z
      .string({ error: 'description is required (one sentence for search results and previews)' })
      .min(1),
    order: z
      .number({ error: 'order is required: the lesson number in reading order (1, 2, …)' })
      .int()
      .positive(),
    level: z.enum(levels, { error: `level must be one of: ${levels.join(', ')}` }),
  }),
});

/**
 * One page per language: content/glossary/<lang>.mdx and content/faq/<lang>.mdx; the id is
 * the language (`en`, `pt`, `ru`).
 */
const pageSchema = z.object({
  title: z.string({ error: 'title is required (the page title in this language)' }).min(1),
  description: z
    .string({ error: 'description is required (one sentence for search results and previews)' })
    .min(1),
});
const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/glossary', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: pageSchema,
});
const faq = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/faq', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: pageSchema,
});

export const collections = { lessons, glossary, faq };
