import { describe, expect, it } from 'vitest';
import { bindDashes, contentLang, nbspBeforeDash } from '../../../src/markdown/nbspBeforeDash';

const para = (text: string) => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'p', children: [{ type: 'text', value: text }] },
    { type: 'element', tagName: 'code', children: [{ type: 'text', value: 'a — b' }] },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['katex'] },
      children: [{ type: 'text', value: 'x — y' }],
    },
  ],
});
const texts = (tree: ReturnType<typeof para>) => tree.children.map((c) => c.children[0]!.value);

describe('nbspBeforeDash', () => {
  it('reads the content language from the file path', () => {
    expect(contentLang('/r/content/lessons/ru/temperature/formal.mdx')).toBe('ru');
    expect(contentLang('/r/content/glossary/pt.mdx')).toBe('pt');
    expect(contentLang('/r/content/faq/en.mdx')).toBe('en');
    expect(contentLang('/r/src/pages/index.astro')).toBeUndefined();
  });
  it('binds the dash to the word before it, outside code and math', () => {
    const tree = para('Софтмакс — это функция, а argmax — нет.');
    bindDashes(tree);
    expect(texts(tree)).toEqual([
      'Софтмакс\u00a0— это функция, а argmax\u00a0— нет.',
      'a — b',
      'x — y',
    ]);
  });
  it('applies only to languages whose locale row asks for it', () => {
    const ru = para('a — b');
    nbspBeforeDash()(ru, { path: '/r/content/lessons/ru/x/intuitive.mdx' });
    expect(texts(ru)[0]).toBe('a\u00a0— b');
    const en = para('a — b');
    nbspBeforeDash()(en, { path: '/r/content/lessons/en/x/intuitive.mdx' });
    expect(texts(en)[0]).toBe('a — b');
  });
});
