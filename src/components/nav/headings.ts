/**
 * Section ids that are the same in every language, so that `#structural-properties` opens
 * the same section in English, Portuguese and Russian and the language switcher can carry
 * the reader's place. The content test (tests/content/parity.test.ts) guarantees that the
 * three languages of a lesson level have the same headings in the same order, so the n-th
 * heading of a translation takes the id (the slug) of the n-th English heading.
 *
 * The lesson route registers a page's headings before rendering its content; the MDX `h2`/`h3`
 * replacements (H2.astro, H3.astro) look their id up by the page's path and the slug Astro gave
 * them. Keyed by path, not by render order, so concurrent rendering cannot mix them up.
 */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface PageHeading extends HeadingLike {
  /** The id the heading gets on the page: the English slug at the same position. */
  id: string;
}

/**
 * Pairs a page's headings with the English headings at the same positions. When the two
 * lists differ in shape (the parity test would already fail), every heading keeps its own slug.
 *
 * @example stableHeadings([{ depth: 2, slug: 'definições', text: 'Definições' }], [{ depth: 2, slug: 'definitions', text: 'Definitions' }])
 * // [{ depth: 2, slug: 'definições', text: 'Definições', id: 'definitions' }]
 */
export function stableHeadings(
  own: readonly HeadingLike[],
  english: readonly HeadingLike[],
): PageHeading[] {
  const sameShape =
    own.length === english.length && own.every((h, i) => h.depth === english[i]?.depth);
  const used = new Set<string>();
  return own.map((h, i) => {
    let id = sameShape ? (english[i]?.slug ?? h.slug) : h.slug;
    if (used.has(id)) id = h.slug;
    used.add(id);
    return { depth: h.depth, slug: h.slug, text: h.text, id };
  });
}

const byPage = new Map<string, Map<string, PageHeading>>();

/** Records the headings of the page at `pathname` (before its content renders). */
export function registerHeadings(pathname: string, headings: readonly PageHeading[]): void {
  byPage.set(pathname, new Map(headings.map((h) => [h.slug, h])));
}

/** The registered heading with Astro's `slug` on the page at `pathname`, if any. */
export function headingFor(pathname: string, slug: string | undefined): PageHeading | undefined {
  return slug === undefined ? undefined : byPage.get(pathname)?.get(slug);
}
