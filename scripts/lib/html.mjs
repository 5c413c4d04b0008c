/**
 * Pure string transformations applied to the built HTML by scripts/postbuild.mjs.
 * Astro's output is regular (one `<head>`, double-quoted attributes), so targeted regular
 * expressions are enough and keep the post-build step fast and dependency-free.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT_RE = /<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE_RE = /<style((?:\s[^>]*)?)>([\s\S]*?)<\/style>/gi;

/** `'sha256-…'` CSP source of a string, hashed as UTF-8. @example sha256Source('') // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='" */
export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * CSP hash sources of the inline `<script>` and `<style>` elements of a page. Scripts with
 * `src` and non-executable data blocks (JSON, importmap excepted) need no hash.
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT_RE)) {
    if (/\ssrc\s*=/.test(attrs)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript', 'importmap'].includes(type)) continue;
    scripts.add(sha256Source(body));
  }
  for (const [, , body] of html.matchAll(INLINE_STYLE_RE)) styles.add(sha256Source(body));
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/**
 * The site's Content Security Policy for a page with the given inline hashes.
 *
 * - Scripts: same origin, plus the hash of each inline script Astro emits (island
 *   hydration, small hoisted scripts); 'wasm-unsafe-eval' lets Pagefind compile its
 *   WebAssembly (no JavaScript eval is allowed).
 * - Styles: `<style>`/`<link>` elements are same-origin or hashed (style-src-elem), but
 *   style *attributes* are allowed (style-src-attr 'unsafe-inline'): KaTeX positions every
 *   glyph with `style="…"` and Svelte islands set widths the same way; hashing thousands
 *   of attribute values ('unsafe-hashes') would bloat every page for little gain, since
 *   attributes cannot run script. `style-src` is the fallback for browsers without the
 *   Level 3 directives.
 * - Nothing off the host: every fetch directive is 'self' (data: images for inline SVG).
 *
 * `frame-ancestors` is ignored in a `<meta>` policy, so it is sent only as a header
 * (`headers: true`).
 *
 * @param {{ scripts?: string[], styles?: string[] }} [hashes]
 * @param {{ headers?: boolean }} [options]
 */
export function contentSecurityPolicy({ scripts = [], styles = [] } = {}, { headers = false } = {}) {
  const directives = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    "style-src 'self' 'unsafe-inline'",
    ["style-src-elem 'self'", ...styles].join(' '),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:", // Vite inlines the smallest KaTeX font into the CSS
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (headers) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** Inserts (or replaces) the CSP `<meta>` right after `<meta charset>`, before any script. */
export function injectCspMeta(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const charset = /<meta charset="[^"]*">/i.exec(cleaned);
  if (charset) return cleaned.replace(charset[0], charset[0] + meta);
  return cleaned.replace(/<head>/i, `<head>${meta}`);
}

/**
 * Search indexing of math: KaTeX's visual HTML (one span per glyph) is hidden from Pagefind,
 * and so is the MathML presentation tree, so the index and the excerpts keep only each
 * formula's TeX annotation, a readable text alternative (e.g. `\sum_j e^{z_j}`).
 */
export function markMathForSearch(html) {
  return html
    .replace(/<span class="katex-html"(?![^>]*data-pagefind-ignore)/g, '<span class="katex-html" data-pagefind-ignore')
    .replace(/<semantics><(m[a-z]+)(?=[\s>])(?![^>]*data-pagefind-ignore)/g, '<semantics><$1 data-pagefind-ignore');
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
    .map((name) => `<link rel="preload" as="font" type="font/woff2" href="${fonts[name]}" crossorigin>`)
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
