#!/usr/bin/env node
/**
 * `npm run bench:site`: Lighthouse over the built site (dist/, or DIST_DIR), served by nginx
 * with gzip as a real host would. Pages: the home page, a language index and, for each level,
 * a lesson with an island; mobile and desktop; three runs each, median reported.
 * Chromium is the system one (CHROME_PATH, default /usr/bin/chromium) with the flags of
 * tests/support/browser.ts (offline: no Google hosts).
 *
 * Prints the four category scores, LCP, TBT, CLS and bytes, then the audits that failed in the
 * median run. Exit code 0 always (a benchmark, not a test); set BENCH_RUNS to change the run count,
 * BENCH_PAGES to measure only the pages whose name contains it (e.g. `formal`), BENCH_FORMS to
 * measure one form factor (`mobile` or `desktop`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../support/browser.ts';
import { startNginx } from '../../scripts/lib/nginx.mjs';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY_PAGES = process.env.BENCH_PAGES ?? '';
const FORMS = (process.env.BENCH_FORMS ?? 'mobile,desktop').split(',');

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No built site in ${DIST}: run \`npm run build\` first.`);
  process.exit(1);
}

/** The pages to measure: home, English index, an English lesson with an island at each level. */
function pages() {
  const list = [
    { name: 'home', path: '' },
    { name: 'index', path: 'en/' },
  ];
  for (const level of ['intuitive', 'mechanical', 'formal']) {
    const lessons = readdirSync(join(DIST, 'en'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    const withIsland = lessons
      .map((e) => `en/${e.name}/${level}/`)
      .find(
        (p) =>
          existsSync(join(DIST, p, 'index.html')) &&
          readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('<astro-island'),
      );
    if (withIsland) list.push({ name: `lesson ${level}`, path: withIsland });
  }
  return list;
}

/** Chromium with a DevTools port for Lighthouse; same flags as the e2e tests. */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'softmax-lh-'));
  const child = spawn(
    CHROME,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const port = await new Promise((resolvePort, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 20_000);
    child.stderr.on('data', (d) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function summary(lhr) {
  const a = lhr.audits;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    seo: Math.round(lhr.categories.seo.score * 100),
    lcp: Math.round(a['largest-contentful-paint'].numericValue),
    tbt: Math.round(a['total-blocking-time'].numericValue),
    cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
    bytes: Math.round(a['total-byte-weight'].numericValue),
    failed: Object.values(lhr.categories)
      .flatMap((c) => c.auditRefs.map((r) => ({ ref: r, cat: c.id })))
      .filter(({ ref }) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1)
      .map(({ ref, cat }) => `${cat}/${ref.id} (${a[ref.id].score})`),
  };
}

const server = await startNginx(DIST, '/');
const chrome = await launchChromium();
const rows = [];
try {
  for (const formFactor of FORMS) {
    for (const page of pages().filter((p) => p.name.includes(ONLY_PAGES))) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(
          `${server.url}${page.path}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        runs.push(summary(result.lhr));
      }
      // The median run by performance score, and the median of each metric.
      const byPerf = [...runs].sort((x, y) => x.performance - y.performance)[
        Math.floor(runs.length / 2)
      ];
      const row = { page: page.name, formFactor, path: page.path };
      for (const k of [
        'performance',
        'accessibility',
        'bestPractices',
        'seo',
        'lcp',
        'tbt',
        'cls',
        'bytes',
      ])
        row[k] = median(runs.map((r) => r[k]));
      // The spread over the runs: on a busy machine TBT (and so the score) moves from run to run.
      const range = (k) =>
        `${Math.min(...runs.map((r) => r[k]))}–${Math.max(...runs.map((r) => r[k]))}`;
      row.spread = `perf ${range('performance')}, TBT ${range('tbt')} ms`;
      row.failed = byPerf.failed;
      rows.push(row);
      console.error(`measured ${formFactor} ${page.name}`);
    }
  }
} finally {
  await chrome.close();
  await server.close();
}

console.log(`\nLighthouse, median of ${RUNS} runs (nginx + gzip on 127.0.0.1, system Chromium)\n`);
console.log(
  'form     page               perf  a11y  bp   seo   LCP ms  TBT ms  CLS    bytes    runs (min–max)',
);
for (const r of rows) {
  console.log(
    `${r.formFactor.padEnd(8)} ${r.page.padEnd(18)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(3)}  ${String(r.seo).padStart(4)}  ${String(r.lcp).padStart(6)}  ${String(r.tbt).padStart(6)}  ${r.cls.toFixed(3)}  ${String(r.bytes).padStart(7)}  ${r.spread}`,
  );
}
const failed = new Map();
for (const r of rows)
  for (const f of r.failed) failed.set(f, [...(failed.get(f) ?? []), `${r.formFactor} ${r.page}`]);
if (failed.size) {
  console.log('\nAudits below 100 (median run):');
  for (const [audit, where] of failed) console.log(`  ${audit}: ${where.join(', ')}`);
}
