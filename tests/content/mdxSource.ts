/**
 * A deliberately simple reader for the MDX sources under content/: regexes and a small JSX tag
 * scanner, enough to compare the languages of a page (headings, formulas, components, computed
 * numbers) without compiling MDX. Code fences and inline code are skipped everywhere.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CONTENT = join(ROOT, 'content');
export const LANGS = ['en', 'pt', 'ru'] as const;
export const LEVELS = ['intuitive', 'mechanical', 'formal'] as const;

export interface JsxTag {
  name: string;
  /** attribute name → raw value source: `"text"` for strings, `{expr}` for expressions, `true` when bare. */
  attrs: Record<string, string>;
  /** offset of `<` and just after `>` in the body text */
  start: number;
  end: number;
}

export interface MdxPage {
  path: string;
  body: string;
  headings: number[];
  headingTexts: string[];
  /** trimmed TeX of $$…$$ and $…$ */
  formulas: string[];
  tags: JsxTag[];
  /** `import` and `export` statements, trimmed (each level's computations live in content/lessons/_shared). */
  moduleLines: string[];
}

/** Removes the YAML frontmatter; keeps line structure irrelevant beyond that. */
export function stripFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** Replaces fenced code blocks and inline code with blanks of the same length. */
export function blankCode(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** Finds `<Name …>` / `<Name … />` tags (capitalised names) with brace- and quote-aware scanning. */
export function scanTags(text: string): JsxTag[] {
  const tags: JsxTag[] = [];
  const open = /<([A-Z][\w.]*)/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(text))) {
    const name = m[1] as string;
    let i = m.index + m[0].length;
    let depth = 0;
    let quote = '';
    const attrStart = i;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === quote && text[i - 1] !== '\\') quote = '';
      } else if (ch === '"' || ch === "'" || ch === '`') {
        if (depth > 0 || ch !== '`') quote = ch;
      } else if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === '>' && depth === 0) break;
    }
    const attrText = text.slice(attrStart, i).replace(/\/\s*$/, '');
    tags.push({ name, attrs: parseAttrs(attrText), start: m.index, end: i + 1 });
    open.lastIndex = i + 1;
  }
  return tags;
}

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = 0;
  while (i < text.length) {
    const nameMatch = /^\s*([A-Za-z_][\w-]*)/.exec(text.slice(i));
    if (!nameMatch) break;
    const name = nameMatch[1] as string;
    i += nameMatch[0].length;
    const rest = text.slice(i);
    const eq = /^\s*=\s*/.exec(rest);
    if (!eq) {
      attrs[name] = 'true';
      continue;
    }
    i += eq[0].length;
    const q = text[i];
    if (q === '"' || q === "'") {
      const close = text.indexOf(q, i + 1);
      attrs[name] = text.slice(i, close + 1);
      i = close + 1;
    } else if (q === '{') {
      let depth = 0;
      let j = i;
      let quote = '';
      for (; j < text.length; j++) {
        const ch = text[j];
        if (quote) {
          if (ch === quote && text[j - 1] !== '\\') quote = '';
        } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
        else if (ch === '{') depth++;
        else if (ch === '}' && --depth === 0) break;
      }
      attrs[name] = normaliseExpr(text.slice(i, j + 1));
      i = j + 1;
    } else {
      break;
    }
  }
  return attrs;
}

/** Expression source with insignificant whitespace removed, so `{[p[0], p[1]]}` equals `{[p[0],p[1]]}`. */
export function normaliseExpr(expr: string): string {
  return expr
    .replace(/\s+/g, ' ')
    .replace(/\s*([[\](){},;:+\-*/=<>?!])\s*/g, '$1')
    .trim();
}

/** Display math first (so `$$` is not read as two inline delimiters), then inline math. */
export function extractMath(text: string): { formulas: string[]; rest: string } {
  const formulas: string[] = [];
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  let rest = text.replace(/\$\$([\s\S]+?)\$\$/g, (m, tex: string) => {
    formulas.push(tex.trim());
    return blank(m);
  });
  rest = rest.replace(/(?<![\\$])\$(?!\$)((?:\\.|[^$\n\\])+?)\$/g, (m, tex: string) => {
    formulas.push(tex.trim());
    return blank(m);
  });
  return { formulas, rest };
}

export function readMdx(path: string): MdxPage {
  const body = blankCode(stripFrontmatter(readFileSync(path, 'utf8')));
  const lines = body.split('\n');
  const moduleLines = lines.filter((l) => /^(import|export)\s/.test(l)).map((l) => l.trim());
  const headingLines = lines.filter((l) => /^#{1,6}\s/.test(l));
  const { formulas } = extractMath(body);
  return {
    path,
    body,
    headings: headingLines.map((l) => /^#+/.exec(l)?.[0].length ?? 0),
    headingTexts: headingLines.map((l) => l.replace(/^#+\s*/, '').trim()),
    formulas,
    tags: scanTags(body),
    moduleLines,
  };
}

/** The prose of a page: no imports/exports, no math, no JSX tag attributes, no link targets, no HTML comments. */
export function proseOf(page: MdxPage): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  let text = page.body;
  // Tags first (their attributes may hold `$`), from the end so offsets stay valid.
  for (const tag of [...page.tags].reverse())
    text = text.slice(0, tag.start) + blank(text.slice(tag.start, tag.end)) + text.slice(tag.end);
  text = text.replace(/^(import|export)\s[^\n]*$/gm, blank);
  text = extractMath(text).rest;
  text = text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/<\/?[a-zA-Z][^>]*>/g, blank);
  return text;
}

/** lesson slug → level → lang → file path, for whatever lesson files exist. */
export function lessonFiles(): Map<string, Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, Map<string, string>>>();
  const base = join(CONTENT, 'lessons');
  for (const lang of existsSync(base) ? readdirSync(base) : []) {
    const langDir = join(base, lang);
    if (!statSync(langDir).isDirectory()) continue;
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
