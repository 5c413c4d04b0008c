/**
 * KaTeX's stylesheet lists woff2, woff and ttf for every font. Every browser the site
 * supports reads woff2, so the other two are dropped from the CSS; Vite then copies only
 * the woff2 files to the build.
 */
export const KATEX_CSS_RE = /katex(\.min)?\.css$/;

export function woff2Only(css: string): string {
  return css
    .replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '')
    .replace(/,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g, '');
}

/** Vite plugin applying {@link woff2Only} to KaTeX's CSS. */
export function katexWoff2Only() {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return KATEX_CSS_RE.test(id.split('?')[0] ?? '')
        ? { code: woff2Only(code), map: null }
        : null;
    },
  };
}
