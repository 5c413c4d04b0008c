import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTerms } from '../../src/data/glossaryTerms';
import { CONTENT, LANGS, readMdx } from './mdxTree';

// Lesson slugs are the folders of the English lessons (the catalog checks the other languages).
const LESSON_SLUGS = readdirSync(join(CONTENT, 'lessons', 'en'));

describe('glossary', () => {
  for (const lang of LANGS) {
    const file = join(CONTENT, 'glossary', `${lang}.mdx`);
    describe(lang, () => {
      it('exists', () => {
        expect(existsSync(file), `${file} is missing`).toBe(true);
      });
      it('has an anchor for every term in src/data/glossaryTerms.ts, so <Term id> links land', () => {
        const source = readFileSync(file, 'utf8');
        const ids = new Set([...source.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
        const missing = glossaryTerms.filter((id) => !ids.has(id));
        expect(
          missing,
          `content/glossary/${lang}.mdx lacks id="…" for: ${missing.join(', ')}`,
        ).toEqual([]);
      });
      it('links every entry to a lesson that exists in the reading order', () => {
        const page = readMdx(file);
        const links = page.tags.filter((t) => t.name === 'LessonLink');
        // One "taught in" link per entry, plus one to the code where an entry names a computation.
        expect(links.length).toBeGreaterThanOrEqual(glossaryTerms.length);
        expect(links.length).toBeLessThanOrEqual(2 * glossaryTerms.length);
        for (const link of links) {
          expect(LESSON_SLUGS, `unknown lesson in ${link.attrs.lesson}`).toContain(
            link.attrs.lesson?.replace(/"/g, ''),
          );
        }
      });
    });
  }
});
