/**
 * Checks the built site against its budgets (./budgets.mjs) and hygiene rules:
 * JS/CSS/HTML bytes per page type, KaTeX fonts woff2-only and preloaded exactly on pages
 * with math, nothing loaded from another origin. Run by the site integration (./site.mjs)
 * at the end of every build, which fails when anything is over or wrong.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  BUDGETS,
  gzipSize,
  nonWoff2Fonts,
  offHostUrls,
  pageType,
  resourcesOf,
  staticImports,
} from './budgets.mjs';
import { hasMath } from './html.mjs';

/** Every file under `dir`, as paths relative to it with `/` separators. */
export async function filesOf(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Measures every page of `outDir`; returns per-page figures and the list of violations.
 * `base` is the site's base path ('/' or '/softmax/'), `origin` its origin (from the Astro config).
 */
export async function checkSite(outDir, { base, origin }) {
  const files = await filesOf(outDir);
  const violations = [];
  const cache = new Map();
  const read = async (rel) => {
    if (!cache.has(rel))
      cache.set(rel, existsSync(join(outDir, rel)) ? await readFile(join(outDir, rel)) : undefined);
    return cache.get(rel);
  };
  /** Site URL → path relative to outDir. */
  const toRel = (url, from = base) => {
    const u = new URL(url, `http://x${from}`);
    return u.pathname.startsWith(base)
      ? decodeURIComponent(u.pathname.slice(base.length))
      : undefined;
  };
  /** A module and everything it statically imports, each once. */
  const moduleGraph = async (rel, seen) => {
    if (!rel || seen.has(rel)) return;
    seen.add(rel);
    const body = await read(rel);
    if (!body) return void violations.push(`missing script ${rel}`);
    for (const spec of staticImports(body.toString())) {
      if (/^https?:/.test(spec)) continue; // reported by the off-host check
      await moduleGraph(toRel(spec, `${base}${rel}`), seen);
    }
  };

  const pages = [];
  for (const rel of files.filter((f) => f.endsWith('.html'))) {
    const html = (await read(rel)).toString();
    const type = pageType(rel, html);
    const res = resourcesOf(html);
    const modules = new Set();
    for (const src of res.scripts) await moduleGraph(toRel(src), modules);
    let js = res.inlineScripts.join('');
    for (const m of modules) js += (await read(m))?.toString() ?? '';
    let css = res.inlineStyles.join('');
    for (const href of res.styles) {
      const body = await read(toRel(href));
      if (!body) violations.push(`${rel}: missing stylesheet ${href}`);
      else css += body.toString();
    }
    const page = {
      rel,
      type,
      js: { raw: Buffer.byteLength(js), gz: js ? gzipSize(js) : 0 },
      css: { raw: Buffer.byteLength(css), gz: css ? gzipSize(css) : 0 },
      html: { raw: Buffer.byteLength(html), gz: gzipSize(html) },
    };
    pages.push(page);
    for (const kind of ['js', 'css', 'html']) {
      const budget = BUDGETS[kind][type];
      if (page[kind].gz > budget)
        violations.push(`${rel} (${type}): ${kind} ${page[kind].gz} B gz > budget ${budget} B`);
    }
    // Fonts: preloaded (woff2, crossorigin, existing file) exactly on pages with math.
    const fontPreloads = res.preloads.filter((p) => p.as === 'font');
    if (hasMath(html)) {
      if (fontPreloads.length === 0) violations.push(`${rel}: has math but preloads no KaTeX font`);
    } else if (fontPreloads.length > 0) {
      violations.push(`${rel}: preloads fonts but has no math`);
    }
    for (const p of fontPreloads) {
      if (p.type !== 'font/woff2' || !p.href?.endsWith('.woff2'))
        violations.push(`${rel}: font preload not woff2: ${p.href}`);
      if (!p.crossorigin)
        violations.push(
          `${rel}: font preload without crossorigin (it would be fetched twice): ${p.href}`,
        );
      if (!(await read(toRel(p.href))))
        violations.push(`${rel}: preloaded font does not exist: ${p.href}`);
    }
    for (const url of offHostUrls(html, 'html', origin))
      violations.push(`${rel}: loads from another origin: ${url}`);
  }

  for (const f of nonWoff2Fonts(files)) violations.push(`font that is not woff2: ${f}`);
  for (const f of files.filter((x) => x.startsWith('_astro/') && x.endsWith('.css'))) {
    const css = (await read(f)).toString();
    for (const m of css.matchAll(/url\(([^)]*\.(?:woff|ttf|otf|eot))["']?\)/g))
      violations.push(`${f}: non-woff2 font ${m[1]}`);
    for (const url of offHostUrls(css, 'css', origin))
      violations.push(`${f}: loads from another origin: ${url}`);
  }
  for (const f of files.filter((x) => x.startsWith('_astro/') && x.endsWith('.js'))) {
    for (const url of offHostUrls((await read(f)).toString(), 'js', origin))
      violations.push(`${f}: URL of another origin: ${url}`);
  }
  return { pages, violations };
}

/** The largest page of each type, for the printed summary. */
export function summarize(pages) {
  const byType = new Map();
  for (const p of pages) {
    const prev = byType.get(p.type);
    byType.set(p.type, {
      type: p.type,
      count: (prev?.count ?? 0) + 1,
      js: Math.max(prev?.js ?? 0, p.js.gz),
      css: Math.max(prev?.css ?? 0, p.css.gz),
      html: Math.max(prev?.html ?? 0, p.html.gz),
    });
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** The printed report: one line per page type. */
export function formatSummary(pages) {
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const lines = ['budgets (gzip; largest page of each type / budget):'];
  for (const s of summarize(pages)) {
    lines.push(
      `  ${s.type.padEnd(14)} ×${String(s.count).padEnd(3)} JS ${kb(s.js)} / ${kb(BUDGETS.js[s.type])}   CSS ${kb(s.css)} / ${kb(BUDGETS.css[s.type])}   HTML ${kb(s.html)} / ${kb(BUDGETS.html[s.type])}`,
    );
  }
  return lines.join('\n');
}
