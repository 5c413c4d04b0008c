/**
 * Build step of the site search (run by src/integrations/site.mjs after `astro build`): reads
 * the built pages and writes one index file per language, <out>/search/<lang>.json, with the
 * text of each page split at its `<h2>`/`<h3>` headings (see ./engine.ts for the format).
 *
 * What is indexed follows the Pagefind attributes the layouts already carry: the element with
 * `data-search-body`, minus subtrees marked `data-search-ignore`; `data-search-meta="level"`
 * gives a lesson's level label. Formulas are indexed as the text of their MathML (what a screen
 * reader reads, e.g. "σ(z/T)"), never as TeX source; long and display formulas become "…".
 * Widgets (`<astro-island>`), SVG, scripts and form controls are skipped.
 */
import type { IndexFile, IndexPage, IndexSection } from './engine';

const SKIP = new Set([
  'script',
  'style',
  'svg',
  'template',
  'button',
  'select',
  'textarea',
  'astro-island',
  'noscript',
  'annotation',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const BLOCK =
  /^(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|section|figure|figcaption|blockquote|pre|dt|dd|dl|details|summary|br|aside|header|footer|nav|article)$/;
/** Inline formulas longer than this (as text) are shown as "…". */
const MAX_INLINE_MATH = 14;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  minus: '−',
  times: '×',
  thinsp: '\u2009',
};

/** @example decodeEntities('a &lt; b &#x3C3;') // 'a < b σ' */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Readable text of a KaTeX `<math>` element: its MathML tokens, without the TeX annotation. */
export function mathText(mathHtml: string): string {
  const display = /^<math[^>]*display="block"/.test(mathHtml);
  const text = decodeEntities(
    mathHtml
      .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ''),
  ).replace(/[\u200b\u2061-\u2064]/g, ''); // zero-width space, invisible function application/times/separator/plus
  if (display || text.length > MAX_INLINE_MATH) return '…';
  return text;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The indexable content of one built page, or null when it has none (index pages, 404).
 * `url` is the page's site-relative URL (e.g. 'en/temperature/formal/').
 */
export function extractPage(url: string, html: string): IndexPage | null {
  const start = html.search(/<[a-z]+[^>]*\sdata-search-body[\s>]/);
  if (start < 0) return null;
  const tag = /^<([a-z]+)/.exec(html.slice(start))![1]!;
  const end = html.indexOf(`</${tag}>`, start);
  const body = html.slice(start, end < 0 ? undefined : end);
  const description = decodeEntities(
    /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '',
  );

  const sections: IndexSection[] = [{ id: '', heading: '', text: '' }];
  let title = '';
  let level: string | undefined;
  let buf = '';
  let heading: { id: string; text: string; depth: number } | null = null;
  let inTitle = false;
  let meta: { name: string; text: string; depth: number } | null = null;
  const stack: string[] = [];
  let skipDepth = -1; // stack depth at which a skipped subtree started

  const emit = (text: string) => {
    if (meta) meta.text += text;
    if (skipDepth >= 0) return;
    if (inTitle) title += text;
    else if (heading) heading.text += text;
    else buf += text;
  };
  const flush = () => {
    const cur = sections[sections.length - 1]!;
    cur.text = clean(`${cur.text} ${buf}`);
    buf = '';
  };

  const re = /<!--[\s\S]*?-->|<math\b[\s\S]*?<\/math>|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g;
  for (const m of body.matchAll(re)) {
    if (m[4] !== undefined) {
      emit(decodeEntities(m[4]));
      continue;
    }
    if (m[0].startsWith('<!--')) continue;
    if (m[0].startsWith('<math')) {
      emit(` ${mathText(m[0])} `);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (!closing) {
      if (VOID.has(name) || attrs.endsWith('/')) {
        if (BLOCK.test(name)) emit(' ');
        continue;
      }
      stack.push(name);
      const ignore =
        SKIP.has(name) ||
        /\sdata-search-ignore(?:[\s=>]|$)/.test(attrs) ||
        /\sclass="katex-html"/.test(attrs);
      if (skipDepth < 0 && ignore) skipDepth = stack.length;
      const metaName = /\sdata-search-meta="([^"]+)"/.exec(attrs)?.[1];
      if (metaName && !meta) meta = { name: metaName, text: '', depth: stack.length };
      if (skipDepth < 0) {
        if (name === 'h1' && !title) inTitle = true;
        const hm = /^h([23])$/.exec(name);
        const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
        if (hm && id) {
          flush();
          heading = { id, text: '', depth: stack.length };
        }
        if (BLOCK.test(name)) emit(' ');
      }
      continue;
    }
    // Closing tag: pop to the matching element (tolerates the odd unclosed <p>).
    const at = stack.lastIndexOf(name);
    if (at < 0) continue;
    const depth = at + 1;
    stack.length = at;
    if (meta && depth <= meta.depth) {
      if (meta.name === 'level') level = clean(meta.text);
      meta = null;
    }
    if (skipDepth >= 0 && depth <= skipDepth) {
      skipDepth = -1;
      continue;
    }
    if (skipDepth >= 0) continue;
    if (inTitle && name === 'h1') inTitle = false;
    if (heading && depth <= heading.depth) {
      sections.push({ id: heading.id, heading: clean(heading.text), text: '' });
      heading = null;
    }
    if (BLOCK.test(name)) emit(' ');
  }
  flush();
  title = clean(title);
  const parts = url.split('/').filter(Boolean);
  const page: IndexPage = {
    url,
    title,
    group: parts[1] ?? parts[0] ?? '',
    description: clean(description),
    sections: sections.filter((s) => s.text !== '' || s.heading !== ''),
  };
  if (level) page.level = level;
  return page;
}

/** The language of a built page (`<html lang>`, primary subtag). */
export function pageLang(html: string): string | undefined {
  return /<html[^>]*\slang="([a-zA-Z]+)/.exec(html)?.[1]?.toLowerCase();
}

/**
 * One index per language from the built pages (`rel` paths such as 'en/temperature/formal/index.html').
 */
export function buildIndexes(
  pages: Iterable<{ rel: string; html: string }>,
): Map<string, IndexFile> {
  const out = new Map<string, IndexFile>();
  for (const { rel, html } of pages) {
    const lang = pageLang(html);
    if (!lang) continue;
    const url = rel.replace(/index\.html$/, '');
    const page = extractPage(url, html);
    if (!page) continue;
    let file = out.get(lang);
    if (!file) out.set(lang, (file = { v: 1, lang, pages: [] }));
    file.pages.push(page);
  }
  for (const file of out.values()) file.pages.sort((a, b) => a.url.localeCompare(b.url));
  return out;
}
