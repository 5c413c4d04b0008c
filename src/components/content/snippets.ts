/**
 * Runnable code snippets (content/code/<lesson>/<name>.<framework>.<ext>): which frameworks
 * exist, where each file and its recorded output live, and how a file's comments are narrowed
 * to the page's language. Shared by <CodeTabs> (build time) and tests/code (which runs them).
 * content/code/README.md explains the scheme to authors.
 */
import type { Lang } from '../../i18n/locales';

/**
 * The tabs, in display order. `label` is a product name (the same in every language);
 * `suffix` ends the source file's name; `lang` is Shiki's language id.
 */
export const FRAMEWORKS = [
  { id: 'numpy', label: 'NumPy', suffix: '.numpy.py', lang: 'python' },
  { id: 'torch', label: 'PyTorch', suffix: '.torch.py', lang: 'python' },
  { id: 'jax', label: 'JAX', suffix: '.jax.py', lang: 'python' },
  { id: 'ts', label: 'TypeScript', suffix: '.ts', lang: 'ts' },
] as const;

export type Framework = (typeof FRAMEWORKS)[number];
export type FrameworkId = Framework['id'];

/** Source file of a snippet in one framework, relative to content/code. @example sourcePath('what-is-softmax/steps', FRAMEWORKS[0]) // 'what-is-softmax/steps.numpy.py' */
export function sourcePath(snippet: string, fw: Framework): string {
  return `${snippet}${fw.suffix}`;
}

/** The output the test run recorded for that file. @example outputPath('what-is-softmax/steps', FRAMEWORKS[3]) // 'what-is-softmax/steps.ts.out' */
export function outputPath(snippet: string, fw: Framework): string {
  return `${snippet}.${fw.id}.out`;
}

/**
 * The snippet and framework a content/code file belongs to, or undefined for other files
 * (outputs, README, expected.ts). @example parseSourcePath('a/b.torch.py') // { snippet: 'a/b', framework: 'torch' }
 */
export function parseSourcePath(
  path: string,
): { snippet: string; framework: FrameworkId } | undefined {
  if (/(^|\/)expected\.ts$/.test(path)) return undefined;
  for (const fw of FRAMEWORKS) {
    if (!path.endsWith(fw.suffix)) continue;
    const snippet = path.slice(0, -fw.suffix.length);
    // `x.numpy.py` is not the TypeScript file `x.numpy` + `.ts`; `.py` names need their framework.
    if (fw.id === 'ts' && /\.(numpy|torch|jax)$/.test(snippet)) return undefined;
    return { snippet, framework: fw.id };
  }
  return undefined;
}

/** A full-line comment tagged with a language: `# en: text`, `  // pt: texto`. */
const TAGGED = /^(\s*)(#|\/\/) (en|pt|ru):(?: (.*))?$/;

/**
 * The source as shown on a page in `lang`: comment lines tagged `en:`/`pt:`/`ru:` keep only
 * the page's language (the tag is removed), every other line is unchanged. The file itself
 * stays runnable as it is: the tagged lines are ordinary comments.
 *
 * @example localizeComments('# en: Shift\n# pt: Desloque\nx = 1\n', 'pt') // '# Desloque\nx = 1\n'
 */
export function localizeComments(source: string, lang: Lang): string {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    const m = TAGGED.exec(line);
    if (!m) out.push(line);
    else if (m[3] === lang) out.push(`${m[1]}${m[2]}${m[4] ? ` ${m[4]}` : ''}`);
  }
  return out.join('\n');
}

/**
 * Problems with a file's tagged comments: every run of consecutive tagged lines must have the
 * same number of lines in each language, so that no page loses a comment.
 * @returns one readable line per problem (empty when the file is fine)
 */
export function commentProblems(source: string, langs: readonly Lang[]): string[] {
  const problems: string[] = [];
  const lines = source.split('\n');
  let start = -1;
  let counts = new Map<string, number>();
  const flush = (end: number) => {
    if (start < 0) return;
    const got = langs.map((l) => `${l} ${counts.get(l) ?? 0}`);
    if (new Set(langs.map((l) => counts.get(l) ?? 0)).size > 1) {
      problems.push(
        `lines ${start + 1}–${end}: tagged comments per language differ (${got.join(', ')})`,
      );
    }
    start = -1;
    counts = new Map();
  };
  lines.forEach((line, i) => {
    const m = TAGGED.exec(line);
    if (!m) return flush(i);
    if (start < 0) start = i;
    counts.set(m[3] as string, (counts.get(m[3] as string) ?? 0) + 1);
  });
  flush(lines.length);
  return problems;
}
