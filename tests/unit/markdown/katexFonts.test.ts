import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { mathGlyphs } from '../../../src/integrations/html.mjs';
import { useSubsetFonts } from '../../../src/markdown/katexFonts';
import { KATEX_FONT_DIR, subsetGlyphs } from '../../../src/styles/katex-fonts.mjs';

const require = createRequire(import.meta.url);
const katexCss = require.resolve('katex/dist/katex.min.css');
const originalDir = join(dirname(katexCss), 'fonts');
const woff2Names = readdirSync(originalDir).filter((f) => f.endsWith('.woff2'));

async function unicodes(file: string): Promise<Set<number>> {
  const sfnt = await fontverter.convert(readFileSync(file), 'sfnt');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

describe('mathGlyphs', () => {
  it('reads the text of KaTeX’s visual markup, nested spans and entities included, not the MathML', () => {
    const html =
      '<p>prose z</p><span class="katex"><span class="katex-mathml"><math><mi>q</mi></math></span>' +
      '<span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">x</span>' +
      '<span class="mrel">&lt;</span><span><span>&#x2211;</span></span>&amp;</span></span></span>' +
      '<span>after</span><span class="katex-html"><span>я</span></span>';
    expect([...mathGlyphs(html)].sort()).toEqual(['&', '<', 'x', 'я', '∑'].sort());
  });

  it('finds nothing on a page without math', () => {
    expect(mathGlyphs('<p>no math here <span>at all</span></p>').size).toBe(0);
  });
});

describe('subset KaTeX fonts', () => {
  it('points every woff2 font of the real KaTeX stylesheet at an existing subset copy', () => {
    const css = readFileSync(katexCss, 'utf8');
    const out = useSubsetFonts(css, dirname(katexCss));
    const urls = [...out.matchAll(/url\(([^)]*\.woff2)\)/g)].map((m) => m[1] ?? '');
    expect(urls).toHaveLength(woff2Names.length);
    for (const url of urls) {
      expect(url).toMatch(/katex-fonts\/KaTeX_[\w-]+\.woff2$/);
      expect(() => readFileSync(resolve(dirname(katexCss), url))).not.toThrow();
    }
  });

  it('leaves a font without a subset copy pointing at KaTeX’s own file', () => {
    const css = '@font-face{src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}';
    expect(useSubsetFonts(css, '/x', '/nowhere/', () => false)).toBe(css);
  });

  it('keeps, in every font, each listed character the original font has', async () => {
    const wanted = [...subsetGlyphs()].map((ch) => ch.codePointAt(0) ?? 0);
    expect(wanted.length).toBeGreaterThan(50);
    for (const name of woff2Names) {
      const original = await unicodes(join(originalDir, name));
      const subset = await unicodes(join(KATEX_FONT_DIR, name));
      const missing = wanted.filter((u) => original.has(u) && !subset.has(u));
      expect(
        missing.map((u) => String.fromCodePoint(u)),
        name,
      ).toEqual([]);
      expect(subset.size, name).toBeLessThan(original.size);
    }
  });
});
