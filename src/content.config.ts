import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema, pageSchema } from './data/schemas';

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
  schema: lessonSchema,
});

/**
 * One page per language: content/glossary/<lang>.mdx and content/faq/<lang>.mdx; the id is
 * the language (`en`, `pt`, `ru`).
 */
const glossary = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/glossary',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: pageSchema,
});
const faq = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/faq',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: pageSchema,
});

export const collections = { lessons, glossary, faq };
