/**
 * Pure string transformations applied to the built HTML by the site integration (./site.mjs).
 * Astro's output is regular (one `<head>`, double-quoted attributes), so targeted regular
 * expressions are enough and keep the step fast and dependency-free. None of them changes the
 * content of an inline `<script>` or `<style>`, so the hashes of Astro's CSP stay valid.
 */

/**
 * Search indexing of math: KaTeX's visual HTML (one span per glyph) is hidden from Pagefind,
 * and so is the MathML presentation tree, so the index and the excerpts keep only each
 * formula's TeX annotation, a readable text alternative (e.g. `\sum_j e^{z_j}`).
 */
export function markMathForSearch(html) {
  return html
    .replace(
      /<span class="katex-html"(?![^>]*data-search-ignore)/g,
      '<span class="katex-html" data-search-ignore',
    )
    .replace(
      /<semantics><(m[a-z]+)(?=[\s>])(?![^>]*data-search-ignore)/g,
      '<semantics><$1 data-search-ignore',
    );
}

/** Whether the page renders any KaTeX math. */
export function hasMath(html) {
  return /class="katex(?:-display)?"/.test(html);
}

/**
 * `<link rel=preload>` for the KaTeX fonts a math page uses among the most common ones (main
 * upright text, math italic, and the Size1/Size2 fonts of big operators and delimiters,
 * detected from KaTeX's class names), inserted before the first stylesheet so they start
 * downloading with it. Rarer fonts (AMS, bold, calligraphic…) load on demand.
 * `fonts` maps a KaTeX font name (e.g. "KaTeX_Main-Regular") to its built URL.
 */
export function preloadMathFonts(html, fonts) {
  html = html.replace(/<link rel="preload" as="font"[^>]*>/g, ''); // idempotent
  if (!hasMath(html)) return html;
  const wanted = ['KaTeX_Main-Regular'];
  if (html.includes('mathnormal')) wanted.push('KaTeX_Math-Italic');
  // Big operators and tall delimiters (\sum, \left( … \right)) come from the Size fonts; they
  // are small (~5 kB) and, loaded late, change the height of display equations (layout shift).
  if (/small-op|delimsizing (?:size1|mult)/.test(html)) wanted.push('KaTeX_Size1-Regular');
  if (/large-op|delimsizing size2/.test(html)) wanted.push('KaTeX_Size2-Regular');
  const links = wanted
    .filter((name) => fonts[name])
    .map(
      (name) =>
        `<link rel="preload" as="font" type="font/woff2" href="${fonts[name]}" crossorigin>`,
    )
    .join('');
  const firstCss = html.search(/<link rel="stylesheet"/);
  if (firstCss >= 0) return html.slice(0, firstCss) + links + html.slice(firstCss);
  return html.replace('</head>', `${links}</head>`);
}

/**
 * Astro writes its island rule (`astro-island{display:contents}`) as a `<style>` inside
 * `<body>`, where HTML does not allow `<style>`; it moves to the end of `<head>` (same effect,
 * valid markup, and it applies before the first island is parsed).
 */
export function hoistIslandStyle(html) {
  const re = /<style>(astro-island[^<]*)<\/style>/;
  const headEnd = html.indexOf('</head>');
  const m = re.exec(html);
  if (!m || headEnd < 0 || m.index < headEnd) return html;
  const without = html.slice(0, m.index) + html.slice(m.index + m[0].length);
  return without.replace('</head>', `${m[0]}</head>`);
}

/** The Content-Security-Policy of a built page's `<meta>` (written by Astro's `security.csp`). */
export function cspOf(html) {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * One policy for every page, for the `_headers` file: the union of the pages' policies
 * (directive by directive, sources deduplicated), plus `frame-ancestors 'none'`, which a
 * `<meta>` policy cannot carry.
 * @example mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) // "script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'"
 */
export function mergePolicies(policies) {
  const byDirective = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = byDirective.get(name) ?? new Set();
      sources.forEach((src) => set.add(src));
      byDirective.set(name, set);
    }
  }
  byDirective.set('frame-ancestors', new Set(["'none'"]));
  return [...byDirective].map(([name, set]) => [name, ...set].join(' ')).join('; ');
}

const ENTITY = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decodes the entities Astro and KaTeX write (named basics and numeric ones). */
function decodeEntities(text) {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (all, hex, dec, name) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : (ENTITY[name.toLowerCase()] ?? all),
  );
}

/**
 * The characters a page draws with KaTeX's fonts: the text inside every `.katex-html` (the
 * visual markup; the MathML copy is read by assistive technology, not painted with these
 * fonts). The subset fonts in src/styles/katex-fonts/ must cover them.
 * @returns {Set<string>}
 */
export function mathGlyphs(html) {
  const chars = new Set();
  const token = /<(\/?)span\b[^>]*>|<[^>]*>|[^<]+/g;
  let at = 0;
  while ((at = html.indexOf('<span class="katex-html"', at)) >= 0) {
    token.lastIndex = at;
    let depth = 0;
    for (let m = token.exec(html); m; m = token.exec(html)) {
      if (m[0][0] !== '<') for (const ch of decodeEntities(m[0])) chars.add(ch);
      else if (m[0].startsWith('<span') || m[0].startsWith('</span')) depth += m[1] ? -1 : 1;
      if (depth === 0) break;
    }
    at = token.lastIndex;
  }
  return chars;
}
