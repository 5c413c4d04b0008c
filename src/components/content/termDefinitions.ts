/**
 * The glossary's definitions, for the previews of <Term>: the first paragraph under each
 * `<h2 id="…">` of content/glossary/<lang>.mdx, with its `$…$` math rendered by KaTeX at build
 * time (the same renderer and options as the lessons). Read once per language per build.
 */
import { getEntry } from 'astro:content';
import katex from 'katex';
import type { Lang } from '../../i18n/locales';

export interface TermDefinition {
  /** The entry's heading in that language (e.g. "Logito"). */
  title: string;
  /** The definition as HTML (escaped text and KaTeX markup). */
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A paragraph of glossary prose (plain text with `$…$` inline math) as HTML.
 *
 * @example definitionHtml('a & b') // 'a &amp; b'
 */
export function definitionHtml(paragraph: string): string {
  return paragraph
    .split(/(\$[^$]+\$)/)
    .map((part) =>
      part.startsWith('$') && part.endsWith('$') && part.length > 2
        ? katex.renderToString(part.slice(1, -1), {
            output: 'htmlAndMathml',
            strict: 'error',
            throwOnError: true,
          })
        : escapeHtml(part),
    )
    .join('');
}

/**
 * Splits a glossary source into its entries: id → title and first paragraph.
 *
 * @example parseGlossary('<h2 id="x">X</h2>\n\nThe x.\n\nTaught in: …').get('x') // { title: 'X', paragraph: 'The x.' }
 */
export function parseGlossary(source: string): Map<string, { title: string; paragraph: string }> {
  const out = new Map<string, { title: string; paragraph: string }>();
  const parts = source.split(/<h2 id="([^"]+)">([\s\S]*?)<\/h2>/);
  for (let i = 1; i + 2 < parts.length; i += 3) {
    const id = parts[i] ?? '';
    const title = (parts[i + 1] ?? '').trim();
    const paragraph =
      (parts[i + 2] ?? '')
        .trim()
        .split(/\r?\n\s*\r?\n/)[0]
        ?.replace(/\s*\r?\n\s*/g, ' ')
        .trim() ?? '';
    if (id) out.set(id, { title, paragraph });
  }
  return out;
}

const cache = new Map<Lang, Promise<Map<string, TermDefinition>>>();

/** The definitions of one language's glossary, by term id. */
export function termDefinitions(lang: Lang): Promise<Map<string, TermDefinition>> {
  let defs = cache.get(lang);
  if (!defs) {
    defs = Promise.resolve(getEntry('glossary', lang)).then((entry) => {
      if (!entry?.body) throw new Error(`content/glossary/${lang}.mdx is missing or empty`);
      const map = new Map<string, TermDefinition>();
      for (const [id, { title, paragraph }] of parseGlossary(entry.body))
        map.set(id, { title, html: definitionHtml(paragraph) });
      return map;
    });
    cache.set(lang, defs);
  }
  return defs;
}
