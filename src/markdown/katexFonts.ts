/**
 * KaTeX's stylesheet, adapted by a Vite plugin:
 * - it lists woff2, woff and ttf for every font; every browser the site supports reads woff2,
 *   so the other two are dropped (Vite then copies only woff2 files to the build);
 * - its fonts are replaced by the subset copies in src/styles/katex-fonts/ (the characters the
 *   site's math draws; `npm run fonts:katex` writes them, and the build fails when a page
 *   needs a character they lack).
 */
import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { KATEX_FONT_DIR } from '../styles/katex-fonts.mjs';

export const KATEX_CSS_RE = /katex(\.min)?\.css$/;

export function woff2Only(css: string): string {
  return css
    .replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '')
    .replace(/,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g, '');
}

/**
 * Points `url(fonts/KaTeX_….woff2)` at the subset font of the same name in `fontDir`, as a
 * path relative to the stylesheet's folder `cssDir`; a font without a subset copy is left alone.
 */
export function useSubsetFonts(
  css: string,
  cssDir: string,
  fontDir = KATEX_FONT_DIR,
  exists: (path: string) => boolean = existsSync,
): string {
  return css.replace(/url\((["']?)fonts\/(KaTeX_[\w-]+\.woff2)\1\)/g, (all, _q, file: string) =>
    exists(fontDir + file) ? `url(${relative(cssDir, fontDir + file).replaceAll('\\', '/')})` : all,
  );
}

/** Vite plugin applying {@link woff2Only} and {@link useSubsetFonts} to KaTeX's CSS. */
export function katexFonts() {
  return {
    name: 'katex-fonts',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0] ?? '';
      return KATEX_CSS_RE.test(file)
        ? { code: useSubsetFonts(woff2Only(code), dirname(file)), map: null }
        : null;
    },
  };
}
