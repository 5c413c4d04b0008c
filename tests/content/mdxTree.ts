/**
 * Reads the MDX sources under content/ as syntax trees (remark-parse + remark-mdx + remark-math,
 * the parsers the site's own MDX pipeline uses), so the tests that compare the
 * languages of a page or look for numbers in its prose see exactly what MDX sees: headings,
 * formulas, JSX components with their props, ESM statements and the text a reader reads. Code
 * (fenced and inline) is never text. Offsets are offsets into the file.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { languages } from '../../src/i18n/locales';
import { levels } from '../../src/i18n/levels';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CONTENT = join(ROOT, 'content');
export const LANGS = languages;
export const LEVELS = levels;

export interface JsxTag {
  name: string;
  /** attribute name → `"text"` for strings, `{expr}` (whitespace-normalised) for expressions, `true` when bare. */
  attrs: Record<string, string>;
  /** offset of `<` and just after the `>` of the opening tag */
  start: number;
  end: number;
}

/** A piece of the page with its place in the file. */
export interface Located {
  value: string;
  start: number;
  end: number;
}

export interface MdxPage {
  path: string;
  headings: number[];
  headingTexts: string[];
  /** trimmed TeX of `$$…$$` and `$…$`, in document order */
  formulas: string[];
  math: Located[];
  tags: JsxTag[];
  /** ESM statements, whitespace-normalised (each level's computations live in content/lessons/_shared). */
  moduleLines: string[];
  /** the text nodes (what a reader reads: not code, math, props, link targets or ESM) */
  text: Located[];
  /** the file's length, for "everything before" queries */
  length: number;
}

// remark-gfm is left out: it doubles the parse time, and what it adds (a table's cells as cells,
// autolinks, strikethrough) changes nothing these tests compare — cell text is text either way.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

/** The YAML frontmatter replaced by blanks (line structure and offsets kept). */
function blankFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (m) => m.replace(/[^\n]/g, ' '));
}

/** Expression source with insignificant whitespace removed, so `{[p[0], p[1]]}` equals `{[p[0],p[1]]}`. */
export function normaliseExpr(expr: string): string {
  return expr
    .replace(/\s+/g, ' ')
    .replace(/\s*([[\](){},;:+\-*/=<>?!])\s*/g, '$1')
    .trim();
}

const offsets = (node: {
  position?: { start: { offset?: number }; end: { offset?: number } };
}) => ({
  start: node.position?.start.offset ?? 0,
  end: node.position?.end.offset ?? 0,
});

function jsxTag(node: MdxJsxFlowElement | MdxJsxTextElement, source: string): JsxTag {
  const attrs: Record<string, string> = {};
  let last = offsets(node).start + 1 + (node.name ?? '').length;
  for (const attr of node.attributes) {
    last = Math.max(last, offsets(attr).end);
    if (attr.type !== 'mdxJsxAttribute') continue; // {...spread}: not a named prop
    const v = attr.value;
    attrs[attr.name] =
      v === null || v === undefined
        ? 'true'
        : typeof v === 'string'
          ? `"${v}"`
          : normaliseExpr(`{${v.value}}`);
  }
  return {
    name: node.name ?? '',
    attrs,
    start: offsets(node).start,
    end: source.indexOf('>', last) + 1,
  };
}

function esmStatements(node: MdxjsEsm, source: string): string[] {
  const body = node.data?.estree?.body ?? [];
  // micromark-extension-mdxjs-esm gives every statement its range in the file.
  return body.map((s) => {
    const [from, to] = (s as { range?: [number, number] }).range ?? [0, 0];
    return source.slice(from, to).replace(/\s+/g, ' ').trim();
  });
}

const parsed = new Map<string, { mtime: number; page: MdxPage }>();

/** Parses one MDX file (once per version of the file: the tests ask for the same pages often). */
export function readMdx(path: string): MdxPage {
  const mtime = statSync(path).mtimeMs;
  const hit = parsed.get(path);
  if (hit?.mtime === mtime) return hit.page;
  const page = parseMdx(path);
  parsed.set(path, { mtime, page });
  return page;
}

function parseMdx(path: string): MdxPage {
  const source = blankFrontmatter(readFileSync(path, 'utf8'));
  const tree = parser.parse(source) as Root;
  const page: MdxPage = {
    path,
    headings: [],
    headingTexts: [],
    formulas: [],
    math: [],
    tags: [],
    moduleLines: [],
    text: [],
    length: source.length,
  };
  visit(tree, (node: Root | RootContent) => {
    switch (node.type) {
      case 'heading':
        page.headings.push((node as Heading).depth);
        page.headingTexts.push(toString(node).trim());
        break;
      case 'math':
      case 'inlineMath':
        page.formulas.push(node.value.trim());
        page.math.push({ value: node.value.trim(), ...offsets(node) });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (/^[A-Z]/.test(node.name ?? '')) page.tags.push(jsxTag(node, source));
        break;
      case 'mdxjsEsm':
        page.moduleLines.push(...esmStatements(node, source));
        break;
      case 'text':
        page.text.push({ value: node.value, ...offsets(node) });
        break;
    }
  });
  page.tags.sort((a, b) => a.start - b.start);
  return page;
}

/**
 * The prose of a page laid out as in the file (blanks everywhere but the text nodes), so a line
 * number in it is a line number of the file.
 */
export function proseOf(page: MdxPage, end = page.length): string {
  const chars = readFileSync(page.path, 'utf8')
    .slice(0, page.length)
    .replace(/[^\n]/g, ' ')
    .split('');
  for (const t of page.text) {
    if (t.end > end) break;
    const flat = t.value.replace(/\n/g, ' ');
    for (let i = 0; i < flat.length && t.start + i < t.end; i++)
      chars[t.start + i] = flat[i] as string;
  }
  return chars.join('').slice(0, end);
}

/** The formulas that start before `end`. */
export function formulasBefore(page: MdxPage, end: number): string[] {
  return page.math.filter((m) => m.start < end).map((m) => m.value);
}

/** lesson slug → level → lang → file path, for whatever lesson files exist. */
export function lessonFiles(): Map<string, Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, Map<string, string>>>();
  const base = join(CONTENT, 'lessons');
  for (const lang of existsSync(base) ? readdirSync(base) : []) {
    const langDir = join(base, lang);
    if (lang.startsWith('_') || !statSync(langDir).isDirectory()) continue;
    for (const slug of readdirSync(langDir)) {
      const slugDir = join(langDir, slug);
      if (!statSync(slugDir).isDirectory()) continue;
      for (const file of readdirSync(slugDir)) {
        if (!file.endsWith('.mdx')) continue;
        const level = file.replace(/\.mdx$/, '');
        const byLevel = out.get(slug) ?? new Map<string, Map<string, string>>();
        const byLang = byLevel.get(level) ?? new Map<string, string>();
        byLang.set(lang, join(slugDir, file));
        byLevel.set(level, byLang);
        out.set(slug, byLevel);
      }
    }
  }
  return out;
}

/** A readable comparison of two sequences: both listed, plus the first position where they part. */
export function sequenceDiff(
  what: string,
  a: string,
  as: readonly string[],
  b: string,
  bs: readonly string[],
): string | undefined {
  if (as.length === bs.length && as.every((x, i) => x === bs[i])) return undefined;
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return [
    `${what} differ (${a} has ${as.length}, ${b} has ${bs.length}); first difference at #${i + 1}:`,
    `    - ${a}: ${as[i] ?? '(nothing)'}`,
    `    + ${b}: ${bs[i] ?? '(nothing)'}`,
  ].join('\n');
}

/** A readable comparison of two sets. */
export function setDiff(
  what: string,
  a: string,
  as: readonly string[],
  b: string,
  bs: readonly string[],
): string | undefined {
  const sa = new Set(as);
  const sb = new Set(bs);
  const onlyA = [...sa].filter((x) => !sb.has(x));
  const onlyB = [...sb].filter((x) => !sa.has(x));
  if (onlyA.length === 0 && onlyB.length === 0) return undefined;
  return [
    `${what} differ:`,
    ...onlyA.map((x) => `    - only in ${a}: ${x}`),
    ...onlyB.map((x) => `    + only in ${b}: ${x}`),
  ].join('\n');
}
