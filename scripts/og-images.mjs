#!/usr/bin/env node
/**
 * `npm run og:images`: the social preview card of each language (public/og/<lang>.png,
 * 1200 × 630, the size Open Graph and X/Twitter's large card expect), drawn by the system
 * Chromium from the site's own strings: title, tagline, the three levels, and softmax bars of
 * the logits (2, 1, 0.1) — the first lesson's example. Run it after changing those strings and
 * commit the images (Head.astro points og:image at them).
 */
import { writeFile } from 'node:fs/promises';
import { launchBrowser } from '../tests/support/browser.ts';
import { en } from '../src/i18n/ui/en.ts';
import { pt } from '../src/i18n/ui/pt.ts';
import { ru } from '../src/i18n/ui/ru.ts';

const dictionaries = { en, pt, ru };
const logits = [2, 1, 0.1];
const exps = logits.map((z) => Math.exp(z - Math.max(...logits)));
const probs = exps.map((e) => e / exps.reduce((a, b) => a + b, 0));
const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function card(d) {
  const bars = probs
    .map(
      (p, i) =>
        `<rect x="${i * 110}" y="${300 - p * 300}" width="80" height="${p * 300}" rx="6" fill="${['#2563eb', '#7c3aed', '#db2777'][i]}"/>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body{margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 80px;box-sizing:border-box;
      font-family:"DejaVu Sans",system-ui,sans-serif;background:#eef2ff;color:#0f172a}
    h1{font-size:72px;line-height:1.05;margin:0 0 24px;letter-spacing:-1px}
    p{font-size:30px;line-height:1.35;margin:0 0 32px;color:#334155}
    ul{display:flex;gap:14px;list-style:none;margin:0;padding:0}
    li{font-size:24px;padding:8px 18px;border-radius:999px;background:#0f172a;color:#f8fafc}
    .text{flex:1}
  </style></head><body><div class="text"><h1>${escape(d['site.title'])}</h1><p>${escape(d['site.tagline'])}</p>
    <ul>${['intuitive', 'mechanical', 'formal'].map((l) => `<li>${escape(d[`level.${l}`])}</li>`).join('')}</ul></div>
    <svg width="310" height="320" viewBox="0 -10 310 320" aria-hidden="true">${bars}<line x1="0" y1="300" x2="310" y2="300" stroke="#0f172a" stroke-width="3"/></svg>
  </body></html>`;
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const [lang, d] of Object.entries(dictionaries)) {
    await page.setContent(card(d));
    const png = await page.screenshot({ type: 'png' });
    await writeFile(new URL(`../public/og/${lang}.png`, import.meta.url), png);
    console.log(`public/og/${lang}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
