/**
 * The glossary in alphabetical order for its language. The entries stay written in lesson
 * order in content/glossary/<lang>.mdx (one file per language, the same order in all three);
 * the page sorts them at build time: the ids and titles come from the source (parseGlossary),
 * the rendered HTML is cut into one section per `<h2 id="…">` and put back in that order, and
 * an A–Z index links the first entry of each letter. Pure, so it is unit tested.
 */

export interface GlossaryHeading {
  id: string;
  title: string;
}

export interface IndexLetter {
  /** The letter shown (uppercase, without a diacritic that does not make a letter of its own). */
  letter: string;
  /** The id of the first entry under that letter. */
  id: string;
}

/**
 * Entries sorted by title with the language's collation (`tag` is its BCP 47 tag: 'pt-BR'
 * puts "Ç" with "C", 'ru' puts Cyrillic before Latin), ties kept in source order.
 *
 * @example sortByTitle([{ id: 'b', title: 'Beta' }, { id: 'a', title: 'alpha' }], 'en').map((e) => e.id) // ['a', 'b']
 */
export function sortByTitle<T extends GlossaryHeading>(entries: readonly T[], tag: string): T[] {
  const collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true });
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => collator.compare(a.entry.title, b.entry.title) || a.i - b.i)
    .map(({ entry }) => entry);
}

/**
 * The index letter of a title: its first letter, uppercase, without an accent that the
 * language's collation ignores ("É" → "E" in Portuguese, "Ё" → "Е" in Russian, but "Й" stays).
 * A title without any letter goes under "#".
 *
 * @example indexLetter('Épsilon', 'pt-BR') // 'E'
 * @example indexLetter('(x)', 'en') // 'X'
 */
export function indexLetter(title: string, tag: string): string {
  const first = /\p{L}/u.exec(title.normalize('NFC'))?.[0];
  if (!first) return '#';
  const upper = first.toLocaleUpperCase(tag);
  const base = upper.normalize('NFD')[0] ?? upper;
  const collator = new Intl.Collator(tag, { sensitivity: 'base' });
  return collator.compare(base, upper) === 0 ? base : upper;
}

/**
 * The A–Z index of entries already in alphabetical order: each letter that starts at least one
 * title, once, linked to the first entry under it.
 *
 * @example letterIndex([{ id: 'a', title: 'Argmax' }, { id: 'b', title: 'attention' }], 'en') // [{ letter: 'A', id: 'a' }]
 */
export function letterIndex(sorted: readonly GlossaryHeading[], tag: string): IndexLetter[] {
  const out: IndexLetter[] = [];
  const seen = new Set<string>();
  for (const { id, title } of sorted) {
    const letter = indexLetter(title, tag);
    if (seen.has(letter)) continue;
    seen.add(letter);
    out.push({ letter, id });
  }
  return out;
}

/**
 * Puts the sections of rendered HTML in the given order of ids. A section starts at an
 * `<h2 id="…">` and runs to the next one; what comes before the first stays first. Sections
 * whose id is not listed keep their place after the listed ones, so nothing is ever dropped.
 *
 * @example orderSections('<p>i</p><h2 id="b">B</h2>b<h2 id="a">A</h2>a', ['a', 'b']) // '<p>i</p><h2 id="a">A</h2>a<h2 id="b">B</h2>b'
 */
export function orderSections(html: string, ids: readonly string[]): string {
  const starts = [...html.matchAll(/<h2 id="([^"]+)"/g)];
  if (starts.length === 0) return html;
  const intro = html.slice(0, starts[0]?.index ?? 0);
  const sections = starts.map((m, i) => ({
    id: m[1] ?? '',
    html: html.slice(m.index, starts[i + 1]?.index ?? html.length),
  }));
  const rank = new Map(ids.map((id, i) => [id, i]));
  const listed = sections
    .filter((s) => rank.has(s.id))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const rest = sections.filter((s) => !rank.has(s.id));
  // The last section may end with the whitespace before the closing of the content: keep
  // every section separated by a newline whatever its new position.
  return intro + [...listed, ...rest].map((s) => s.html.replace(/\s*$/, '\n')).join('');
}
