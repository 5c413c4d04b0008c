/**
 * Search quality over the built site: the questions of tests/fixtures/search/questions.json
 * (learners' phrasing, some typos) against the index the build wrote to dist/search/<lang>.json
 * (DIST_DIR overrides dist/). Reports top-1 and top-3 lesson hit rates per language and fails
 * below 95 % top-3 overall. Skipped when there is no build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, type IndexFile } from '../../src/search/engine';

interface Question {
  lang: string;
  q: string;
  lesson: string;
}
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const questions = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/search/questions.json'), 'utf8'),
  ) as { questions: Question[] }
).questions;
const built = ['en', 'pt', 'ru'].every((l) => existsSync(join(DIST, 'search', `${l}.json`)));

describe('search quality on the built index', () => {
  it('finds the index the build wrote', () => {
    expect(
      built,
      `no dist/search/<lang>.json in ${DIST}: run npm run build first (npm test does)`,
    ).toBe(true);
  });
  it('finds the lesson that answers each question in the top 3 (≥ 95 %)', () => {
    const rows: { lang: string; q: string; rank: number; top: string[] }[] = [];
    const timings: string[] = [];
    for (const lang of ['en', 'pt', 'ru']) {
      const started = performance.now();
      const file = JSON.parse(
        readFileSync(join(DIST, 'search', `${lang}.json`), 'utf8'),
      ) as IndexFile;
      const engine = createEngine(file);
      timings.push(`${lang}: index built in ${(performance.now() - started).toFixed(0)} ms`);
      for (const q of questions.filter((x) => x.lang === lang)) {
        const keys = engine.search(q.q).groups.map((g) => g.key);
        rows.push({ lang, q: q.q, rank: keys.indexOf(q.lesson), top: keys.slice(0, 3) });
      }
    }
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
    const lines = ['search benchmark (lesson groups):', ...timings.map((t) => `  ${t}`)];
    for (const lang of ['en', 'pt', 'ru', 'all']) {
      const r = rows.filter((x) => lang === 'all' || x.lang === lang);
      const t1 = r.filter((x) => x.rank === 0).length;
      const t3 = r.filter((x) => x.rank >= 0 && x.rank < 3).length;
      lines.push(
        `  ${lang.padEnd(3)} n=${String(r.length).padEnd(3)} top-1 ${pct(t1, r.length).padStart(7)}  top-3 ${pct(t3, r.length).padStart(7)}`,
      );
    }
    for (const x of rows.filter((r) => r.rank !== 0))
      lines.push(`  rank ${x.rank + 1 || '–'}  [${x.lang}] ${x.q}  → ${x.top.join(', ')}`);
    console.log(lines.join('\n'));
    const top3 = rows.filter((x) => x.rank >= 0 && x.rank < 3).length / rows.length;
    expect(top3).toBeGreaterThanOrEqual(0.95);
  });
});
