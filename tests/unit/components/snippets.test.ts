/**
 * The snippet scheme of content/code (src/components/content/snippets.ts) and the reading of
 * printed numbers that tests/code compares with the page (tests/code/printedNumbers.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  FRAMEWORKS,
  commentProblems,
  localizeComments,
  outputPath,
  parseSourcePath,
  sourcePath,
} from '../../../src/components/content/snippets';
import { numberProblems, printedNumbers, showsNumber } from '../../code/printedNumbers';

const [numpy, torch, , ts] = FRAMEWORKS;

describe('snippet files', () => {
  it('names a source and its recorded output per framework', () => {
    expect(sourcePath('a/b', numpy)).toBe('a/b.numpy.py');
    expect(sourcePath('a/b', ts)).toBe('a/b.ts');
    expect(outputPath('a/b', torch)).toBe('a/b.torch.out');
    expect(outputPath('a/b', ts)).toBe('a/b.ts.out');
  });
  it('reads the snippet and framework back from a file name, and ignores other files', () => {
    expect(parseSourcePath('a/b.jax.py')).toEqual({ snippet: 'a/b', framework: 'jax' });
    expect(parseSourcePath('a/b-c.ts')).toEqual({ snippet: 'a/b-c', framework: 'ts' });
    expect(parseSourcePath('a/expected.ts')).toBeUndefined();
    expect(parseSourcePath('a/b.numpy.out')).toBeUndefined();
    expect(parseSourcePath('a/b.py')).toBeUndefined();
    expect(parseSourcePath('README.md')).toBeUndefined();
  });
});

describe('comments in the page language', () => {
  const source = [
    '# en: Shift',
    '# pt: Desloque',
    '# ru: Сдвигаем',
    'd = z - z.max()  # en: not a full line',
    '    // ru: отступ',
    '',
  ].join('\n');
  it('keeps the tagged lines of the page language without the tag, and every other line', () => {
    expect(localizeComments(source, 'pt')).toBe(
      ['# Desloque', 'd = z - z.max()  # en: not a full line', ''].join('\n'),
    );
    expect(localizeComments(source, 'ru')).toBe(
      ['# Сдвигаем', 'd = z - z.max()  # en: not a full line', '    // отступ', ''].join('\n'),
    );
  });
  it('accepts a run with the same number of lines in every language', () => {
    expect(
      commentProblems('# en: a\n# en: b\n# pt: a\n# pt: b\n# ru: a\n# ru: b\nx = 1', [
        'en',
        'pt',
        'ru',
      ]),
    ).toEqual([]);
  });
  it('reports a run where a language is missing or short', () => {
    expect(commentProblems('x = 1\n# en: a\n# pt: a\ny = 2', ['en', 'pt', 'ru'])).toEqual([
      'lines 2–3: tagged comments per language differ (en 1, pt 1, ru 0)',
    ]);
  });
});

describe('printed numbers', () => {
  it('reads NumPy, PyTorch, JAX and Node output, ignoring digits inside names', () => {
    const text = [
      'd = [ 0.  -3.  -1.5]',
      'p = tensor([0.7856, 0.0391], dtype=torch.float64)',
      'loss = tensor(1.3120, grad_fn=<NllLossBackward0>)',
      'float32 88.72283905206835 4.4896e+38 inf -inf nan',
      "[ Infinity, NaN, -0.40760596444442854 ] 'x1'",
    ].join('\n');
    expect(printedNumbers(text).map((n) => n.value)).toEqual([
      0,
      -3,
      -1.5,
      0.7856,
      0.0391,
      1.312,
      88.72283905206835,
      4.4896e38,
      Infinity,
      -Infinity,
      NaN,
      Infinity,
      NaN,
      -0.40760596444442854,
    ]);
  });
  it('compares to the printed precision, plus float32 rounding', () => {
    const [four] = printedNumbers('0.7856');
    expect(four && showsNumber(four, 0.78559703)).toBe(true);
    expect(four && showsNumber(four, 0.7858)).toBe(false);
    const [big] = printedNumbers('4.4896e+38');
    expect(big && showsNumber(big, Math.exp(89))).toBe(true);
    const [nan] = printedNumbers('nan');
    expect(nan && showsNumber(nan, NaN)).toBe(true);
    expect(nan && showsNumber(nan, 0)).toBe(false);
  });
  it('reports a count mismatch and each wrong number', () => {
    expect(numberProblems('p = [0.5 0.7]', [0.5, 0.5, 1])).toEqual([
      'printed 2 numbers, the page has 3: [0.5, 0.7]',
      'number 2: printed 0.7, the page computes 0.5',
    ]);
  });
});
