import { describe, expect, it } from 'vitest';
import { lessonSections, wrapSections } from '../../../src/markdown/lessonSections';

const el = (tagName: string, children: object[] = []) => ({ type: 'element', tagName, children });
const esm = { type: 'mdxjsEsm', value: 'export const x = 1;' };
const lesson = () => ({
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
const shape = (nodes: { type: string; tagName?: string; children?: object[] }[]): unknown[] =>
  nodes.map((n) =>
    n.tagName === 'section'
      ? { section: shape(n.children as typeof nodes) }
      : (n.tagName ?? n.type),
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
    const section = tree.children[2] as { properties?: { className?: string[] } };
    expect(section.properties?.className).toEqual(['lesson-section']);
  });
  it('leaves a page without h2 as it is', () => {
    const tree = { type: 'root', children: [el('p'), el('h3'), el('p')] };
    expect(wrapSections(tree)).toBe(0);
    expect(shape(tree.children)).toEqual(['p', 'h3', 'p']);
  });
  it('applies to lesson files only', () => {
    const glossary = lesson();
    lessonSections()(glossary, { path: '/r/src/content/glossary/en.mdx' });
    expect(glossary.children.some((n) => 'tagName' in n && n.tagName === 'section')).toBe(false);
    const page = lesson();
    lessonSections()(page, { path: '/r/src/content/lessons/pt/temperature/formal.mdx' });
    expect(page.children.filter((n) => 'tagName' in n && n.tagName === 'section')).toHaveLength(2);
  });
});
