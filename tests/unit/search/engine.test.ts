/**
 * The search engine and its text processing on a small hand-made index, and the build step's
 * extraction on built-page-like HTML.
 */
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  editDistance,
  MAX_QUERY_LENGTH,
  type IndexFile,
} from '../../../src/search/engine';
import {
  STOP_WORDS,
  isStopWord,
  normalize,
  queryTerms,
  stem,
  tokenize,
} from '../../../src/search/text';
import {
  buildIndexes,
  decodeEntities,
  extractPage,
  mathText,
} from '../../../src/search/buildIndex';
import { countText, hitHref, type Strings } from '../../../src/scripts/search';

const page = (
  url: string,
  title: string,
  sections: [string, string, string][],
  level?: string,
) => ({
  url,
  title,
  group: url.split('/')[1]!,
  description: '',
  sections: sections.map(([id, heading, text]) => ({ id, heading, text })),
  ...(level ? { level } : {}),
});

const en: IndexFile = {
  v: 1,
  lang: 'en',
  pages: [
    page(
      'en/argmax-vs-softmax/intuitive/',
      'Argmax versus softmax',
      [
        [
          'why-a-staircase',
          'Why a staircase cannot teach',
          'Argmax is flat almost everywhere, so its gradient is zero and backpropagation gets no signal.',
        ],
      ],
      'Intuitive',
    ),
    page(
      'en/argmax-vs-softmax/formal/',
      'Argmax versus softmax',
      [['definitions', 'Definitions', 'The argmax map is piecewise constant.']],
      'Formal',
    ),
    page(
      'en/computing-safely/intuitive/',
      'Computing it safely',
      [
        [
          'the-trick',
          'The trick: subtract the largest logit first',
          'Subtracting the maximum keeps every exponential below one, so nothing overflows.',
        ],
      ],
      'Intuitive',
    ),
    page(
      'en/temperature/intuitive/',
      'Temperature',
      [['cold', 'Cold', 'A low temperature makes softmax decisive.']],
      'Intuitive',
    ),
    page('en/glossary/', 'Glossary', [['logit', 'Logit', 'A raw score before softmax.']]),
  ],
};
const engine = createEngine(en);

describe('text', () => {
  it('folds case and diacritics, so a query typed without accents matches', () => {
    expect(normalize('Calibração')).toBe('calibracao');
    expect(normalize('Ёлка')).toBe('елка');
  });
  it('keeps the offsets of each word in the original text', () => {
    const text = 'Ação rápida';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Ação', 'rápida']);
  });
  it('drops stop words of the language, and keeps them when the query has nothing else', () => {
    expect(queryTerms('en', 'Why can’t we subtract the max?')).toEqual(['subtract', 'max']);
    expect(queryTerms('pt', 'por que subtrair o máximo')).toEqual(['subtrair', 'maxim']);
    expect(queryTerms('ru', 'зачем вычитать максимум')).toEqual(['вычит', 'максимум']);
    expect(queryTerms('en', 'what is')).toEqual(['what', 'is']);
    expect(isStopWord('ru', 'почему')).toBe(true);
  });
  it('stems plurals and common inflections lightly', () => {
    expect(stem('en', 'probabilities')).toBe(stem('en', 'probability'));
    expect(stem('en', 'labels')).toBe(stem('en', 'label'));
    expect(stem('pt', 'rotulos')).toBe(stem('pt', 'rotulo'));
    expect(stem('pt', 'funcoes')).toBe(stem('pt', 'funcao'));
    expect(stem('ru', 'вероятностями')).toBe(stem('ru', 'вероятности'));
    expect(stem('ru', 'меток')).toBe('меток');
  });
  it('measures typos as edits, a swap of two letters counting as one', () => {
    expect(editDistance('temperture', 'temperature', 2)).toBe(1);
    expect(editDistance('temperatrua', 'temperatura', 2)).toBe(1);
    expect(editDistance('softmax', 'argmax', 1)).toBe(2);
  });
});

describe('engine', () => {
  it('ranks partial matches: a question need not match every word', () => {
    const r = engine.search("why can't we backpropagate through argmax");
    expect(r.groups[0]?.key).toBe('argmax-vs-softmax');
  });
  it('tolerates a typo', () => {
    expect(engine.search('temperture').groups[0]?.key).toBe('temperature');
  });
  it('groups the levels of a lesson under it, best first', () => {
    const g = engine.search('argmax').groups[0]!;
    expect(g.key).toBe('argmax-vs-softmax');
    expect(g.hits.map((h) => h.page.level)).toHaveLength(2);
    expect(g.hits[0]!.score).toBeGreaterThanOrEqual(g.hits[1]!.score);
  });
  it('points each result at the matching section and names the words to highlight', () => {
    const hit = engine.search('subtract the maximum').groups[0]!.hits[0]!;
    expect(hit.url).toBe('en/computing-safely/intuitive/#the-trick');
    expect(hit.words).toContain('Subtracting');
    expect(hit.excerpt.some((s) => s.mark && s.text === 'maximum')).toBe(true);
  });
  it('finds nothing for gibberish, and searches only the start of a huge query', () => {
    expect(engine.search('qwxzjv').total).toBe(0);
    expect(engine.search(`temperature ${'x'.repeat(100_000)}`).groups[0]?.key).toBe('temperature');
    expect(MAX_QUERY_LENGTH).toBeLessThanOrEqual(200);
  });
});

describe('a question that names a heading', () => {
  const file: IndexFile = {
    v: 1,
    lang: 'en',
    pages: [
      page('en/derivative/formal/', 'The derivative', [
        [
          'jac',
          'The Jacobian',
          'Each logit moves every probability: the logit i, the logit j, the logits of all classes, logit by logit.',
        ],
      ]),
      page('en/glossary/', 'Glossary', [
        ['logit', 'Logit', 'A raw score a model gives a class before softmax.'],
        ['temperature', 'Temperature', 'A positive number that divides the logits.'],
      ]),
    ],
  };
  const engine = createEngine(file);
  it('puts the section whose heading is the asked term first (the definition)', () => {
    expect(engine.search('what is a logit').groups[0]?.key).toBe('glossary');
    expect(engine.search('logits').groups[0]?.hits[0]?.url ?? '').toContain('#logit');
  });
  it('does not boost a heading that is only part of the question', () => {
    expect(engine.search('logit of every probability').groups[0]?.key).toBe('derivative');
  });
});

describe('result text', () => {
  const strings = {
    zero: 'No results for “{query}”.',
    one: '{count} result for “{query}”.',
    other: '{count} results for “{query}”.',
  } as Strings;
  it('keeps `$&` and other replacement patterns of a query literal', () => {
    expect(countText(strings, 'en', 0, '$&')).toBe('No results for “$&”.');
    expect(countText(strings, 'en', 2, '$`$$')).toBe('2 results for “$`$$”.');
  });
  it('cuts a long query in the sentence', () => {
    expect(countText(strings, 'en', 1, 'a'.repeat(1000)).length).toBeLessThan(100);
  });
  it('links to the section, with the words to highlight', () => {
    const hit = engine.search('subtract').groups[0]!.hits[0]!;
    expect(hitHref(hit, '/softmax/')).toMatch(
      /^\/softmax\/en\/computing-safely\/intuitive\/\?hl=[^#]+#the-trick$/,
    );
  });
});

describe('index build', () => {
  const html = `<!DOCTYPE html><html lang="pt-BR"><head><meta name="description" content="Uma frase &amp; mais."></head><body>
    <header><search data-search-ignore="all"><input></search></header>
    <article class="lesson" data-search-body><header><p class="eyebrow" data-search-ignore>Lição 1 · <span data-search-meta="level">Intuitivo</span></p>
    <h1 data-search-meta="lesson">O que é a softmax</h1><div data-search-ignore="all"><nav>Níveis</nav></div></header>
    <p>Antes do primeiro título.</p>
    <h2 id="tres-garantias">Três garantias</h2><p>O vetor <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow data-search-ignore><mi>z</mi><mo>∈</mo><msup><mi mathvariant="double-struck">R</mi><mi>n</mi></msup></mrow><annotation encoding="application/x-tex">z \\in \\mathbb{R}^n</annotation></semantics></math></span><span class="katex-html" data-search-ignore aria-hidden="true"><span>z∈Rn</span></span></span> soma um.</p>
    <astro-island><button>Calcular</button></astro-island>
    <span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>σ</mi></mrow><annotation encoding="application/x-tex">\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}</annotation></semantics></math></span></span></span>
    <h3 id="x">Mais</h3><p>Fim &lt;3.</p></article></body></html>`;
  const p = extractPage('pt/what-is-softmax/intuitive/', html)!;
  it('reads title, level, description and the heading-delimited sections', () => {
    expect(p.title).toBe('O que é a softmax');
    expect(p.level).toBe('Intuitivo');
    expect(p.group).toBe('what-is-softmax');
    expect(p.description).toBe('Uma frase & mais.');
    expect(p.sections.map((s) => [s.id, s.heading])).toEqual([
      ['', ''],
      ['tres-garantias', 'Três garantias'],
      ['x', 'Mais'],
    ]);
    expect(p.sections[2]!.text).toBe('Fim <3.');
  });
  it('keeps formulas as readable text, never their TeX source, and skips widgets', () => {
    const text = p.sections[1]!.text;
    expect(text).toBe('O vetor z∈Rn soma um. …');
    expect(text).not.toMatch(/\\|mathbb|frac/);
    expect(JSON.stringify(p)).not.toContain('Calcular');
    expect(JSON.stringify(p)).not.toContain('Níveis');
  });
  it('writes one index per language and skips pages without a search body', () => {
    const out = buildIndexes([
      { rel: 'pt/what-is-softmax/intuitive/index.html', html },
      { rel: 'pt/index.html', html: '<html lang="pt-BR"><body><h1>Lições</h1></body></html>' },
    ]);
    expect([...out.keys()]).toEqual(['pt']);
    expect(out.get('pt')!.pages.map((x) => x.url)).toEqual(['pt/what-is-softmax/intuitive/']);
  });
  it('decodes entities and drops display math', () => {
    expect(decodeEntities('a &lt; b &#x3C3; &#8722;')).toBe('a < b σ −');
    expect(mathText('<math display="block"><mi>x</mi></math>')).toBe('…');
    expect(mathText('<math><mi>max</mi><mo>\u2061</mo><mi>z</mi></math>')).toBe('maxz');
  });
});

describe('stop words', () => {
  it('are single words, each listed once per language', () => {
    for (const [lang, list] of Object.entries(STOP_WORDS)) {
      const words = list.split(/\s+/).filter(Boolean);
      const twice = words.filter((w, i) => words.indexOf(w) !== i);
      expect(twice, lang).toEqual([]);
      expect(words.length, lang).toBeGreaterThan(30);
      for (const w of words) expect(isStopWord(lang, normalize(w)), `${lang}: ${w}`).toBe(true);
    }
  });
});
