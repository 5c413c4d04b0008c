/** The lesson catalog exactly as the build makes it (src/lessons.ts), from the lesson files' paths and frontmatter. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type LessonEntryLike } from '../../src/lessons';
import { isLang } from '../../src/i18n/locales';
import type { Level } from '../../src/i18n/levels';

export function contentCatalog() {
  const root = join(import.meta.dirname, '..', '..', 'content', 'lessons');
  const entries: LessonEntryLike[] = [];
  for (const lang of readdirSync(root).filter(isLang)) {
    for (const lesson of readdirSync(join(root, lang))) {
      for (const file of readdirSync(join(root, lang, lesson)).filter((f) => f.endsWith('.mdx'))) {
        const front =
          /^---\r?\n([\s\S]*?)\r?\n---/.exec(
            readFileSync(join(root, lang, lesson, file), 'utf8'),
          )?.[1] ?? '';
        const order = Number(/^order:\s*(\d+)/m.exec(front)?.[1]);
        const level = (/^level:\s*(\w+)/m.exec(front)?.[1] ?? '') as Level;
        entries.push({
          id: `${lang}/${lesson}/${file.replace(/\.mdx$/, '')}`,
          data: { title: '', description: '', order, level },
        });
      }
    }
  }
  return buildCatalog(entries);
}
