/**
 * The site search engine: BM25 over the sections of the built pages of one language, with
 * partial matches (a question need not match every word), prefixes and typo tolerance, and
 * results grouped by lesson. The index file (<base>search/<lang>.json, written at build time
 * by ./buildIndex.ts) holds only the pages' text; the postings are built here when the file
 * loads (a few milliseconds for this site), which keeps the download to the text itself.
 *
 * Why not Pagefind: it requires every word of a query ("why can't we backpropagate through
 * argmax" finds nothing) and has no typo tolerance; on the question set in
 * tests/fixtures/search/questions.json it found the right lesson in the top 3 for 30 % of the
 * questions (see tests/unit/search/bench.test.ts).
 */
import { queryTerms, stem, tokenize } from './text';

/** A heading-delimited part of a page; `id` is the heading's id ('' before the first heading). */
export interface IndexSection {
  id: string;
  heading: string;
  text: string;
}

/** One built page, as the index file stores it. */
export interface IndexPage {
  /** Site-relative URL without the base path, e.g. 'en/temperature/formal/'. */
  url: string;
  /** The page's `<h1>` (for a lesson, the lesson title). */
  title: string;
  /** Results are grouped by this: the lesson slug, or 'glossary' / 'faq'. */
  group: string;
  /** The level's label in the page language, for lesson pages. */
  level?: string;
  description: string;
  sections: IndexSection[];
}

export interface IndexFile {
  v: 1;
  lang: string;
  pages: IndexPage[];
}

/** A piece of excerpt text; `mark` when it is a matched word. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** One page in the results: its best section. */
export interface Hit {
  /** Site-relative URL of the best section (with its `#id`). */
  url: string;
  page: IndexPage;
  section: IndexSection;
  score: number;
  excerpt: Segment[];
  /** The words of the page that matched, as written there (for highlighting on arrival). */
  words: string[];
}

/** A lesson (or the glossary, the FAQ) with its matching pages beneath it, best first. */
export interface Group {
  key: string;
  title: string;
  score: number;
  hits: Hit[];
}

export interface SearchResult {
  /** The query's search stems. */
  terms: string[];
  groups: Group[];
  /** Number of matching pages. */
  total: number;
}

/** Queries are cut to this many characters (a 100,000-character paste searches its start). */
export const MAX_QUERY_LENGTH = 200;

const K1 = 1.2;
const B = 0.75;
// Field weights: a word in the page title or a heading says more than one in the body.
const W_TITLE = 2;
const W_HEADING = 2;
const W_DESCRIPTION = 0.5;
// Expansion weights: the stem itself, a longer/shorter word sharing its start, a typo.
const W_PREFIX = 0.75;
const W_TYPO = 0.6;
const EXCERPT_WORDS = 26;
// A page's score mixes its best passage (section) with the page as a whole (a word spread over
// many sections marks the page's topic); lessons rank above the glossary and the FAQ, which
// are lists of short entries (dense in terms, so BM25 favours them) that point to the lessons.
const W_PASSAGE = 0.5;
const W_WHOLE_PAGE = 0.5;
const W_REFERENCE = 0.75;
// A section whose heading is exactly what was asked ("what is a logit" → the heading "Logit",
// the glossary's definition) is the answer itself: its passage score is multiplied by this.
const W_EXACT_HEADING = 3;
const REFERENCE_GROUPS = new Set(['glossary', 'faq']);

interface Doc {
  page: number;
  section: number;
  length: number;
  /** The heading's distinct stems, sorted and joined: compared with the query's. */
  headingKey: string;
}

const keyOf = (stemList: string[]) => [...new Set(stemList)].sort().join(' ');

export interface Engine {
  lang: string;
  pages: IndexPage[];
  search(query: string): SearchResult;
}

/**
 * Builds the engine over an index file.
 *
 * @example createEngine(file).search('why subtract the max').groups[0].key // 'computing-safely'
 */
export function createEngine(file: IndexFile): Engine {
  const { lang, pages } = file;
  const docs: Doc[] = [];
  const passages = new Bm25();
  const wholePages = new Bm25();
  pages.forEach((page, pi) => {
    const titleStems = stems(lang, page.title);
    const descriptionStems = stems(lang, page.description);
    const pageTerms = new Map<string, number>();
    let pageLength = 8;
    page.sections.forEach((section, si) => {
      const terms = new Map<string, number>();
      const add = (list: string[], w: number) => {
        for (const s of list) {
          terms.set(s, (terms.get(s) ?? 0) + w);
          pageTerms.set(s, (pageTerms.get(s) ?? 0) + w);
        }
      };
      const body = stems(lang, section.text);
      add(body, 1);
      add(stems(lang, section.heading), W_HEADING);
      for (const s of [...titleStems, ...descriptionStems]) {
        const w = titleStems.includes(s) ? W_TITLE : W_DESCRIPTION;
        terms.set(s, (terms.get(s) ?? 0) + w);
      }
      passages.add(docs.length, terms, body.length + 8);
      pageLength += body.length;
      const headingKey = keyOf(stems(lang, section.heading));
      docs.push({ page: pi, section: si, length: body.length + 8, headingKey });
    });
    for (const s of titleStems) pageTerms.set(s, (pageTerms.get(s) ?? 0) + W_TITLE * 3);
    for (const s of descriptionStems) pageTerms.set(s, (pageTerms.get(s) ?? 0) + 1);
    wholePages.add(pi, pageTerms, pageLength);
  });
  const vocabulary = passages.vocabulary();

  /** The vocabulary stems a query stem stands for, with a weight. */
  function expand(q: string): Map<string, number> {
    const out = new Map<string, number>();
    if (passages.has(q)) out.set(q, 1);
    if (q.length >= 4) {
      for (const v of vocabulary) {
        if (v === q) continue;
        if (v.startsWith(q) || (v.length >= 4 && q.startsWith(v) && q.length - v.length <= 3)) {
          out.set(v, Math.max(out.get(v) ?? 0, W_PREFIX));
        }
      }
    }
    if (!passages.has(q) && q.length >= 4) {
      const max = q.length >= 8 ? 2 : 1;
      for (const v of vocabulary) {
        if (Math.abs(v.length - q.length) > max || out.has(v)) continue;
        if (editDistance(q, v, max) <= max) out.set(v, W_TYPO);
      }
    }
    // A relative of a word the site uses never outweighs the word itself ("softmax" must not
    // score as the rarer "soft").
    if (passages.has(q)) {
      const own = passages.idf(q);
      for (const [v, w] of out) if (v !== q) out.set(v, w * Math.min(1, own / passages.idf(v)));
    }
    return out;
  }

  function search(raw: string): SearchResult {
    const terms = queryTerms(lang, raw.slice(0, MAX_QUERY_LENGTH)).slice(0, 12);
    const expansions = terms.map(expand);
    const matched = new Set(expansions.flatMap((e) => [...e.keys()]));
    const docScores = passages.score(expansions);
    const pageScores = wholePages.score(expansions);
    const queryKey = keyOf(terms);

    // Page: its best passage and the page as a whole.
    const byPage = new Map<number, { best: number; section: number }>();
    for (const [d, raw] of docScores) {
      const { page, section, headingKey } = docs[d]!;
      const s = headingKey && headingKey === queryKey ? raw * W_EXACT_HEADING : raw;
      const cur = byPage.get(page);
      if (!cur || s > cur.best) byPage.set(page, { best: s, section });
    }
    const groups = new Map<string, Group>();
    for (const [pi, { best, section }] of byPage) {
      const page = pages[pi]!;
      const weight = REFERENCE_GROUPS.has(page.group) ? W_REFERENCE : 1;
      const score = weight * (W_PASSAGE * best + W_WHOLE_PAGE * (pageScores.get(pi) ?? 0));
      const hit = makeHit(lang, page, section, score, matched);
      const g = groups.get(page.group);
      if (g) g.hits.push(hit);
      else groups.set(page.group, { key: page.group, title: page.title, score: 0, hits: [hit] });
    }
    // Lesson: its best level, plus a little for the other levels that match too.
    for (const g of groups.values()) {
      g.hits.sort((a, b) => b.score - a.score);
      g.score = g.hits.reduce(
        (sum, h, i) => sum + h.score * (i === 0 ? 1 : i === 1 ? 0.25 : 0.1),
        0,
      );
    }
    const sorted = [...groups.values()].sort((a, b) => b.score - a.score);
    return { terms, groups: sorted, total: byPage.size };
  }

  return { lang, pages, search };
}

/** Okapi BM25 over weighted term frequencies. */
class Bm25 {
  private postings = new Map<string, Map<number, number>>();
  private lengths = new Map<number, number>();
  private total = 0;

  add(doc: number, terms: Map<string, number>, length: number): void {
    for (const [t, tf] of terms) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Map()));
      p.set(doc, tf);
    }
    this.lengths.set(doc, length);
    this.total += length;
  }
  has(term: string): boolean {
    return this.postings.has(term);
  }
  idf(term: string): number {
    const df = this.postings.get(term)?.size ?? 0;
    return Math.log(1 + (this.lengths.size - df + 0.5) / (df + 0.5));
  }
  vocabulary(): string[] {
    return [...this.postings.keys()];
  }
  /** Per document: the sum over query terms of the best-scoring expansion of each. */
  score(expansions: Map<string, number>[]): Map<number, number> {
    const avg = this.total / Math.max(1, this.lengths.size);
    const out = new Map<number, number>();
    for (const expansion of expansions) {
      const best = new Map<number, number>();
      for (const [v, w] of expansion) {
        const p = this.postings.get(v);
        if (!p) continue;
        const idf = this.idf(v);
        for (const [d, tf] of p) {
          const s =
            (w * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths.get(d)!) / avg));
          if (s > (best.get(d) ?? 0)) best.set(d, s);
        }
      }
      for (const [d, s] of best) out.set(d, (out.get(d) ?? 0) + s);
    }
    return out;
  }
}

function stems(lang: string, text: string): string[] {
  return tokenize(text).map((t) => stem(lang, t.word));
}

function makeHit(
  lang: string,
  page: IndexPage,
  si: number,
  score: number,
  matched: Set<string>,
): Hit {
  const section = page.sections[si]!;
  const tokens = tokenize(section.text);
  const isMatch = tokens.map((t) => matched.has(stem(lang, t.word)));
  // The window of EXCERPT_WORDS words with the most distinct matched words.
  let bestStart = 0;
  let bestCount = -1;
  for (let i = 0; i < Math.max(1, tokens.length - EXCERPT_WORDS + 1); i++) {
    const seen = new Set<string>();
    for (let j = i; j < Math.min(tokens.length, i + EXCERPT_WORDS); j++)
      if (isMatch[j]) seen.add(tokens[j]!.word);
    if (seen.size > bestCount) {
      bestCount = seen.size;
      bestStart = i;
    }
  }
  // Start two words before the first match of the window, for context.
  const firstMatch = isMatch.indexOf(true, bestStart);
  if (firstMatch >= 0) bestStart = Math.max(0, Math.min(bestStart, firstMatch - 2));
  const end = Math.min(tokens.length, bestStart + EXCERPT_WORDS);
  const excerpt: Segment[] = [];
  const words = new Set<string>();
  if (tokens.length > 0) {
    let pos = bestStart === 0 ? 0 : tokens[bestStart]!.start;
    if (bestStart > 0) excerpt.push({ text: '… ', mark: false });
    for (let j = bestStart; j < end; j++) {
      if (!isMatch[j]) continue;
      const t = tokens[j]!;
      excerpt.push({ text: section.text.slice(pos, t.start), mark: false });
      const surface = section.text.slice(t.start, t.end);
      excerpt.push({ text: surface, mark: true });
      words.add(surface);
      pos = t.end;
    }
    const stop = end >= tokens.length ? section.text.length : tokens[end - 1]!.end;
    excerpt.push({
      text: section.text.slice(pos, stop) + (end < tokens.length ? ' …' : ''),
      mark: false,
    });
  }
  for (const t of tokenize(section.heading))
    if (matched.has(stem(lang, t.word))) words.add(section.heading.slice(t.start, t.end));
  return {
    url: page.url + (section.id ? `#${section.id}` : ''),
    page,
    section,
    score,
    excerpt: excerpt.filter((s) => s.text !== ''),
    words: [...words].slice(0, 8),
  };
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up
 * above `max`.
 *
 * @example editDistance('temperture', 'temperature', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
