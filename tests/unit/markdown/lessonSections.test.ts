import { describe, expect, it } from 'vitest';
import { lessonSections, wrapSections } from '../../../src/markdown/lessonSections';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
const el = (tagName: string, children: Node[] = []): Node => ({
  type: 'element',
  tagName,
  children,
});
const esm: Node = { type: 'mdxjsEsm', value: 'export const x = 1;' };
const lesson = (): Node & { children: Node[] } => ({
  type: 'root',
  children: [
    esm,
    el('p'),
    el('h2'),
    el('p'),
    el('div', [el('h2')]),
    { type: 'mdxjsEsm', value: 'export const y = 2;' },
    el('h2'),
    el('h3'),
    el('p'),
  ],
});
const shape = (nodes: Node[]): unknown[] =>
  nodes.map((n) =>
    n.tagName === 'section' ? { section: shape(n.children ?? []) } : (n.tagName ?? n.type),
  );

describe('lessonSections', () => {
  it('wraps each top-level h2 and what follows it, up to the next, in a section', () => {
    const tree = lesson();
    expect(wrapSections(tree)).toBe(2);
    expect(shape(tree.children)).toEqual([
      'mdxjsEsm',
      'p',
      { section: ['h2', 'p', 'div'] },
      'mdxjsEsm',
      { section: ['h2', 'h3', 'p'] },
    ]);
    expect(tree.children[2]?.properties?.className).toEqual(['lesson-section']);
  });
  it('leaves a page without h2 as it is', () => {
    const tree: Node & { children: Node[] } = {
      type: 'root',
      children: [el('p'), el('h3'), el('p')],
    };
    expect(wrapSections(tree)).toBe(0);
    expect(shape(tree.children)).toEqual(['p', 'h3', 'p']);
  });
  it('applies to lesson files only', () => {
    const glossary = lesson();
    lessonSections()(glossary, { path: '/r/src/content/glossary/en.mdx' });
    expect(glossary.children.some((n) => n.tagName === 'section')).toBe(false);
    const page = lesson();
    lessonSections()(page, { path: '/r/src/content/lessons/pt/temperature/formal.mdx' });
    expect(page.children.filter((n) => n.tagName === 'section')).toHaveLength(2);
  });
});
