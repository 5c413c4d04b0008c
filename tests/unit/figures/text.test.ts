import { describe, expect, it } from 'vitest';
import {
  figureId,
  fill,
  numberFormat,
  percentFormat,
  subscript,
} from '../../../src/figures/shared/text';

describe('figure text helpers', () => {
  it('numbers print as <Num> prints them: decimal comma in pt and ru, real minus sign', () => {
    expect(numberFormat('en', 3)(0.7855970345892759)).toBe('0.786');
    expect(numberFormat('pt', 3)(-0.25)).toBe('−0,25');
    expect(numberFormat('ru', 1)(2)).toBe('2');
  });

  it('percentages follow the language', () => {
    expect(percentFormat('en', 1)(0.786)).toBe('78.6%');
    expect(percentFormat('pt', 1)(0.786)).toBe('78,6%');
    expect(percentFormat('ru', 1)(0.786)).toMatch(/^78,6\s%$/u);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Class {n} of {total}', { n: 2, total: 3 })).toBe('Class 2 of 3');
    expect(fill('{oops}', {})).toBe('{oops}');
  });

  it('writes subscript digits', () => {
    expect(subscript(1)).toBe('₁');
    expect(subscript(10)).toBe('₁₀');
  });

  it('ids are stable for the same text and differ for different text', () => {
    expect(figureId('A', 'x')).toBe(figureId('A', 'x'));
    expect(figureId('A', 'x')).not.toBe(figureId('A', 'y'));
    expect(figureId('SoftmaxStages', 'x')).toMatch(/^fig-softmaxstages-[0-9a-z]+$/u);
  });
});
