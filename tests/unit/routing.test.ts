import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  alternates,
  faqPath,
  glossaryPath,
  homePath,
  langIndexPath,
  lessonPath,
  normalizeBase,
  parsePath,
  translatePath,
  withBase,
} from '../../src/routing';
import { languages } from '../../src/i18n/locales';
import { levels } from '../../src/i18n/levels';

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['softmax', '/softmax/'],
    ['/softmax', '/softmax/'],
    ['/softmax/', '/softmax/'],
    ['//a/b//', '/a/b/'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('path builders', () => {
  it('builds lesson paths with and without a base', () => {
    expect(lessonPath('pt', 'temperature', 'formal', '/')).toBe('/pt/temperature/formal/');
    expect(lessonPath('ru', 'attention', 'intuitive', '/softmax/')).toBe(
      '/softmax/ru/attention/intuitive/',
    );
  });
  it('builds index and home paths', () => {
    expect(langIndexPath('en', '/')).toBe('/en/');
    expect(langIndexPath('en', '/softmax')).toBe('/softmax/en/');
    expect(homePath('/softmax/')).toBe('/softmax/');
    expect(withBase('/favicon.svg', '/x/')).toBe('/x/favicon.svg');
  });
});

describe('parsePath', () => {
  it('reads language, lesson and level under a base path', () => {
    expect(parsePath('/softmax/ru/temperature/formal/', '/softmax/')).toEqual({
      lang: 'ru',
      lesson: 'temperature',
      level: 'formal',
    });
  });
  it('reads a language index', () => {
    expect(parsePath('/pt/', '/')).toEqual({ lang: 'pt' });
  });
  it('returns nothing for unknown languages or the home page', () => {
    expect(parsePath('/de/temperature/formal/', '/')).toEqual({});
    expect(parsePath('/', '/')).toEqual({});
  });
  it('drops an unknown level but keeps the lesson', () => {
    expect(parsePath('/en/temperature/expert/', '/')).toEqual({
      lang: 'en',
      lesson: 'temperature',
    });
  });
});

describe('translatePath', () => {
  it('keeps lesson and level when switching language', () => {
    expect(translatePath('/en/temperature/formal/', 'pt', '/')).toBe('/pt/temperature/formal/');
  });
  it('keeps the base path', () => {
    expect(translatePath('/softmax/pt/derivative/mechanical/', 'ru', '/softmax/')).toBe(
      '/softmax/ru/derivative/mechanical/',
    );
  });
  it('keeps glossary and Q&A pages', () => {
    expect(translatePath('/ru/glossary/', 'pt', '/')).toBe('/pt/glossary/');
    expect(translatePath('/softmax/en/faq/', 'ru', '/softmax/')).toBe('/softmax/ru/faq/');
    expect(glossaryPath('pt', 'logit', '/')).toBe('/pt/glossary/#logit');
    expect(faqPath('ru', '/x/')).toBe('/x/ru/faq/');
  });
  it('sends other pages to the language index', () => {
    expect(translatePath('/en/', 'ru', '/')).toBe('/ru/');
    expect(translatePath('/404.html', 'pt', '/')).toBe('/pt/');
  });
  it('round-trips every lesson path through every language (property)', () => {
    const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...languages),
        fc.constantFrom(...languages),
        slug,
        fc.constantFrom(...levels),
        fc.constantFrom('/', '/softmax/', '/a/b/'),
        (from, to, lesson, level, base) => {
          const there = translatePath(lessonPath(from, lesson, level, base), to, base);
          expect(there).toBe(lessonPath(to, lesson, level, base));
          expect(parsePath(there, base)).toEqual({ lang: to, lesson, level });
        },
      ),
    );
  });
});

describe('alternates', () => {
  it('lists the page in every language', () => {
    expect(alternates('/en/temperature/formal/', '/')).toEqual([
      { lang: 'en', href: '/en/temperature/formal/' },
      { lang: 'pt', href: '/pt/temperature/formal/' },
      { lang: 'ru', href: '/ru/temperature/formal/' },
    ]);
  });
});
