/**
 * Every lesson snippet runs, and the page shows what it printed.
 *
 * For each file in content/code/<lesson>/ (see content/code/README.md):
 * - the Python files run with the real NumPy, SciPy, PyTorch (CPU) and JAX of `.venv-snippets/`
 *   (built from requirements-snippets.txt by scripts/python-env.mjs on the first run), the
 *   TypeScript files against this project's library (src/lib/math), each exactly as
 *   `node scripts/run-snippet.mjs <file>` runs it;
 * - stdout must equal the recorded `<name>.<framework>.out` that <CodeTabs> prints on the page
 *   (a file snapshot: `npx vitest run --project code -u` rewrites them after a deliberate change);
 * - the numbers it prints must be the numbers the page computes with the library:
 *   `<lesson>/expected.ts` lists them per snippet, from the level's content/lessons/_shared module;
 * - nothing is written to stderr (a warning would be on the reader's screen but not on the page);
 * - every tagged comment exists in en, pt and ru.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/locales';
import {
  FRAMEWORKS,
  commentProblems,
  outputPath,
  parseSourcePath,
  sourcePath,
  type Framework,
} from '../../src/components/content/snippets';
import { ROOT, ensurePythonEnv, snippetImports } from '../../scripts/python-env.mjs';
import { runSnippet } from '../../scripts/run-snippet.mjs';
import { numberProblems } from './printedNumbers';

const CODE = join(ROOT, 'content', 'code');

/** lesson → snippet name → frameworks it exists in, from the files on disk. */
function discover(): Map<string, Map<string, Framework[]>> {
  const lessons = new Map<string, Map<string, Framework[]>>();
  for (const dir of readdirSync(CODE, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const snippets = new Map<string, Framework[]>();
    for (const file of readdirSync(join(CODE, dir.name)).sort()) {
      const parsed = parseSourcePath(`${dir.name}/${file}`);
      if (!parsed) continue;
      const fw = FRAMEWORKS.find((f) => f.id === parsed.framework) as Framework;
      snippets.set(parsed.snippet, [...(snippets.get(parsed.snippet) ?? []), fw]);
    }
    for (const list of snippets.values())
      list.sort((a, b) => FRAMEWORKS.indexOf(a) - FRAMEWORKS.indexOf(b));
    lessons.set(dir.name, snippets);
  }
  return lessons;
}

const lessons = discover();
let python = '';

beforeAll(() => {
  // Builds .venv-snippets/ on a fresh clone (about a minute from a local index) or after
  // requirements-snippets.txt changed; otherwise returns at once.
  python = ensurePythonEnv({ quiet: true });
}, 900_000);

it('finds snippets to run', () => {
  expect([...lessons.values()].reduce((n, s) => n + s.size, 0)).toBeGreaterThan(0);
});

it('has the bytecode of every module the snippets import in the venv (pip installs without it)', () => {
  const modules = [
    ...new Set(snippetImports().map((line: string) => line.split(/\s+/)[1]!.replace(/,$/, ''))),
  ];
  expect(modules).toEqual(expect.arrayContaining(['numpy', 'torch', 'jax', 'scipy.special']));
  const missing = execFileSync(
    python,
    [
      '-c',
      `import importlib, importlib.util, os
for name in ${JSON.stringify(modules)}:
    f = getattr(importlib.import_module(name), '__file__', None) or ''
    if f.endswith('.py') and not os.path.exists(importlib.util.cache_from_source(f)): print(name)`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, JAX_PLATFORMS: 'cpu', PYTHONDONTWRITEBYTECODE: '1' },
    },
  );
  expect(missing.split('\n').filter(Boolean)).toEqual([]);
});

for (const [lesson, snippets] of lessons) {
  describe(lesson, () => {
    let expected: Record<string, readonly number[]> = {};
    beforeAll(async () => {
      const file = join(CODE, lesson, 'expected.ts');
      if (existsSync(file)) expected = (await import(/* @vite-ignore */ file)).expected;
    });

    for (const [snippet, frameworks] of snippets) {
      const name = snippet.slice(lesson.length + 1);
      it(`${name}: the page's numbers are listed in ${lesson}/expected.ts`, () => {
        expect(
          expected[name],
          `add '${name}: [...]' to content/code/${lesson}/expected.ts`,
        ).toBeDefined();
      });
      for (const fw of frameworks) {
        const file = join(CODE, sourcePath(snippet, fw));
        // Concurrent: Python snippets run as separate processes side by side (TypeScript ones queue).
        it.concurrent(
          `${name} (${fw.label}) runs and prints the recorded output and the page's numbers`,
          async ({ expect }) => {
            const source = readFileSync(file, 'utf8');
            expect(commentProblems(source, languages), 'tagged comments').toEqual([]);
            const run = await runSnippet(file, { python });
            expect(run.ok, `failed:\n${run.stderr}`).toBe(true);
            expect(run.stderr, 'stderr').toBe('');
            await expect(run.stdout).toMatchFileSnapshot(join(CODE, outputPath(snippet, fw)));
            expect(
              numberProblems(run.stdout, expected[name] ?? []),
              'printed vs page numbers',
            ).toEqual([]);
          },
        );
      }
    }
  });
}
