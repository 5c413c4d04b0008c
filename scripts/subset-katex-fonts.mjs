#!/usr/bin/env node
/**
 * `npm run fonts:katex`: cuts KaTeX's 20 woff2 fonts down to the characters the built pages
 * draw with them, and writes them with their character list to src/styles/katex-fonts/.
 * Run it after `npm run build` whenever the build says math uses a character the subset fonts
 * lack; commit the result. (The build then serves ~10 % of the original font bytes.)
 *
 * The characters are the union over every page of the text in KaTeX's visual markup
 * (mathGlyphs in src/integrations/html.mjs), plus the ten digits; every font keeps those of
 * them it has.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import { filesOf } from '../src/integrations/checkSite.mjs';
import { mathGlyphs } from '../src/integrations/html.mjs';
import { KATEX_FONT_DIR } from '../src/styles/katex-fonts.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const source = join(
  dirname(createRequire(import.meta.url).resolve('katex/package.json')),
  'dist/fonts',
);

const chars = new Set('0123456789');
for (const rel of (await filesOf(dist)).filter((f) => f.endsWith('.html'))) {
  for (const ch of mathGlyphs(await readFile(join(dist, rel), 'utf8'))) chars.add(ch);
}
const characters = [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
if (characters.length < 20)
  throw new Error(`only ${characters.length} characters in ${dist}: build first`);

let before = 0;
let after = 0;
for (const name of (await readdir(source)).filter((f) => f.endsWith('.woff2')).sort()) {
  const original = await readFile(join(source, name));
  const subset = await subsetFont(original, characters.join(''), {
    targetFormat: 'woff2',
    // Browsers rasterise these at screen sizes without the TrueType hints; KaTeX sets its own
    // spacing, so of the OpenType features only kerning (in \text{…}) is kept.
    noHinting: true,
    keepFeatures: ['kern'],
  });
  await writeFile(join(KATEX_FONT_DIR, name), subset);
  before += original.length;
  after += subset.length;
  console.log(
    `${name.padEnd(32)} ${String(original.length).padStart(6)} → ${String(subset.length).padStart(6)} bytes`,
  );
}
await writeFile(
  join(KATEX_FONT_DIR, 'glyphs.json'),
  `${JSON.stringify({ note: 'Written by npm run fonts:katex (scripts/subset-katex-fonts.mjs).', characters }, null, 2)}\n`,
);
console.log(`${characters.length} characters; ${before} → ${after} bytes in all`);
