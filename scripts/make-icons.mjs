/**
 * Regenerates public/icon-192.png and public/icon-512.png from public/favicon.svg with the
 * system Chromium (the PNGs are committed; run this only when the SVG changes):
 *   node scripts/make-icons.mjs
 * Full-bleed square (no rounded corners) so the icons also work as maskable icons.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const svg = readFileSync('public/favicon.svg', 'utf8');
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
});
for (const size of [192, 512]) {
  const p = await b.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  // Maskable-safe: full-bleed background, no transparent corners.
  await p.setContent(
    `<html><body style="margin:0;background:#1f55c7">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `).replace('rx="6"', 'rx="0"')}</body></html>`,
  );
  await p.screenshot({ path: `public/icon-${size}.png`, omitBackground: false });
}
await b.close();
