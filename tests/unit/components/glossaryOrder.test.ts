import { describe, expect, it } from 'vitest';
import {
  indexLetter,
  letterIndex,
  orderSections,
  sortByTitle,
} from '../../../src/components/content/glossaryOrder';

const entries = (titles: string[]) => titles.map((title, i) => ({ id: `t${i}`, title }));
const titles = (list: { title: string }[]) => list.map((e) => e.title);

describe('sortByTitle', () => {
  it('sorts English titles A–Z whatever their case', () => {
    expect(titles(sortByTitle(entries(['Softmax', 'logit', 'Argmax', 'Top-k']), 'en'))).toEqual([
      'Argmax',
      'logit',
      'Softmax',
      'Top-k',
    ]);
  });
  it('follows Portuguese collation: accented letters with their base letter', () => {
    const sorted = titles(
      sortByTitle(
        entries(['Calibração', 'Atenção', 'Entropia cruzada', 'Entropia', 'Árvore']),
        'pt-BR',
      ),
    );
    expect(sorted).toEqual(['Árvore', 'Atenção', 'Calibração', 'Entropia', 'Entropia cruzada']);
  });
  it('puts Cyrillic before Latin in Russian, and Ё with Е', () => {
    const sorted = titles(
      sortByTitle(
        entries(['Softmax', 'Энтропия', 'Ёмкость', 'Градиент', 'Ежевика', 'Argmax']),
        'ru',
      ),
    );
    expect(sorted).toEqual(['Градиент', 'Ежевика', 'Ёмкость', 'Энтропия', 'Argmax', 'Softmax']);
  });
  it('keeps equal titles in source order and does not change its input', () => {
    const input = [
      { id: 'b', title: 'Same' },
      { id: 'a', title: 'same' },
    ];
    expect(sortByTitle(input, 'en').map((e) => e.id)).toEqual(['b', 'a']);
    expect(input.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('indexLetter', () => {
  it('is the first letter, uppercase, without an accent the language ignores', () => {
    expect(indexLetter('entropia', 'pt-BR')).toBe('E');
    expect(indexLetter('Épsilon', 'pt-BR')).toBe('E');
    expect(indexLetter('ёмкость', 'ru')).toBe('Е');
    expect(indexLetter('(x)', 'en')).toBe('X');
  });
  it('keeps a letter of its own (Russian Й is not И)', () => {
    expect(indexLetter('йод', 'ru')).toBe('Й');
  });
  it('files a title without letters under #', () => {
    expect(indexLetter('42', 'en')).toBe('#');
    expect(indexLetter('', 'en')).toBe('#');
  });
});

describe('letterIndex', () => {
  it('lists each starting letter once, in order, linked to its first entry', () => {
    const sorted = sortByTitle(
      entries(['Softmax', 'Argmax', 'attention', 'Sigmoid', 'Calibration']),
      'en',
    );
    expect(letterIndex(sorted, 'en')).toEqual([
      { letter: 'A', id: 't1' },
      { letter: 'C', id: 't4' },
      { letter: 'S', id: 't3' },
    ]);
  });
  it('is empty without entries', () => {
    expect(letterIndex([], 'ru')).toEqual([]);
  });
});

describe('orderSections', () => {
  const html =
    '<p>Intro</p>\n<h2 id="b">B</h2>\n<p>b1</p>\n<p>b2</p>\n<h2 id="c">C</h2>\n<p>c</p>\n<h2 id="a">A</h2>\n<p>a</p>';
  it('puts the sections in the given order, the intro first, every id kept', () => {
    const out = orderSections(html, ['a', 'b', 'c']);
    expect(out).toBe(
      '<p>Intro</p>\n<h2 id="a">A</h2>\n<p>a</p>\n<h2 id="b">B</h2>\n<p>b1</p>\n<p>b2</p>\n<h2 id="c">C</h2>\n<p>c</p>\n',
    );
  });
  it('never drops a section: unlisted ones follow in their own order', () => {
    const out = orderSections(html, ['a']);
    expect([...out.matchAll(/<h2 id="(\w)"/g)].map((m) => m[1])).toEqual(['a', 'b', 'c']);
    expect(out).toContain('<p>b2</p>');
  });
  it('leaves HTML without entry headings as it is', () => {
    expect(orderSections('<p>x</p>', ['a'])).toBe('<p>x</p>');
  });
});
