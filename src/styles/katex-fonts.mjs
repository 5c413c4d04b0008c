/**
 * KaTeX's fonts, cut down to the characters the site's math uses (`npm run fonts:katex` writes
 * them from the built pages). A Vite plugin (src/markdown/katexFonts.ts) points KaTeX's
 * stylesheet at these files; the build fails when a page draws a character they lack.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const KATEX_FONT_DIR = fileURLToPath(new URL('./katex-fonts/', import.meta.url));

/** The characters the subset fonts were made for (src/styles/katex-fonts/glyphs.json). */
export function subsetGlyphs() {
  return new Set(JSON.parse(readFileSync(`${KATEX_FONT_DIR}glyphs.json`, 'utf8')).characters);
}
