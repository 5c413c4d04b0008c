import { describe, expect, it } from 'vitest';
import {
  ambiguousComma,
  fieldMessage,
  fill,
  formatSci,
  separatedAsList,
  superscripts,
  tuple,
} from '../../../src/islands/shared/text';
import { commonLabels } from '../../../src/islands/shared/labels';
import { LOGITS } from '../../../src/islands/shared/limits';

const limits = LOGITS;

describe('fill', () => {
  it('replaces placeholders and leaves unknown ones empty', () => {
    expect(fill('Class {n}', { n: 2 })).toBe('Class 2');
    expect(fill('a {x} b')).toBe('a  b');
  });
});

describe('fieldMessage', () => {
  for (const lang of ['en', 'pt', 'ru'] as const) {
    const c = commonLabels[lang];
    it(`gives a message for every error code in ${lang}, never echoing non-numbers`, () => {
      const messages = [
        fieldMessage({ code: 'empty' }, lang, c, limits),
        fieldMessage({ code: 'notANumber', index: 0, token: 'NaN' }, lang, c, limits),
        fieldMessage({ code: 'notANumber', index: 1, token: '' }, lang, c, limits),
        fieldMessage({ code: 'outOfRange', index: 0, token: '1e400' }, lang, c, limits),
        fieldMessage({ code: 'tooManyValues', index: 10, token: '1' }, lang, c, limits),
        fieldMessage({ code: 'tooFewValues' }, lang, c, limits),
        fieldMessage({ code: 'wrongCount' }, lang, c, { ...limits, count: 3 }),
      ];
      for (const m of messages) {
        expect(m.trim()).not.toBe('');
        expect(m).not.toMatch(/NaN|undefined|Infinity|\{/);
      }
      expect(messages[1]).not.toContain('NaN');
    });
  }
  it("explains a thousands point as ambiguous, from the parser's own error code", () => {
    const c = commonLabels.pt;
    const message = fieldMessage(
      { code: 'ambiguousGrouping', index: 0, token: '1.000' },
      'pt',
      c,
      limits,
    );
    expect(message).toContain('1.000');
    expect(message).toBe(c.errAmbiguousPoint.replace('{token}', '1.000'));
  });
});

describe('ambiguousComma', () => {
  it('flags a comma between digits in English only', () => {
    expect(ambiguousComma('2,5', 'en')).toBe('2,5');
    expect(ambiguousComma('2, 5', 'en')).toBeUndefined();
    expect(ambiguousComma('2,5', 'pt')).toBeUndefined();
  });
});

describe('formatSci', () => {
  it('writes large and tiny magnitudes with a power of ten, plain numbers otherwise', () => {
    expect(formatSci(1.0142320547350045e304, 'pt')).toBe('1,014 × 10³⁰⁴');
    expect(formatSci(4.5399929762484854e-5, 'en')).toBe('4.54 × 10⁻⁵');
    expect(formatSci(Number.MAX_VALUE, 'en')).toBe('1.798 × 10³⁰⁸');
    expect(formatSci(5e-324, 'en')).toBe('4.941 × 10⁻³²⁴');
    expect(formatSci(0.5, 'ru')).toBe('0,5');
    expect(formatSci(Infinity, 'en')).toBe('—');
  });
  it('formats tuples with the locale separator', () => {
    expect(tuple([0.5, -1], 'ru')).toBe('(0,5; −1,0)');
  });
});

describe('separatedAsList', () => {
  it('rewrites values separated by ", " with the list separator where the decimal is a comma', () => {
    expect(separatedAsList('1,5, 2', 'pt')).toBe('1,5; 2');
    expect(separatedAsList(' 2, −1 ,  0,5 ', 'ru')).toBe('2; −1; 0,5');
    expect(separatedAsList('1,5', 'pt')).toBeUndefined();
    expect(separatedAsList('1,5, 2', 'en')).toBeUndefined();
  });

  it('names the token and shows the fix in pt and ru instead of "value 1 is not a number"', () => {
    for (const lang of ['pt', 'ru'] as const) {
      const c = commonLabels[lang];
      const m = fieldMessage({ code: 'notANumber', index: 0, token: '1,5, 2' }, lang, c, limits);
      expect(m).toBe(fill(c.errListSeparator, { token: '1,5, 2', example: '1,5; 2' }));
      expect(m).not.toBe(fill(c.errNotANumber, { n: 1 }));
    }
  });
});

describe('superscripts', () => {
  it('finds exponents in parentheses and single tokens, keeping the rest as text', () => {
    expect(superscripts('e^(1 − 2) = 0.37')).toEqual([
      { text: 'e' },
      { text: '1 − 2', sup: { kind: 'sup', before: '^(', after: ')' } },
      { text: ' = 0.37' },
    ]);
    expect(superscripts('Naive: e^z / Σ e^z')).toEqual([
      { text: 'Naive: e' },
      { text: 'z', sup: { kind: 'sup', before: '^', after: '' } },
      { text: ' / Σ e' },
      { text: 'z', sup: { kind: 'sup', before: '^', after: '' } },
    ]);
    expect(superscripts('e^−745,5 estoura')[1]).toEqual({
      text: '−745,5',
      sup: { kind: 'sup', before: '^', after: '' },
    });
  });
  it('gives back the text unchanged when the pieces are joined', () => {
    expect(superscripts('is e^745.')[1]?.text).toBe('745');
    expect(superscripts('Loss −log p_1 = 0.4')[1]).toEqual({
      text: '1',
      sup: { kind: 'sub', before: '_', after: '' },
    });
    expect(superscripts('e^1,5, then')[1]?.text).toBe('1,5');
    for (const t of ['e^(a) b^c d', 'no exponent', '^', 'x^', 'e^(unclosed']) {
      const joined = superscripts(t)
        .map((p) => (p.sup ? p.sup.before + p.text + p.sup.after : p.text))
        .join('');
      expect(joined).toBe(t);
    }
  });
});
