/**
 * Typography for languages whose locale row sets `nbspBeforeDash` (ru, pt): the space before an
 * em dash becomes a no-break space, so a line never starts with "—". Applied to the text of
 * content files (lessons, glossary, Q&A) at build time; the language is read from the file's
 * path (content/lessons/<lang>/…, content/glossary/<lang>.mdx, content/faq/<lang>.mdx).
 * Code, math and preformatted text are left alone.
 */
import { locales } from '../i18n/localeTable';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set(['code', 'pre', 'script', 'style', 'math', 'annotation']);

/** The content language of a file path, when the file is in content/. @example contentLang('/x/content/lessons/ru/a/b.mdx') // 'ru' */
export function contentLang(path: string | undefined): string | undefined {
  const m =
    /[\\/]content[\\/](?:lessons[\\/]([a-z]{2,3})[\\/]|(?:glossary|faq)[\\/]([a-z]{2,3})\.mdx?$)/u.exec(
      path ?? '',
    );
  return m?.[1] ?? m?.[2];
}

/** Replaces " —" by "\u00a0—" in every text node outside code and math. */
export function bindDashes(tree: HastNode): void {
  if (tree.type === 'text' && tree.value)
    tree.value = tree.value.replace(/ (?=\u2014)/gu, '\u00a0');
  if (tree.type === 'element' && (SKIP.has(tree.tagName ?? '') || hasKatexClass(tree))) return;
  for (const child of tree.children ?? []) bindDashes(child);
}

function hasKatexClass(node: HastNode): boolean {
  const cls = node.properties?.className;
  const list = Array.isArray(cls) ? cls : typeof cls === 'string' ? cls.split(' ') : [];
  return list.some((c) => typeof c === 'string' && c.startsWith('katex'));
}

export function nbspBeforeDash() {
  return (tree: HastNode, file: { path?: string }): void => {
    const lang = contentLang(file.path);
    const row = lang
      ? (locales as Readonly<Record<string, { nbspBeforeDash: boolean }>>)[lang]
      : undefined;
    if (row?.nbspBeforeDash) bindDashes(tree);
  };
}
