/**
 * The lessons' reference lists (content/references.ts) against the lessons' English text: a
 * work marked as cited is named there (first author's surname), a citation in the text
 * ("Guo et al., 2017", "Milakov and Gimelshein, 2018") has an entry, and every address is https.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { references } from '../../content/references';
import { lessonFiles, proseOf, readMdx } from './mdxTree';

const files = lessonFiles();
const englishText = (slug: string) =>
  [...(files.get(slug)?.values() ?? [])]
    .map((byLang) => byLang.get('en'))
    .filter((f): f is string => Boolean(f))
    .map((f) => `${proseOf(readMdx(f))}\n${readFileSync(f, 'utf8')}`)
    .join('\n');
const surname = (authors: string) => authors.split(',')[0]!.trim();

describe('reference lists', () => {
  it('exist for exactly the lessons there are', () => {
    expect(Object.keys(references).sort()).toEqual([...files.keys()].sort());
  });

  for (const [slug, list] of Object.entries(references)) {
    it(`${slug}: names every cited work in the text and lists every work the text cites`, () => {
      const text = englishText(slug);
      expect(list.length).toBeGreaterThan(0);
      for (const ref of list) {
        if (ref.cited !== false)
          expect(text, `${slug}: ${ref.title}`).toContain(surname(ref.authors));
        if (ref.url) expect(ref.url).toMatch(/^https?:\/\/[^\s"<>]+$/);
        expect(ref.year).toBeGreaterThan(1900);
      }
      const citations = [
        ...text.matchAll(
          /\b([A-Z][\p{L}-]+)(?: et al\.| and [A-Z][\p{L}-]+)?,? (?:\(|")?(?:[^()"]{0,90}", )?((?:19|20)\d\d)\b/gu,
        ),
      ].filter((m) => /et al\.| and /.test(m[0]));
      for (const m of citations) {
        const [who, year] = [m[1]!, Number(m[2])];
        expect(
          list.some((r) => surname(r.authors) === who && r.year === year),
          `${slug} cites "${m[0]}" but its reference list has no ${who} ${year}`,
        ).toBe(true);
      }
    });
  }
});
